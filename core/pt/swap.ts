/**
 * Swap decisions between neighbouring replicas (Syed, Bouchard-Cote, Deligiannidis & Doucet
 * 2021). A pure policy run by the coordinator on its own RNG stream.
 *
 * For the pair (i, i+1), with x_i the state at b_i:
 *   log alpha_i = logRatio_{x_i}(b_{i+1}, b_i) + logRatio_{x_{i+1}}(b_i, b_{i+1}),
 * which for tempering is (b_{i+1} - b_i)(l(x_i) - l(x_{i+1})) and for any other path (RBM
 * paths are not linear in b) is still the Metropolis ratio of exchanging the two states.
 * An accepted swap exchanges the temperatures (the permutation replica <-> ladder index),
 * never the states.
 *
 * DEO, the non-reversible scheme: even scans propose (0,1), (2,3), ...; odd scans (1,2),
 * (3,4), .... The reversible scheme picks the parity at random each scan.
 */
import type { Rng } from '../rng/rng.js';

export type SwapScheme = 'deo' | 'reversible';

export const SWAP_SCHEMES: readonly SwapScheme[] = ['deo', 'reversible'];

/** Which pairs this scan proposes: those (i, i+1) with i % 2 === parity. */
export function swapParity(scheme: SwapScheme, scan: number, rng: Rng): number {
  return scheme === 'deo' ? scan & 1 : rng.nextU32() & 1;
}

/** log alpha for pair i from the up/down log ratios, indexed by ladder point. */
export function logSwapRatio(upByLevel: ArrayLike<number>, downByLevel: ArrayLike<number>, i: number): number {
  return upByLevel[i] + downByLevel[i + 1];
}

/** min(1, exp(log alpha)), the swap acceptance probability. */
export function swapAcceptanceProbability(logAlpha: number): number {
  return logAlpha >= 0 ? 1 : Math.exp(logAlpha);
}

/**
 * Propose the pairs of `parity` and apply the accepted swaps to the permutation. One uniform
 * is drawn per proposed pair whatever the outcome, so the stream's use does not depend on
 * the states. `accepted[i]` and `proposed[i]` count the outcomes.
 */
export function applySwaps(
  parity: number,
  upByLevel: ArrayLike<number>,
  downByLevel: ArrayLike<number>,
  replicaAtLevel: Int32Array,
  levelOfReplica: Int32Array,
  rng: Rng,
  proposed: Float64Array,
  accepted: Float64Array,
): void {
  const pairs = replicaAtLevel.length - 1;
  for (let i = parity; i < pairs; i += 2) {
    const logAlpha = logSwapRatio(upByLevel, downByLevel, i);
    const u = rng.nextDouble();
    proposed[i]++;
    if (logAlpha >= 0 || u < Math.exp(logAlpha)) {
      accepted[i]++;
      const lower = replicaAtLevel[i];
      const upper = replicaAtLevel[i + 1];
      replicaAtLevel[i] = upper;
      replicaAtLevel[i + 1] = lower;
      levelOfReplica[upper] = i;
      levelOfReplica[lower] = i + 1;
    }
  }
}
