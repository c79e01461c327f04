/**
 * An independent, deliberately plain reimplementation of the published diagnostics
 * (Vehtari, Gelman, Simpson, Carpenter, Burkner 2021; Geyer 1992), for the tests to compare
 * ebm's code against. It shares nothing with core/stats: chains are number[][], the
 * autocovariance is the O(N^2) sum, ranks are counted pairwise, quantiles come from an
 * explicit sort, and Phi^{-1} is found by Newton's method on Marsaglia's (2004) series for Phi.
 */
import { streamRng } from '../../../core/rng/rng.js';

export type ChainList = number[][];

export function toChainMajor(chains: ChainList): Float64Array {
  return Float64Array.from(chains.flat());
}

/** Phi(x) = 1/2 + phi(x) (x + x^3/3 + x^5/(3*5) + ...) (Marsaglia 2004): all terms positive. */
export function refNormalCdf(x: number): number {
  let term = x;
  let sum = x;
  for (let k = 1; k < 500 && Math.abs(term) > 1e-18 * Math.abs(sum); k++) {
    term *= (x * x) / (2 * k + 1);
    sum += term;
  }
  return 0.5 + sum * Math.exp(-0.5 * x * x - 0.9189385332046727);
}

export function refNormalQuantile(p: number): number {
  let x = 0;
  for (let i = 0; i < 100; i++) {
    const step = (refNormalCdf(x) - p) / Math.exp(-0.5 * x * x - 0.9189385332046727);
    x -= Math.max(-1, Math.min(1, step));
    if (Math.abs(step) < 1e-15) break;
  }
  return x;
}

function mean(x: number[]): number {
  return x.reduce((a, b) => a + b, 0) / x.length;
}

function variance(x: number[]): number {
  const m = mean(x);
  return x.reduce((a, b) => a + (b - m) ** 2, 0) / (x.length - 1);
}

export function refAutocov(x: number[]): number[] {
  const n = x.length;
  const m = mean(x);
  const out: number[] = [];
  for (let t = 0; t < n; t++) {
    let s = 0;
    for (let i = 0; i + t < n; i++) s += (x[i] - m) * (x[i + t] - m);
    out.push(s / n);
  }
  return out;
}

export function refSplit(chains: ChainList): ChainList {
  const n = chains[0].length;
  const half = Math.floor(n / 2);
  return chains.flatMap((c) => [c.slice(0, half), c.slice(n - half)]);
}

/** z = Phi^{-1}((r - 3/8)/(S + 1/4)), r the average rank among all pooled draws. */
export function refRankNormalise(chains: ChainList): ChainList {
  const all = chains.flat();
  const S = all.length;
  return chains.map((c) =>
    c.map((v) => {
      let less = 0;
      let equal = 0;
      for (const w of all) {
        if (w < v) less++;
        else if (w === v) equal++;
      }
      const rank = less + (equal + 1) / 2;
      return refNormalQuantile((rank - 3 / 8) / (S + 1 / 4));
    }),
  );
}

/** Type-7 quantile from an explicit sort. */
export function refQuantile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}

/** R-hat = sqrt(var+ / W), var+ = (N-1)/N W + B/N, B = N/(M-1) sum (mean_m - mean)^2. */
export function refRhat(chains: ChainList): number {
  const M = chains.length;
  const N = chains[0].length;
  const means = chains.map(mean);
  const grand = mean(means);
  const B = (N / (M - 1)) * means.reduce((a, m) => a + (m - grand) ** 2, 0);
  const W = mean(chains.map(variance));
  return Math.sqrt((((N - 1) / N) * W + B / N) / W);
}

export function refRankRhat(chains: ChainList): { rhat: number; bulk: number; tail: number } {
  const bulk = refRhat(refRankNormalise(refSplit(chains)));
  const med = refQuantile(chains.flat(), 0.5);
  const folded = chains.map((c) => c.map((v) => Math.abs(v - med)));
  const tail = refRhat(refRankNormalise(refSplit(folded)));
  return { rhat: Math.max(bulk, tail), bulk, tail };
}

/**
 * Geyer's initial monotone sequence in its pair form: P_k = rho(2k) + rho(2k+1), kept while
 * positive, each capped by the previous; tau = -1 + 2 sum_{k<K} P_k + rho(2K)+ (the "improved"
 * end term), ESS = MN / max(tau, 1/log10(MN)).
 */
export function refEss(chains: ChainList): number {
  const M = chains.length;
  const N = chains[0].length;
  const acovs = chains.map(refAutocov);
  const meanAcov = (t: number) => mean(acovs.map((a) => a[t]));
  const W = (meanAcov(0) * N) / (N - 1);
  const varPlus = ((N - 1) / N) * W + (M > 1 ? variance(chains.map(mean)) : 0);
  // rho(0) = 1 by definition; for t >= 1 the 1/N autocovariance enters unscaled, as Stan,
  // posterior and ArviZ all compute it (the paper's s_m^2 rho_{t,m} is N/(N-1) times larger).
  const rho = (t: number) => (t === 0 ? 1 : 1 - (W - meanAcov(t)) / varPlus);
  // Pairs 0..K-1 enter the sum; pair K is the first non-positive one (or the last that fits).
  const pairs: number[][] = [[rho(0), rho(1)]];
  let K = 0;
  let lastEven = 1;
  while (2 * K < N - 5 && pairs[K][0] + pairs[K][1] > 0) {
    K++;
    const even = rho(2 * K);
    const odd = rho(2 * K + 1);
    lastEven = even;
    pairs.push(even + odd >= 0 ? [even, odd] : [0, 0]);
  }
  if (lastEven > 0) pairs[K][0] = lastEven;
  for (let k = 1; k < K; k++) {
    const previous = pairs[k - 1][0] + pairs[k - 1][1];
    if (pairs[k][0] + pairs[k][1] > previous) pairs[k] = [previous / 2, previous / 2];
  }
  let sum = 0;
  for (let k = 0; k < K; k++) sum += pairs[k][0] + pairs[k][1];
  // With K = 0 the reference codes still count lag 0 once (R's 1:0 indexing).
  if (K === 0) sum = pairs[0][0];
  const tau = Math.max(-1 + 2 * sum + pairs[K][0], 1 / Math.log10(M * N));
  return (M * N) / tau;
}

export function refEssBulk(chains: ChainList): number {
  return refEss(refRankNormalise(refSplit(chains)));
}

export function refEssTail(chains: ChainList): number {
  const all = chains.flat();
  const essAt = (p: number) => {
    const q = refQuantile(all, p);
    return refEss(refSplit(chains.map((c) => c.map((v) => (v <= q ? 1 : 0)))));
  };
  return Math.min(essAt(0.05), essAt(0.95));
}

export function refMcseMean(chains: ChainList): number {
  return Math.sqrt(variance(chains.flat())) / Math.sqrt(refEss(refSplit(chains)));
}

/** Stationary AR(1) chains x_t = phi x_{t-1} + sqrt(1 - phi^2) e_t, from a seeded stream. */
export function ar1Chains(seed: number, chains: number, draws: number, phi: number, shifts: number[] = []): ChainList {
  const out: ChainList = [];
  const scale = Math.sqrt(1 - phi * phi);
  for (let c = 0; c < chains; c++) {
    const rng = streamRng(seed, 'test.ar1', c);
    let x = rng.nextGaussian();
    const chain: number[] = [];
    for (let d = 0; d < draws; d++) {
      chain.push(x + (shifts[c] ?? 0));
      x = phi * x + scale * rng.nextGaussian();
    }
    out.push(chain);
  }
  return out;
}
