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
  /** neighbours[4 j .. 4 j + 3]: left, right, up and down of site j on the torus. */
  readonly neighbours: Int32Array;
}

export function createWolffScratch(rows: number, cols: number): WolffScratch {
  const sites = rows * cols;
  const neighbours = new Int32Array(4 * sites);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const j = r * cols + c;
      neighbours[4 * j] = r * cols + (c === 0 ? cols - 1 : c - 1);
      neighbours[4 * j + 1] = r * cols + (c === cols - 1 ? 0 : c + 1);
      neighbours[4 * j + 2] = (r === 0 ? rows - 1 : r - 1) * cols + c;
      neighbours[4 * j + 3] = (r === rows - 1 ? 0 : r + 1) * cols + c;
    }
  }
  return { members: new Int32Array(sites), inCluster: new Uint8Array(sites), neighbours };
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
  const { members, inCluster, neighbours } = scratch;
  let flipped = 0;
  for (let t = 0; t < clusters; t++) {
    const seed = rng.nextInt(N);
    const s = spins[base + seed];
    spins[base + seed] = -s;
    inCluster[seed] = 1;
    members[0] = seed;
    let size = 1;
    for (let read = 0; read < size; read++) {
      const j4 = 4 * members[read];
      for (let k = j4; k < j4 + 4; k++) {
        // Join if aligned with the seed's old spin and the bond fires (Wolff 1989).
        const x = neighbours[k];
        if (spins[base + x] === s && rng.nextU32() < addThreshold) {
          spins[base + x] = -s;
          inCluster[x] = 1;
          members[size++] = x;
        }
      }
    }
    delta[0] += boundaryBondChange(spins, base, neighbours, s, members, size, inCluster);
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
  neighbours: Int32Array,
  s: number,
  members: Int32Array,
  size: number,
  inCluster: Uint8Array,
): number {
  let change = 0;
  for (let m = 0; m < size; m++) {
    const j4 = 4 * members[m];
    for (let k = j4; k < j4 + 4; k++) {
      const x = neighbours[k];
      if (!inCluster[x]) change += spins[base + x] === s ? -2 : 2;
    }
  }
  return change;
}
