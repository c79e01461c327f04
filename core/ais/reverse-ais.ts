/**
 * Reverse AIS and RAISE: the AIS chain run from the target down to the reference.
 *
 * Reverse AIS (Grosse, Ghahramani & Adams 2015, bidirectional Monte Carlo).
 * Start x_K from the target pi_1 and, for k = K..1, move x ~ T_k (leaving pi_{b_k} invariant),
 * then add log pi_{b_{k-1}}*(x) - log pi_{b_k}*(x) to log w_rev. With exact starting samples,
 * E[w_rev] = Z_0 / Z, so
 *     log Z_up = log Z_0 - logmeanexp(log w_rev)
 * is a stochastic upper bound on log Z, the mirror of forward AIS's stochastic lower bound.
 * From approximate samples (a long Gibbs run) the bound is only approximate.
 *
 * RAISE (Burda, Grosse & Salakhutdinov 2015). Start the same reverse chain at a test example v.
 * When every T_k is reversible (block Gibbs on an RBM's visible marginal is),
 *     w = p*(v) / Z_0 * w_rev(v)
 * is an unbiased estimate of p_ann(v), the probability of v under the annealing process run
 * forwards. So log of the mean of w is a stochastic lower bound on log p_ann(v), and RAISE
 * errs on the side of underestimating log p(v), while forward AIS, log p(v) = log p*(v) -
 * log Z_hat with log Z_hat biased low, errs on the side of overestimating it. The two
 * bracket the test log-likelihood; their gap is what is still unknown.
 */
import { logMeanExp } from '../math/logspace.js';
import type { Rng } from '../rng/rng.js';
import type { ChainOptions, ChainSet, TemperedPath } from '../models/model.js';
import { aisEstimate, type AisEstimate } from './ais-estimate.js';

/** A chain set that can be started from given states (count x size values), e.g. RbmChains. */
export interface SeedableChainSet extends ChainSet {
  setStates(states: ArrayLike<number>): void;
}

export function isSeedable(set: ChainSet): set is SeedableChainSet {
  return typeof (set as Partial<SeedableChainSet>).setStates === 'function';
}

export interface ReverseAisInput {
  /** Chains already placed at their starting states (target samples or test examples). */
  chains: ChainSet;
  betas: Float64Array;
  sweeps: number;
  rng: Rng;
}

/** log w_rev of every chain, walking b_K = 1 down to b_0 = 0. */
export function runReverseAisChains(input: ReverseAisInput): Float64Array {
  const { chains, betas, sweeps, rng } = input;
  const logWeights = new Float64Array(chains.count);
  const increment = new Float64Array(chains.count);
  for (let k = betas.length - 1; k >= 1; k--) {
    chains.advance(rng, betas[k], sweeps);
    chains.logRatio(betas[k - 1], betas[k], increment);
    for (let c = 0; c < chains.count; c++) logWeights[c] += increment[c];
  }
  return logWeights;
}

/** Start a path's chains at `states` (count x size values); the set must be seedable. */
export function chainsAt(path: TemperedPath, states: ArrayLike<number>, count: number, options?: ChainOptions): SeedableChainSet {
  const set = path.createChains(count, options);
  if (!isSeedable(set)) throw new RangeError('this model\'s chains cannot be started from given states (no setStates)');
  set.setStates(states);
  return set;
}

/**
 * The reverse-AIS estimate of log Z from the reverse log weights: an upper estimate (a
 * stochastic upper bound when the chains started from exact samples). `stderr` is the delta-
 * method error of logmeanexp(log w_rev), as in aisEstimate.
 */
export function reverseAisLogZ(logWeightsRev: ArrayLike<number>, logZ0: number): AisEstimate {
  const inner = aisEstimate(logWeightsRev, 0);
  const logZ = logZ0 - inner.logZ;
  const out: AisEstimate = { logZ, stderr: inner.stderr, ci95: [logZ - 1.96 * inner.stderr, logZ + 1.96 * inner.stderr], ess: inner.ess, chains: inner.chains };
  if (inner.warning) out.warning = inner.warning;
  return out;
}

