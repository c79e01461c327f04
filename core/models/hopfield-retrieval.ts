/**
 * Retrieval in a Hopfield network (Hopfield 1982) and its storage capacity (Amit, Gutfreund &
 * Sompolinsky 1985).
 *
 * Zero-temperature asynchronous dynamics: visit the units in a fresh random order each sweep
 * and set s_i = sign(h_i), h_i = sum_j W_ij s_j (a unit with h_i = 0 keeps its value), until a
 * sweep changes nothing. Each change lowers E(s) = -1/2 s^T W s, so the dynamics stop at a
 * fixed point (a local minimum). The local fields are kept and updated in O(N) per change.
 */
import type { Rng } from '../rng/rng.js';

/** m = xi.s / N. */
export function overlap(xi: ArrayLike<number>, s: ArrayLike<number>): number {
  let dot = 0;
  for (let i = 0; i < s.length; i++) dot += xi[i] * s[i];
  return dot / s.length;
}

/**
 * Run zero-temperature asynchronous updates on `s` (mutated) until a fixed point or
 * `maxSweeps`; returns the number of sweeps made and whether a fixed point was reached.
 */
export function retrieveZeroTemperature(W: Float64Array, s: Int8Array, rng: Rng, maxSweeps = 200): { sweeps: number; converged: boolean } {
  const N = s.length;
  const h = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    let sum = 0;
    for (let j = 0; j < N; j++) sum += W[i * N + j] * s[j];
    h[i] = sum;
  }
  const order = new Int32Array(N);
  for (let i = 0; i < N; i++) order[i] = i;
  for (let sweep = 1; sweep <= maxSweeps; sweep++) {
    shuffle(order, rng);
    let changes = 0;
    for (let k = 0; k < N; k++) {
      const i = order[k];
      const target = h[i] > 0 ? 1 : h[i] < 0 ? -1 : s[i];
      if (target === s[i]) continue;
      const change = target - s[i];
      s[i] = target;
      changes++;
      const row = i * N;
      for (let j = 0; j < N; j++) h[j] += W[row + j] * change;
    }
    if (changes === 0) return { sweeps: sweep, converged: true };
  }
  return { sweeps: maxSweeps, converged: false };
}

/** Fisher-Yates shuffle in place. */
function shuffle(order: Int32Array, rng: Rng): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}

/** P random patterns of N unbiased +-1 units, row-major. */
export function randomPatterns(P: number, N: number, rng: Rng): Int8Array {
  const out = new Int8Array(P * N);
  for (let i = 0; i < out.length; i++) out[i] = rng.nextU32() & 1 ? 1 : -1;
  return out;
}

export interface RetrievalCurveInput {
  n: number;
  /** Loads alpha = P / N to measure. */
  alphas: readonly number[];
  /** Independent networks (fresh random patterns) per alpha. */
  trials: number;
  rng: Rng;
  /** Fraction of the cue's units flipped away from the pattern; default 0.05. */
  flipFraction?: number;
}

/**
 * The capacity experiment: for each alpha, a network storing P = round(alpha N) random patterns
 * by the Hebbian rule; start from pattern 1 with `flipFraction` of its units flipped, run zero-T
 * dynamics to a fixed point, and average the final overlap with pattern 1 over trials.
 * Below alpha_c ~ 0.138 the fixed point is the retrieval state (m ~ 0.97-1); above it the cue
 * falls into a spin-glass state with a small overlap (Amit, Gutfreund & Sompolinsky 1985).
 *
 * Within a trial the patterns are stored one after another, as in Hopfield's own experiments:
 * the network for a larger alpha holds the smaller one's patterns plus new ones, so one
 * Hebbian sum serves the whole curve (alphas must increase). Retrieval runs on the integer
 * sum sum_mu xi xi^T itself: sign dynamics ignore the 1/N, and integer fields never round.
 */
export function retrievalCurve(input: RetrievalCurveInput): Float64Array {
  const { n, alphas, trials, rng } = input;
  for (let a = 1; a < alphas.length; a++) if (!(alphas[a] > alphas[a - 1])) throw new RangeError('retrievalCurve: alphas must increase');
  const flips = Math.round((input.flipFraction ?? 0.05) * n);
  const counts = alphas.map((alpha) => Math.max(1, Math.round(alpha * n)));
  const out = new Float64Array(alphas.length);
  const s = new Int8Array(n);
  const order = new Int32Array(n);
  const hebbianSum = new Float64Array(n * n);
  for (let t = 0; t < trials; t++) {
    const patterns = randomPatterns(counts[counts.length - 1], n, rng);
    const xi = patterns.subarray(0, n);
    hebbianSum.fill(0);
    let stored = 0;
    for (let a = 0; a < alphas.length; a++) {
      for (; stored < counts[a]; stored++) addPattern(hebbianSum, patterns.subarray(stored * n, (stored + 1) * n));
      s.set(xi);
      for (let i = 0; i < n; i++) order[i] = i;
      shuffle(order, rng);
      for (let k = 0; k < flips; k++) s[order[k]] = -s[order[k]];
      retrieveZeroTemperature(hebbianSum, s, rng);
      out[a] += overlap(xi, s) / trials;
    }
  }
  return out;
}

/** S += xi xi^T off the diagonal (the Hebbian sum before dividing by N). */
function addPattern(S: Float64Array, xi: Int8Array): void {
  const n = xi.length;
  for (let i = 0; i < n; i++) {
    const row = i * n;
    if (xi[i] > 0) for (let j = 0; j < n; j++) S[row + j] += xi[j];
    else for (let j = 0; j < n; j++) S[row + j] -= xi[j];
    // The loops add xi_i^2 = 1 to the diagonal; take it back so W_ii stays 0.
    S[row + i] -= 1;
  }
}

/**
 * The breakdown load from a measured curve: where the mean overlap first falls below
 * `threshold`, interpolated linearly between the two grid loads around the crossing (Infinity
 * if it never does). The default 0.9 sits between the retrieval states (m >= 0.967 up to
 * alpha_c in the AGS theory) and the states past the breakdown (m well under 0.5); at finite N
 * the mean over trials mixes the two, and 0.9 marks where failures become common.
 */
export function breakdownAlpha(alphas: readonly number[], overlaps: ArrayLike<number>, threshold = 0.9): number {
  for (let a = 0; a < alphas.length; a++) {
    if (overlaps[a] >= threshold) continue;
    if (a === 0) return alphas[0];
    const t = (overlaps[a - 1] - threshold) / (overlaps[a - 1] - overlaps[a]);
    return alphas[a - 1] + t * (alphas[a] - alphas[a - 1]);
  }
  return Infinity;
}
