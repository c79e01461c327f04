/**
 * Single-spin Metropolis on the 2D torus, visited in checkerboard order (all sites with
 * r + c even, then all with r + c odd). Any fixed visiting order of single-site Metropolis
 * updates leaves the Boltzmann distribution invariant; the checkerboard is the order that
 * later vectorises, since sites of one colour do not touch.
 *
 * Acceptance uses a precomputed table of thresholds: the flip of s_i with neighbour sum n
 * changes the energy by dE = 2 s_i (J n + h), so only 10 values occur. The table is indexed
 * by the integer n + 5 s + 9 (s = -1: 0, 2, .., 8; s = +1: 10, 12, .., 18), one add and no
 * branch. A flip is accepted when the 32-bit uniform u satisfies u < T, T = ceil(p 2^32)
 * clamped to [1, 2^32]: p on the 2^-32 grid, as any 32-bit test has it (a move with
 * p < 2^-32 is accepted with probability 2^-32). The table stores T - 2^31 - 1 as an int32
 * and the test is (u - 2^31) <= entry in signed 32-bit arithmetic, so the hot loop never
 * leaves int32.
 *
 * Two kernels draw the same stream in the same order and so give bit-identical spins:
 * `metropolisCheckerboardSweepReference` is the plain one, kept as the tested reference;
 * `metropolisCheckerboardSweeps` is the fast one (xoshiro128** state in local variables for
 * the whole call, wrap-around columns outside the inner loop, an accept without a branch,
 * the right neighbour of one site reused as the left neighbour of the next).
 */
import type { Rng } from '../rng/rng.js';

/** Length of the acceptance table (indices n + 5 s + 9 for n in {-4..4}, s = +-1). */
export const METROPOLIS_TABLE_SIZE = 19;

/** table[n + 5 s + 9] = clamp(ceil(min(1, exp(-betaEff dE)) 2^32), 1, 2^32) - 2^31 - 1. */
export function buildMetropolisTable(table: Int32Array, betaEff: number, J: number, h: number): void {
  table.fill(0);
  for (let s = -1; s <= 1; s += 2) {
    for (let n = -4; n <= 4; n += 2) {
      const dE = 2 * s * (J * n + h);
      const p = Math.min(1, Math.exp(-betaEff * dE));
      const T = Math.min(4294967296, Math.max(1, Math.ceil(p * 4294967296)));
      table[n + 5 * s + 9] = T - 2147483648 - 1;
    }
  }
}

/**
 * One sweep over the chain whose spins start at `base`, the plain way. Adds the change of
 * the bond sum to delta[0] and of the magnetisation to delta[1].
 */
export function metropolisCheckerboardSweepReference(
  spins: Int8Array,
  base: number,
  rows: number,
  cols: number,
  table: Int32Array,
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
        if (((rng.nextU32() ^ 0x80000000) | 0) <= table[n + 5 * s + 9]) {
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

/**
 * `sweeps` sweeps, bit-identical to as many calls of the reference kernel. The generator
 * steps are those of Rng.nextU32 (Blackman & Vigna 2021, xoshiro128**), written inline.
 */
export function metropolisCheckerboardSweeps(
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
  const lastCol = cols - 1;
  for (let t = 0; t < sweeps; t++) {
    for (let parity = 0; parity < 2; parity++) {
      for (let r = 0; r < rows; r++) {
        const row = base + r * cols;
        const up = base + (r === 0 ? rows - 1 : r - 1) * cols;
        const down = base + (r === rows - 1 ? 0 : r + 1) * cols;
        let c = (r + parity) & 1;
        if (c === 0) {
          // Column 0: the left neighbour wraps to the last column.
          const i = row;
          const s = spins[i];
          const n = spins[row + lastCol] + spins[i + 1] + spins[up] + spins[down];
          const m = Math.imul(s1, 5);
          const u = Math.imul((m << 7) | (m >>> 25), 9) ^ 0x80000000;
          const tt = s1 << 9;
          const n2 = s2 ^ s0;
          const n3 = s3 ^ s1;
          s1 ^= n2;
          s0 ^= n3;
          s2 = n2 ^ tt;
          s3 = (n3 << 11) | (n3 >>> 21);
          if (u <= table[n + 5 * s + 9]) {
            spins[i] = -s;
            halfBonds -= s * n;
            halfMag -= s;
          }
          c = 2;
        }
        // Interior: no wrap; the right neighbour of site c is the left one of site c + 2.
        let left = spins[row + c - 1];
        const upOffset = up - row;
        const downOffset = down - row;
        const end = row + lastCol;
        let i = row + c;
        for (; i < end; i += 2) {
          const s = spins[i];
          const right = spins[i + 1];
          const n = left + right + spins[i + upOffset] + spins[i + downOffset];
          left = right;
          const m = Math.imul(s1, 5);
          const u = Math.imul((m << 7) | (m >>> 25), 9) ^ 0x80000000;
          const tt = s1 << 9;
          const n2 = s2 ^ s0;
          const n3 = s3 ^ s1;
          s1 ^= n2;
          s0 ^= n3;
          s2 = n2 ^ tt;
          s3 = (n3 << 11) | (n3 >>> 21);
          // Branch-free accept: flip = 1 or 0, so an unpredictable branch costs nothing.
          const flip = +(u <= table[n + 5 * s + 9]);
          const change = s * flip;
          spins[i] = s - 2 * change;
          halfBonds -= change * n;
          halfMag -= change;
        }
        c = i - row;
        if (c === lastCol) {
          // Last column: the right neighbour wraps to column 0.
          const i = row + c;
          const s = spins[i];
          const n = spins[i - 1] + spins[row] + spins[up + c] + spins[down + c];
          const m = Math.imul(s1, 5);
          const u = Math.imul((m << 7) | (m >>> 25), 9) ^ 0x80000000;
          const tt = s1 << 9;
          const n2 = s2 ^ s0;
          const n3 = s3 ^ s1;
          s1 ^= n2;
          s0 ^= n3;
          s2 = n2 ^ tt;
          s3 = (n3 << 11) | (n3 >>> 21);
          // Branch-free accept: flip = 1 or 0, so an unpredictable branch costs nothing.
          const flip = +(u <= table[n + 5 * s + 9]);
          const change = s * flip;
          spins[i] = s - 2 * change;
          halfBonds -= change * n;
          halfMag -= change;
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
