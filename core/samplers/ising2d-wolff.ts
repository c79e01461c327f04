/**
 * Wolff (1989) single-cluster updates on the 2D torus, for h = 0 and J > 0 only. From a
 * uniformly chosen seed, each neighbour aligned with the seed's original spin joins the
 * cluster with probability p = 1 - exp(-2 betaEff J); the whole cluster then flips. The move
 * satisfies detailed balance with respect to exp(betaEff J sum_bonds s_i s_j) and is always
 * accepted. Near the critical point it decorrelates in a few updates where single-spin
 * moves need ~L^2 sweeps.
 *
 * One "sweep" of this kernel is ONE cluster update. The count of updates is fixed in
 * advance, never chosen from the state (stopping once ~N spins have flipped would be a
 * state-dependent stopping rule that biases the stationary distribution), so each call is
 * a fixed power of a pi-invariant kernel, which is what AIS and PT require.
 *
 * The bond sum changes only on the cluster boundary: a bond from a member to an outside
 * spin equal to the old cluster spin goes from +1 to -1, to an outside spin opposite to it
 * from -1 to +1. Members are marked while the cluster is measured, so the change is exact.
 */
import type { Rng } from '../rng/rng.js';

/** Scratch a chain set owns for Wolff updates (sized to one chain). */
export interface WolffScratch {
  /** Cluster members, in the order they joined. */
  readonly members: Int32Array;
  /** 1 for a site in the current cluster, cleared after each update. */
  readonly inCluster: Uint8Array;
}

export function createWolffScratch(sites: number): WolffScratch {
  return { members: new Int32Array(sites), inCluster: new Uint8Array(sites) };
}

/** The 32-bit threshold for adding an aligned neighbour: (1 - exp(-2 betaEff J)) * 2^32. */
export function wolffAddThreshold(betaEff: number, J: number): number {
  return -Math.expm1(-2 * betaEff * J) * 4294967296;
}

/**
 * `clusters` Wolff updates of chain `base`; adds the bond-sum and magnetisation changes to
 * delta[0], delta[1] and returns the total number of spins flipped.
 */
export function wolffClusterUpdates(
  spins: Int8Array,
  base: number,
  rows: number,
  cols: number,
  addThreshold: number,
  rng: Rng,
  scratch: WolffScratch,
  delta: Int32Array,
  clusters: number,
): number {
  const N = rows * cols;
  const { members, inCluster } = scratch;
  let flipped = 0;
  for (let t = 0; t < clusters; t++) {
    const seed = rng.nextInt(N);
    const s = spins[base + seed];
    spins[base + seed] = -s;
    inCluster[seed] = 1;
    members[0] = seed;
    let size = 1;
    for (let read = 0; read < size; read++) {
      const j = members[read];
      const r = (j / cols) | 0;
      const c = j - r * cols;
      const rowStart = r * cols;
      const left = c === 0 ? j + cols - 1 : j - 1;
      const right = c === cols - 1 ? rowStart : j + 1;
      const up = r === 0 ? j + N - cols : j - cols;
      const down = r === rows - 1 ? c : j + cols;
      // Unrolled over the four neighbours: join if aligned with the old spin and the bond fires.
      if (spins[base + left] === s && rng.nextU32() < addThreshold) {
        spins[base + left] = -s;
        inCluster[left] = 1;
        members[size++] = left;
      }
      if (spins[base + right] === s && rng.nextU32() < addThreshold) {
        spins[base + right] = -s;
        inCluster[right] = 1;
        members[size++] = right;
      }
      if (spins[base + up] === s && rng.nextU32() < addThreshold) {
        spins[base + up] = -s;
        inCluster[up] = 1;
        members[size++] = up;
      }
      if (spins[base + down] === s && rng.nextU32() < addThreshold) {
        spins[base + down] = -s;
        inCluster[down] = 1;
        members[size++] = down;
      }
    }
    delta[0] += boundaryBondChange(spins, base, rows, cols, s, members, size, inCluster);
    delta[1] -= 2 * s * size;
    for (let k = 0; k < size; k++) inCluster[members[k]] = 0;
    flipped += size;
  }
  return flipped;
}

/** Change of sum_bonds s_i s_j when the cluster (old spin s, now -s) flipped. */
function boundaryBondChange(
  spins: Int8Array,
  base: number,
  rows: number,
  cols: number,
  s: number,
  members: Int32Array,
  size: number,
  inCluster: Uint8Array,
): number {
  const N = rows * cols;
  let change = 0;
  for (let k = 0; k < size; k++) {
    const j = members[k];
    const r = (j / cols) | 0;
    const c = j - r * cols;
    const left = c === 0 ? j + cols - 1 : j - 1;
    const right = c === cols - 1 ? r * cols : j + 1;
    const up = r === 0 ? j + N - cols : j - cols;
    const down = r === rows - 1 ? c : j + cols;
    if (!inCluster[left]) change += spins[base + left] === s ? -2 : 2;
    if (!inCluster[right]) change += spins[base + right] === s ? -2 : 2;
    if (!inCluster[up]) change += spins[base + up] === s ? -2 : 2;
    if (!inCluster[down]) change += spins[base + down] === s ? -2 : 2;
  }
  return change;
}
