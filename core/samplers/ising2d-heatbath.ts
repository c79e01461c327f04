/**
 * Heat-bath (Gibbs) updates on the 2D torus in checkerboard order: each visited spin is
 * drawn afresh from its conditional, P(s_i = +1 | n) = 1 / (1 + exp(-2 betaEff (J n + h))),
 * where n is its neighbour sum (Glauber 1963). Every single-site Gibbs update leaves the
 * Boltzmann distribution invariant, so any fixed visiting order does; the checkerboard is the
 * one whose half-sweeps touch no two neighbours.
 */
import type { Rng } from '../rng/rng.js';

/** Length of the heat-bath table (index n + 4, n in {-4, -2, 0, 2, 4}). */
export const HEATBATH_TABLE_SIZE = 9;

/** table[n + 4] = P(s = +1 | n) * 2^32. */
export function buildHeatBathTable(table: Float64Array, betaEff: number, J: number, h: number): void {
  table.fill(0);
  for (let n = -4; n <= 4; n += 2) table[n + 4] = (1 / (1 + Math.exp(-2 * betaEff * (J * n + h)))) * 4294967296;
}

/** `sweeps` sweeps of chain `base`; adds the bond-sum and magnetisation changes to delta. */
export function heatBathCheckerboardSweeps(
  spins: Int8Array,
  base: number,
  rows: number,
  cols: number,
  table: Float64Array,
  rng: Rng,
  delta: Int32Array,
  sweeps: number,
): void {
  let dBonds = 0;
  let dMag = 0;
  for (let t = 0; t < sweeps; t++) {
    for (let parity = 0; parity < 2; parity++) {
      for (let r = 0; r < rows; r++) {
        const row = base + r * cols;
        const up = base + (r === 0 ? rows - 1 : r - 1) * cols;
        const down = base + (r === rows - 1 ? 0 : r + 1) * cols;
        for (let c = (r + parity) & 1; c < cols; c += 2) {
          const left = c === 0 ? cols - 1 : c - 1;
          const right = c === cols - 1 ? 0 : c + 1;
          const n = spins[row + left] + spins[row + right] + spins[up + c] + spins[down + c];
          const s = spins[row + c];
          const next = rng.nextU32() < table[n + 4] ? 1 : -1;
          if (next !== s) {
            spins[row + c] = next;
            dBonds += (next - s) * n;
            dMag += next - s;
          }
        }
      }
    }
  }
  delta[0] += dBonds;
  delta[1] += dMag;
}
