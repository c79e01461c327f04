import { describe, expect, it } from 'vitest';
import { classRows, selectImages } from '../../../core/apps/class-split.js';

describe('classRows', () => {
  const labels = [0, 1, 2, 0, 1, 0, 2, 0, 1, 0];
  it('takes the first examples of each wanted class, in file order', () => {
    expect(Array.from(classRows(labels, [0, 2], 2))).toEqual([0, 2, 3, 6]);
    expect(Array.from(classRows(labels, [1], 0))).toEqual([1, 4, 8]);
  });
  it('skips a held-out prefix per class, disjoint from it', () => {
    const held = classRows(labels, [0, 1], 1);
    const rest = classRows(labels, [0, 1], 0, 1);
    expect(Array.from(held)).toEqual([0, 1]);
    expect(Array.from(rest)).toEqual([3, 4, 5, 7, 8, 9]);
    expect(Array.from(classRows(labels, [0], 2, 1))).toEqual([3, 5]);
  });
  it('selects images by index', () => {
    const pixels = Uint8Array.from([1, 1, 2, 2, 3, 3]);
    expect(Array.from(selectImages(pixels, 2, [2, 0]))).toEqual([3, 3, 1, 1]);
  });
});
