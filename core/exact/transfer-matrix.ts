/**
 * Exact log Z of the Ising torus with any uniform field by the transfer matrix, built one
 * site at a time (the "spin-by-spin" transfer matrix; Baxter 1982, ch. 2): a vector over the
 * 2^w configurations of the last w spins is updated as each new spin replaces the one above
 * it, at a cost of 2^w per site. Periodic in the long direction means Z = Tr T^L, so the
 * vector starts at each first-row configuration s0 and Z sums <s0| T^L |s0>; cyclic shifts
 * of a row give equal terms, so only one row per shift orbit is run, weighted by the orbit's
 * size. The vector is rescaled after every row and the scale kept in log space.
 *
 * Cost ~ (2^w / w) starts x L rows x w sites x 2^w (~5 ns each): a second at 12x12, ~20 s at
 * 14x14 (the work budget below caps it near 45 s), out of
 * reach at 16 on a periodic torus (kaufman covers h = 0 there).
 */
import { IntractableError } from '../errors.js';

/** Widest lattice the method accepts, and its work budget (elementary updates). */
export const TRANSFER_MATRIX_MAX_WIDTH = 16;
export const TRANSFER_MATRIX_MAX_WORK = 2 ** 33;

/** Representatives of the cyclic-shift orbits of w-bit rows, with orbit sizes. */
function rowOrbits(w: number): { reps: number[]; sizes: number[] } {
  const mask = (1 << w) - 1;
  const reps: number[] = [];
  const sizes: number[] = [];
  for (let x = 0; x <= mask; x++) {
    let isSmallest = true;
    let period = w;
    let y = x;
    for (let k = 1; k < w; k++) {
      y = ((y << 1) | (y >>> (w - 1))) & mask;
      if (y < x) {
        isSmallest = false;
        break;
      }
      if (y === x && period === w) period = k;
    }
    if (isSmallest) {
      reps.push(x);
      sizes.push(period);
    }
  }
  return { reps, sizes };
}

export function transferMatrixWork(rows: number, cols: number): number {
  const w = Math.min(rows, cols);
  const L = Math.max(rows, cols);
  return (2 ** w / w) * L * w * 2 ** w;
}

export function transferMatrixApplies(rows: number, cols: number): boolean {
  return Math.min(rows, cols) <= TRANSFER_MATRIX_MAX_WIDTH && transferMatrixWork(rows, cols) <= TRANSFER_MATRIX_MAX_WORK;
}

export function transferMatrixLogZ(rows: number, cols: number, J: number, h: number, beta: number, file = 'model'): number {
  const w = Math.min(rows, cols);
  const L = Math.max(rows, cols);
  if (!transferMatrixApplies(rows, cols)) {
    throw new IntractableError(file, 'rows', `the transfer matrix needs width min(rows, cols) <= ${TRANSFER_MATRIX_MAX_WIDTH} and a cost it can finish (this ${rows}x${cols} torus is too large); use --method kaufman (h = 0) or ais`);
  }
  const K = beta * J;
  const H = beta * h;
  const size = 1 << w;
  const v = new Float64Array(size);
  // Weight of a new spin s' given the spin above (bond) is exp(K s' above); bit 1 = +1.
  const vertical = [Math.exp(-K), Math.exp(K)]; // index: s' * above == +1 ? 1 : 0
  // Horizontal-bond and field factors of a new spin -1 / +1, by its placed-neighbour sum + 2.
  const downFactor = new Float64Array(5);
  const upFactor = new Float64Array(5);
  // Every factor is divided by the largest site weight, exp(3|K| + |H|), so no site can grow
  // the vector by more than 2 and a row by more than 2^w, however cold or strong the field.
  const logSiteNorm = 3 * Math.abs(K) + Math.abs(H);
  for (let nb = -2; nb <= 2; nb++) {
    downFactor[nb + 2] = Math.exp(-K * nb - H - logSiteNorm);
    upFactor[nb + 2] = Math.exp(K * nb + H - logSiteNorm);
  }
  const { reps, sizes } = rowOrbits(w);
  const terms = new Float64Array(reps.length);
  for (let q = 0; q < reps.length; q++) {
    v.fill(0);
    v[reps[q]] = 1;
    let logScale = 0;
    for (let row = 0; row < L; row++) {
      for (let j = 0; j < w; j++) {
        const bit = 1 << j;
        const leftBit = 1 << (j === 0 ? w - 1 : j - 1);
        for (let x = 0; x < size; x++) {
          if (x & bit) continue;
          const a = v[x]; // spin above = -1
          const b = v[x | bit]; // spin above = +1
          // Horizontal bonds to already placed spins of the new row: left (j > 0), and the
          // wrap to column 0 when the row closes (j = w - 1).
          let neighbours = 2;
          if (j > 0) neighbours += x & leftBit ? 1 : -1;
          if (j === w - 1) neighbours += x & 1 ? 1 : -1;
          const down = downFactor[neighbours];
          const up = upFactor[neighbours];
          v[x] = down * (a * vertical[1] + b * vertical[0]);
          v[x | bit] = up * (a * vertical[0] + b * vertical[1]);
        }
      }
      let max = 0;
      for (let x = 0; x < size; x++) if (v[x] > max) max = v[x];
      const inv = 1 / max;
      for (let x = 0; x < size; x++) v[x] *= inv;
      logScale += Math.log(max) + w * logSiteNorm;
    }
    terms[q] = Math.log(sizes[q]) + logScale + Math.log(v[reps[q]]);
  }
  let top = -Infinity;
  for (const t of terms) if (t > top) top = t;
  let sum = 0;
  for (const t of terms) sum += Math.exp(t - top);
  return top + Math.log(sum);
}
