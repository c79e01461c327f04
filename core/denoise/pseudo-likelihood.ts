/**
 * Maximum pseudo-likelihood (Besag 1975) for a pairwise Ising prior on an image grid:
 *   p(s) proportional to exp(sum_i b_i s_i + sum_e J_e s_a(e) s_b(e)),  s_i = 2 x_i - 1,
 * with a field b_i per pixel and a coupling J_e per bond (grid-bonds.ts). The pseudo-likelihood
 * replaces p(s) by the product of the conditionals p(s_i | s_rest) = sigmoid(2 s_i g_i),
 * g_i = b_i + sum_{e=(i,j)} J_e s_j, which needs no partition function; the negative mean
 * log-pseudo-likelihood is convex in (b, J) and its maximiser is consistent (Besag 1975;
 * Hyvarinen 2006 on its consistency for Boltzmann machines). Gradients:
 *   d/d b_i   log PL = s_i - tanh g_i,
 *   d/d J_e   log PL = (s_a - tanh g_a) s_b + (s_b - tanh g_b) s_a.
 *
 * The conditional of pixel i depends on the data only through (s_i, s_N(i)), a pattern of at
 * most 1 + degree bits, so the training images are reduced once to a histogram of patterns per
 * pixel; every objective evaluation then costs the number of distinct patterns (most pixels of
 * a garment image see a handful), not images x pixels.
 */
import { softplus } from '../math/logspace.js';
import type { GridBonds } from './grid-bonds.js';

/** The training images reduced to counted neighbourhood patterns, pixel by pixel. */
export interface PatternTable {
  bonds: GridBonds;
  images: number;
  /** Patterns of pixel i are entries first[i] .. first[i+1]. */
  first: Int32Array;
  /** Bit 0: x_i; bit k + 1: x of the k-th neighbour in the adjacency order of i. */
  code: Uint32Array;
  count: Float64Array;
}

/** Counts the (pixel, neighbourhood) patterns of `count` clean 0/1 images (row-major, rows*cols each). */
export function patternTable(bonds: GridBonds, images: Uint8Array, count: number): PatternTable {
  const n = bonds.sites;
  if (images.length < count * n) throw new RangeError(`patternTable: ${count} images of ${n} pixels need ${count * n} values, got ${images.length}`);
  const { start, neighbour } = bonds;
  for (let i = 0; i < n; i++) if (start[i + 1] - start[i] > 31) throw new RangeError(`patternTable: pixel ${i} has ${start[i + 1] - start[i]} neighbours; at most 31 fit a pattern code`);
  const codes = new Uint32Array(count);
  const first = new Int32Array(n + 1);
  const outCode: number[] = [];
  const outCount: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < count; k++) {
      const base = k * n;
      let code = images[base + i];
      for (let m = start[i], bit = 1; m < start[i + 1]; m++, bit++) code |= images[base + neighbour[m]] << bit;
      codes[k] = code >>> 0;
    }
    codes.sort();
    for (let k = 0; k < count; ) {
      let end = k + 1;
      while (end < count && codes[end] === codes[k]) end++;
      outCode.push(codes[k]);
      outCount.push(end - k);
      k = end;
    }
    first[i + 1] = outCode.length;
  }
  return { bonds, images: count, first, code: Uint32Array.from(outCode), count: Float64Array.from(outCount) };
}

/** The parameters: fields b (length sites) then couplings J (length bonds), one vector for the optimiser. */
export function parameterCount(bonds: GridBonds): number {
  return bonds.sites + bonds.bondA.length;
}

export interface PseudoLikelihoodPenalty {
  /** L2 weight on the couplings: adds (couplingL2 / 2) sum_e J_e^2. */
  couplingL2: number;
  /** L2 weight on the fields (keeps pixels that never have ink finite). */
  fieldL2: number;
}

/**
 * The negative mean log-pseudo-likelihood per image plus the L2 penalty, at theta = [b, J];
 * writes its gradient into `gradient`. Pure; allocation-free.
 */
export function negativeLogPseudoLikelihood(table: PatternTable, penalty: PseudoLikelihoodPenalty, theta: Float64Array, gradient: Float64Array): number {
  const { bonds, first, code, count } = table;
  const n = bonds.sites;
  const { start, bondOf } = bonds;
  const scale = 1 / table.images;
  gradient.fill(0);
  let value = 0;
  for (let i = 0; i < n; i++) {
    const lo = start[i];
    const hi = start[i + 1];
    for (let p = first[i]; p < first[i + 1]; p++) {
      const bits = code[p];
      let g = theta[i];
      for (let m = lo, bit = 1; m < hi; m++, bit++) g += (bits >>> bit) & 1 ? theta[n + bondOf[m]] : -theta[n + bondOf[m]];
      const s = bits & 1 ? 1 : -1;
      const c = count[p] * scale;
      value += c * softplus(-2 * s * g);
      // d/dg of -log sigmoid(2 s g) is -(s - tanh g).
      const r = -c * (s - Math.tanh(g));
      gradient[i] += r;
      for (let m = lo, bit = 1; m < hi; m++, bit++) gradient[n + bondOf[m]] += (bits >>> bit) & 1 ? r : -r;
    }
  }
  for (let i = 0; i < theta.length; i++) {
    const w = i < n ? penalty.fieldL2 : penalty.couplingL2;
    value += 0.5 * w * theta[i] * theta[i];
    gradient[i] += w * theta[i];
  }
  return value;
}
