/**
 * Train / validation / test splits by a seeded permutation (Fisher-Yates), so a split is a
 * function of the data size and the seed's stream only, and the same on every machine.
 */
import type { Rng } from '../rng/rng.js';

/** A uniformly random permutation of 0..n-1. */
export function randomPermutation(n: number, rng: Rng): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  return out;
}

export interface SplitSizes {
  train: number;
  validation: number;
  test: number;
}

export interface SplitIndices {
  train: Int32Array;
  validation: Int32Array;
  test: Int32Array;
}

/**
 * Disjoint index sets of the given sizes from 0..total-1 (sizes may sum to less than total;
 * the rest is left out). Each set is sorted, so examples keep their file order.
 */
export function splitIndices(total: number, sizes: SplitSizes, rng: Rng): SplitIndices {
  const { train, validation, test } = sizes;
  for (const [name, n] of Object.entries(sizes)) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`split size ${name} must be a non-negative integer, got ${n}`);
  }
  if (train + validation + test > total) throw new RangeError(`split sizes ${train} + ${validation} + ${test} exceed the ${total} examples`);
  const perm = randomPermutation(total, rng);
  const take = (from: number, n: number) => perm.slice(from, from + n).sort();
  return { train: take(0, train), validation: take(train, validation), test: take(train + validation, test) };
}

/** Sizes from fractions of `total` (rounded down; test gets what train and validation leave). */
export function splitSizesFromFractions(total: number, validationFraction: number, testFraction: number): SplitSizes {
  if (!(validationFraction >= 0 && testFraction >= 0 && validationFraction + testFraction < 1)) {
    throw new RangeError(`validation and test fractions must be >= 0 and sum to less than 1, got ${validationFraction} and ${testFraction}`);
  }
  const validation = Math.floor(total * validationFraction);
  const test = Math.floor(total * testFraction);
  return { train: total - validation - test, validation, test };
}
