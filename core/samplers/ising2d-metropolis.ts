/**
 * Single-spin Metropolis on the 2D torus, visited in checkerboard order (all sites with
 * r + c even, then all with r + c odd). Any fixed visiting order of single-site Metropolis
 * updates leaves the Boltzmann distribution invariant; the checkerboard is the order that
 * later vectorises, since sites of one colour do not touch.
 *
 * Acceptance uses a precomputed table of 32-bit thresholds: the flip of s_i with neighbour
 * sum n changes the energy by dE = 2 J s_i n + 2 h s_i, so only 10 values occur.
 */
import type { Rng } from '../rng/rng.js';

/** table[(s n + 4) / 2 + 5 (s + 1) / 2] = min(1, exp(-betaEff dE)) * 2^32. */
export function buildMetropolisTable(table: Float64Array, betaEff: number, J: number, h: number): void {
  for (let spinIndex = 0; spinIndex < 2; spinIndex++) {
    const s = spinIndex === 0 ? -1 : 1;
    for (let k = 0; k < 5; k++) {
      const sn = 2 * k - 4; // s * neighbour sum, in {-4, -2, 0, 2, 4}
      const dE = 2 * J * sn + 2 * h * s;
      const p = Math.min(1, Math.exp(-betaEff * dE));
      table[k + 5 * spinIndex] = p * 4294967296;
    }
  }
}

/**
 * One sweep over the chain whose spins start at `base`. Adds the change of the bond sum to
 * delta[0] and of the magnetisation to delta[1].
 */
export function metropolisCheckerboardSweep(
  spins: Int8Array,
  base: number,
  rows: number,
  cols: number,
  table: Float64Array,
  rng: Rng,
  delta: Int32Array,
): void {
  let dBonds = 0;
  let dMag = 0;
  for (let parity = 0; parity < 2; parity++) {
    for (let r = 0; r < rows; r++) {
      const row = base + r * cols;
      const up = base + (r === 0 ? rows - 1 : r - 1) * cols;
      const down = base + (r === rows - 1 ? 0 : r + 1) * cols;
      for (let c = (r + parity) & 1; c < cols; c += 2) {
        const s = spins[row + c];
        const left = c === 0 ? cols - 1 : c - 1;
        const right = c === cols - 1 ? 0 : c + 1;
        const n = spins[row + left] + spins[row + right] + spins[up + c] + spins[down + c];
        const index = ((s * n + 4) >> 1) + (s > 0 ? 5 : 0);
        if (rng.nextU32() < table[index]) {
          spins[row + c] = -s;
          dBonds -= 2 * s * n;
          dMag -= 2 * s;
        }
      }
    }
  }
  delta[0] += dBonds;
  delta[1] += dMag;
}
