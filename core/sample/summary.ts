/**
 * What a user needs to know about a sampling run, per observable: the estimate (mean, sd),
 * its Monte Carlo standard error, and whether to believe it — rank-normalised split R-hat,
 * bulk- and tail-ESS (Vehtari, Gelman, Simpson, Carpenter, Burkner 2021) and Sokal's
 * integrated autocorrelation time. Problems come back as plain sentences that say what to
 * change, following the paper's advice: R-hat below 1.01 and ESS above 100 per chain.
 */
import { integratedAutocorrTimeChains } from '../stats/autocorrelation.js';
import { essBulk, essTail } from '../stats/ess.js';
import { mcseMean, pooledMean, pooledSd } from '../stats/mcse.js';
import { RHAT_THRESHOLD, rankNormalisedSplitRhat } from '../stats/rhat.js';

/** Vehtari et al. (2021, sec. 4.4) ask for bulk- and tail-ESS of at least 100 per chain. */
export const MIN_ESS_PER_CHAIN = 100;

export interface ObservableSummary {
  name: string;
  mean: number;
  /** Standard deviation of all draws pooled. */
  sd: number;
  /** Monte Carlo standard error of `mean`: sd / sqrt(ESS of the mean). */
  mcse: number;
  /** max(bulk, folded) rank-normalised split R-hat; NaN for a constant observable. */
  rhat: number;
  essBulk: number;
  essTail: number;
  /** Integrated autocorrelation time in draws (Sokal's window over the pooled chains). */
  tau: number;
  tauWindow: number;
  /** Plain-language problems with this observable, if any. */
  warnings: string[];
}

export interface SampleSummary {
  chains: number;
  draws: number;
  observables: ObservableSummary[];
  /** False when any observable's R-hat exceeds 1.01. */
  converged: boolean;
  /** Every observable's warnings, prefixed with its name. */
  warnings: string[];
}

export interface SummariseInput {
  chains: number;
  observables: readonly string[];
  /** series[k]: observable k, chain-major (sample-unit.ts). */
  series: readonly Float64Array[];
}

/** Diagnostics of every observable. */
export function summarise(set: SummariseInput): SampleSummary {
  const observables = set.observables.map((name, k) => summariseObservable(name, set.series[k], set.chains));
  const draws = set.series.length > 0 ? set.series[0].length / set.chains : 0;
  return {
    chains: set.chains,
    draws,
    observables,
    converged: observables.every((o) => !(o.rhat > RHAT_THRESHOLD)),
    warnings: observables.flatMap((o) => o.warnings.map((w) => `${o.name}: ${w}`)),
  };
}

export function summariseObservable(name: string, values: Float64Array, chains: number): ObservableSummary {
  const { rhat } = rankNormalisedSplitRhat(values, chains);
  const bulk = essBulk(values, chains);
  const tail = essTail(values, chains);
  const autocorr = integratedAutocorrTimeChains(values, chains);
  const summary: ObservableSummary = {
    name,
    mean: pooledMean(values),
    sd: pooledSd(values),
    mcse: mcseMean(values, chains),
    rhat,
    essBulk: bulk,
    essTail: tail,
    tau: autocorr.tau,
    tauWindow: autocorr.window,
    warnings: [],
  };
  summary.warnings = adviceFor(summary, chains, values.length / chains, autocorr.windowFound);
  return summary;
}

function adviceFor(s: ObservableSummary, chains: number, draws: number, windowFound: boolean): string[] {
  const out: string[] = [];
  if (Number.isNaN(s.rhat) && s.sd === 0) {
    out.push('is the same in every draw of every chain, so its diagnostics are undefined; if it should vary, the chains are frozen (a kernel that never moves, or a temperature too low for it)');
    return out;
  }
  if (Number.isNaN(s.rhat)) {
    out.push('diagnostics are undefined (non-finite draws, or too few draws per chain)');
    return out;
  }
  if (s.rhat > RHAT_THRESHOLD) {
    out.push(
      `R-hat ${formatRhat(s.rhat)} is above ${RHAT_THRESHOLD}: the chains disagree, so the mean and its error bar cannot be trusted. ` +
        'Discard more sweeps as burn-in and draw more; if that does not help, the chains are stuck in different modes: ' +
        'use parallel tempering (method pt) or, for Ising models, cluster moves (method wolff).',
    );
  }
  const minEss = MIN_ESS_PER_CHAIN * chains;
  const worst = Math.min(s.essBulk, s.essTail);
  if (worst < minEss) {
    out.push(
      `effective sample size ${Math.round(worst)} (${s.essBulk <= s.essTail ? 'bulk' : 'tail'}) is below ${minEss} (${MIN_ESS_PER_CHAIN} per chain): ` +
        'the Monte Carlo standard error is unreliable; draw more, or use a kernel that mixes faster.',
    );
  }
  if (!windowFound && Number.isFinite(s.tau)) {
    out.push(`the autocorrelation time could not be pinned down from ${draws} draws per chain (it is at least ${s.tau.toFixed(1)}); draw more.`);
  }
  return out;
}

function formatRhat(rhat: number): string {
  return Number.isFinite(rhat) ? rhat.toFixed(3) : String(rhat);
}
