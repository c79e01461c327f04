import { describe, expect, it } from 'vitest';
import { barsAndStripes } from '../../../core/data/bars-and-stripes.js';
import { binarizeBySampling, binarizeByThreshold } from '../../../core/data/binarize.js';
import { selectRows } from '../../../core/data/dataset.js';
import { randomPermutation, splitIndices, splitSizesFromFractions } from '../../../core/data/splits.js';
import { streamRng } from '../../../core/rng/rng.js';

describe('bars and stripes', () => {
  it.each([2, 3, 4])('n = %i: 2^(n+1) - 2 distinct patterns, each all bars or all stripes', (n) => {
    const set = barsAndStripes(n);
    expect(set.rows).toBe(2 ** (n + 1) - 2);
    expect(set.size).toBe(n * n);
    const seen = new Set<string>();
    for (let r = 0; r < set.rows; r++) {
      const p = set.data.subarray(r * n * n, (r + 1) * n * n);
      seen.add(p.join(''));
      let bars = true;
      let stripes = true;
      for (let y = 0; y < n; y++) {
        for (let x = 0; x < n; x++) {
          if (p[y * n + x] !== p[x]) bars = false;
          if (p[y * n + x] !== p[y * n]) stripes = false;
        }
      }
      expect(bars || stripes).toBe(true);
    }
    expect(seen.size).toBe(set.rows);
  });
});

describe('binarisation', () => {
  const images = { count: 1, height: 2, width: 3, pixels: Uint8Array.from([0, 127, 128, 200, 255, 64]) };

  it('by threshold', () => {
    expect(Array.from(binarizeByThreshold(images).data)).toEqual([0, 0, 1, 1, 1, 0]);
    expect(Array.from(binarizeByThreshold(images, 64).data)).toEqual([0, 1, 1, 1, 1, 1]);
  });

  it('by sampling: pixel / 255 is the probability, reproducible from the seed', () => {
    // 20,000 draws of a pixel of 64: frequency within 5 binomial standard errors of 64/255;
    // 0 and 255 are never and always on.
    const big = { count: 20000, height: 1, width: 3, pixels: new Uint8Array(60000) };
    for (let k = 0; k < 20000; k++) big.pixels.set([0, 64, 255], 3 * k);
    const a = binarizeBySampling(big, streamRng(1, 'binarize', 0));
    const b = binarizeBySampling(big, streamRng(1, 'binarize', 0));
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    let on = [0, 0, 0];
    for (let k = 0; k < 20000; k++) on = on.map((x, i) => x + a.data[3 * k + i]);
    const p = 64 / 255;
    expect(on[0]).toBe(0);
    expect(on[2]).toBe(20000);
    expect(Math.abs(on[1] / 20000 - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / 20000));
  });
});

describe('splits', () => {
  it('a seeded permutation is a permutation and reproducible', () => {
    const p = randomPermutation(1000, streamRng(4, 'split', 0));
    expect(Array.from(p).sort((x, y) => x - y)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(Array.from(randomPermutation(1000, streamRng(4, 'split', 0)))).toEqual(Array.from(p));
    expect(Array.from(randomPermutation(1000, streamRng(5, 'split', 0)))).not.toEqual(Array.from(p));
  });

  it('train, validation and test are disjoint, of the asked sizes, and select the right rows', () => {
    const sizes = splitSizesFromFractions(100, 0.1, 0.2);
    expect(sizes).toEqual({ train: 70, validation: 10, test: 20 });
    const split = splitIndices(100, sizes, streamRng(1, 'split', 0));
    const all = new Set([...split.train, ...split.validation, ...split.test]);
    expect(all.size).toBe(100);
    expect(() => splitIndices(10, { train: 8, validation: 2, test: 1 }, streamRng(1, 'split', 0))).toThrow(/exceed/);
    const dataset = { rows: 3, size: 2, data: Uint8Array.from([0, 0, 1, 0, 1, 1]), labels: Uint8Array.from([5, 6, 7]) };
    const picked = selectRows(dataset, [2, 0]);
    expect(Array.from(picked.data)).toEqual([1, 1, 0, 0]);
    expect(Array.from(picked.labels!)).toEqual([7, 5]);
  });
});
