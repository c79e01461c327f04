/**
 * The sufficient statistics of a Boltzmann machine's log-likelihood gradient (Ackley, Hinton &
 * Sejnowski 1985):
 *   dL/dW_ij = <x_i x_j>_data - <x_i x_j>_model,  dL/db_i = <x_i>_data - <x_i>_model,
 * where "data" means the visible units fixed to a training vector and the hidden units drawn
 * from p(h | v) (the clamped phase), and "model" the free-running model. Kept as SUMS over rows,
 * not means, so shards add up exactly in shard order and the coordinator divides once.
 *
 * One shard (bmShardStatistics) is a batch of chains with the first `clamped` units fixed: k
 * sequential Gibbs sweeps of the others (pairwise-gibbs-chains.ts), then the sums over the
 * advanced states. With clamped = n - hidden it is the positive phase; with clamped = 0 it is
 * the negative phase of PCD, the persistent fantasy particles (Tieleman 2008). A fully visible
 * machine has nothing to sample in the positive phase: its statistics are exact, the data's own.
 */
import { PairwiseGibbsChains, type PairwiseParams } from '../models/pairwise-gibbs-chains.js';
import type { Rng } from '../rng/rng.js';

export interface BmStatistics {
  /** n x n, row-major: sum over rows of x_i x_j (symmetric; the diagonal is unused). */
  pairs: Float64Array;
  /** n: sum over rows of x_i. */
  units: Float64Array;
  rows: number;
}

export function emptyBmStatistics(n: number): BmStatistics {
  return { pairs: new Float64Array(n * n), units: new Float64Array(n), rows: 0 };
}

/** `into += from`, element by element (the shard-order reduction). */
export function addBmStatistics(into: BmStatistics, from: BmStatistics): void {
  for (let k = 0; k < into.pairs.length; k++) into.pairs[k] += from.pairs[k];
  for (let i = 0; i < into.units.length; i++) into.units[i] += from.units[i];
  into.rows += from.rows;
}

/** Adds the sums of `rows` states (rows x n, unit values) into `into`. */
export function accumulateBmStatistics(into: BmStatistics, states: Int8Array, n: number): void {
  const rows = states.length / n;
  const { pairs, units } = into;
  for (let r = 0; r < rows; r++) {
    const base = r * n;
    for (let i = 0; i < n; i++) {
      const xi = states[base + i];
      if (xi === 0) continue;
      units[i] += xi;
      const row = i * n;
      for (let j = 0; j < n; j++) pairs[row + j] += xi * states[base + j];
    }
  }
  into.rows += rows;
}

export interface BmShardInput {
  params: PairwiseParams;
  /** rows x n unit values; advanced in place. */
  states: Int8Array;
  /** The first `clamped` units of every state stay as they are. */
  clamped: number;
  /** Gibbs sweeps of the free units. */
  k: number;
  rng: Rng;
}

/** Advance a shard's chains k sweeps (free units only) and return the sums over the results. */
export function bmShardStatistics(input: BmShardInput): BmStatistics {
  const { params, states, clamped, k, rng } = input;
  const n = params.n;
  if (states.length % n !== 0) throw new RangeError(`bm shard: ${states.length} state values are not rows of ${n}`);
  const rows = states.length / n;
  if (clamped < n && rows > 0) {
    const chains = new PairwiseGibbsChains(params, rows, clamped);
    chains.loadState(new Uint8Array(states.buffer, states.byteOffset, states.byteLength));
    chains.advance(rng, 1, k);
    states.set(chains.units);
  }
  const out = emptyBmStatistics(n);
  accumulateBmStatistics(out, states, n);
  return out;
}