export interface LogZBracket {
  /** Forward AIS: a stochastic lower bound on log Z. */
  logZLower: number;
  /** Reverse AIS: a stochastic upper bound on log Z (from exact samples). */
  logZUpper: number;
  /** logZUpper - logZLower: how much is still unknown (Grosse et al. 2015). */
  gap: number;
}

/** The two directions side by side, as results report them (DESIGN.md: logZLower, logZUpper). */
export function bracketLogZ(forward: AisEstimate, reverse: AisEstimate): LogZBracket {
  return { logZLower: forward.logZ, logZUpper: reverse.logZ, gap: reverse.logZ - forward.logZ };
}

export interface RaiseInput {
  path: TemperedPath;
  /** Test examples, rows x size values (0/1 for an RBM). */
  data: ArrayLike<number>;
  /** Reverse chains per example; their weights are averaged before the log. */
  chainsPerExample: number;
  betas: Float64Array;
  sweeps: number;
  rng: Rng;
  /** The sampler (e.g. an RBM's 'gibbs-wasm'); default the model's reference sampler. */
  chainOptions?: ChainOptions;
}

export interface RaiseOutput {
  /** Per example: the RAISE estimate of log p(v) (a stochastic lower bound on log p_ann(v)). */
  logProbs: Float64Array;
  /** Per example: log p*(v), the unnormalised log density at b = 1 (-F(v) for an RBM). */
  logUnnormalised: Float64Array;
}

/** RAISE (Burda et al. 2015) for each example of `data`. */
export function runRaise(input: RaiseInput): RaiseOutput {
  const { path, data, chainsPerExample: m, betas, sweeps, rng } = input;
  const size = path.createChains(1).size;
  const rows = data.length / size;
  if (!Number.isInteger(rows)) throw new RangeError(`data length ${data.length} is not a multiple of the state size ${size}`);
  const starts = new Uint8Array(rows * m * size);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < m; j++) {
      const dst = (r * m + j) * size;
      for (let i = 0; i < size; i++) starts[dst + i] = data[r * size + i];
    }
  }
  const chains = chainsAt(path, starts, rows * m, input.chainOptions);
  const density = new Float64Array(rows * m);
  chains.logDensity(1, density);
  const logWeights = runReverseAisChains({ chains, betas, sweeps, rng });
  const logProbs = new Float64Array(rows);
  const logUnnormalised = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    logUnnormalised[r] = density[r * m];
    logProbs[r] = logUnnormalised[r] - path.logZ0 + logMeanExp(logWeights, r * m, (r + 1) * m);
  }
  return { logProbs, logUnnormalised };
}

export interface LogLikSandwich {
  /** Mean RAISE log p(v): errs low. */
  lower: number;
  lowerStderr: number;
  /** Mean log p*(v) - log Z_hat from forward AIS: errs high. */
  upper: number;
  upperStderr: number;
  /** upper - lower: how much is still unknown. */
  gap: number;
}

/**
 * The test log-likelihood bracketed by forward AIS (upper) and RAISE (lower). Each stderr is
 * the estimator's own noise, not the spread of log p over the test set: for RAISE, the
 * spread of log p_RAISE(v) - log p*(v) (each example's estimate of -log Z) over examples.
 */
export function logLikSandwich(raise: RaiseOutput, forward: AisEstimate): LogLikSandwich {
  const n = raise.logProbs.length;
  let meanUnnorm = 0;
  let meanRaise = 0;
  for (let r = 0; r < n; r++) {
    meanUnnorm += raise.logUnnormalised[r] / n;
    meanRaise += raise.logProbs[r] / n;
  }
  let ss = 0;
  for (let r = 0; r < n; r++) {
    const d = raise.logProbs[r] - raise.logUnnormalised[r] - (meanRaise - meanUnnorm);
    ss += d * d;
  }
  const lowerStderr = n > 1 ? Math.sqrt(ss / (n - 1) / n) : Infinity;
  const upper = meanUnnorm - forward.logZ;
  return { lower: meanRaise, lowerStderr, upper, upperStderr: forward.stderr, gap: upper - meanRaise };
}
