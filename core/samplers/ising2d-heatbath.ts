/**
 * Heat-bath (Gibbs) updates on the 2D torus in checkerboard order: each visited spin is
 * drawn afresh from its conditional, P(s_i = +1 | n) = 1 / (1 + exp(-2 betaEff (J n + h))),
 * where n is its neighbour sum (Glauber 1963). Every single-site Gibbs update leaves the
 * Boltzmann distribution invariant, so any fixed visiting order does; the checkerboard is the
 * one whose half-sweeps touch no two neighbours.
 *
 * As in the Metropolis kernel, the probabilities sit on the 2^-32 grid of a 32-bit uniform:
 * s = +1 when u < T, T = ceil(p 2^32) clamped to [1, 2^32 - 1], stored as T - 2^31 - 1 so
 * the test is one signed int32 comparison; the xoshiro128** steps (Rng.nextU32) are inline.
 */
import type { Rng } from '../rng/rng.js';

/** Length of the heat-bath table (index n + 4, n in {-4, -2, 0, 2, 4}). */
export const HEATBATH_TABLE_SIZE = 9;

/** table[n + 4] = clamp(ceil(P(s = +1 | n) 2^32), 1, 2^32 - 1) - 2^31 - 1. */
export function buildHeatBathTable(table: Int32Array, betaEff: number, J: number, h: number): void {
  table.fill(0);
  for (let n = -4; n <= 4; n += 2) {
    const p = 1 / (1 + Math.exp(-2 * betaEff * (J * n + h)));
    const T = Math.min(4294967295, Math.max(1, Math.ceil(p * 4294967296)));
    table[n + 4] = T - 2147483648 - 1;
  }
}

/** `sweeps` sweeps of chain `base`; adds the bond-sum and magnetisation changes to delta. */
export function heatBathCheckerboardSweeps(
  spins: Int8Array,
  base: number,
  rows: number,
  cols: number,
  table: Int32Array,
  rng: Rng,
  delta: Int32Array,
  sweeps: number,
): void {
  const state = rng.s;
  let s0 = state[0] | 0;
  let s1 = state[1] | 0;
  let s2 = state[2] | 0;
  let s3 = state[3] | 0;
  let halfBonds = 0; // half the change of the bond sum (every change is even)
  let halfMag = 0;
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
          const m = Math.imul(s1, 5);
          const u = Math.imul((m << 7) | (m >>> 25), 9) ^ 0x80000000;
          const tt = s1 << 9;
          const n2 = s2 ^ s0;
          const n3 = s3 ^ s1;
          s1 ^= n2;
          s0 ^= n3;
          s2 = n2 ^ tt;
          s3 = (n3 << 11) | (n3 >>> 21);
          // next = +1 or -1 without a branch; (next - s) / 2 is -1, 0 or +1.
          const next = 2 * +(u <= table[n + 4]) - 1;
          const change = (next - s) >> 1;
          spins[row + c] = next;
          halfBonds += change * n;
          halfMag += change;
        }
      }
    }
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
  delta[0] += 2 * halfBonds;
  delta[1] += 2 * halfMag;
}
