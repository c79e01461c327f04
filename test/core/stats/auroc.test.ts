import { describe, expect, it } from 'vitest';
import { auroc } from '../../../core/stats/auroc.js';
import { streamRng } from '../../../core/rng/rng.js';

/** The definition itself: every (positive, negative) pair, ties counted half. */
function pairCount(pos: ArrayLike<number>, neg: ArrayLike<number>): number {
  let wins = 0;
  for (let i = 0; i < pos.length; i++) for (let j = 0; j < neg.length; j++) wins += pos[i] > neg[j] ? 1 : pos[i] === neg[j] ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

describe('auroc', () => {
  it('gives the known answers', () => {
    expect(auroc([3, 4, 5], [0, 1, 2])).toBe(1);
    expect(auroc([0, 1, 2], [3, 4, 5])).toBe(0);
    expect(auroc([7, 7], [7, 7, 7])).toBe(0.5);
    // pairs: (1,2) 0, (1,0) 1, (2,2) 1/2, (2,0) 1, (3,2) 1, (3,0) 1 -> 4.5 / 6
    expect(auroc([1, 2, 3], [2, 0])).toBe(0.75);
    expect(auroc([Infinity], [1, -Infinity])).toBe(1);
    expect(auroc([Infinity, 0], [Infinity])).toBe(0.25);
  });

  // Catches a midrank slip (ties counted 0 or 1 instead of 1/2) and an off-by-one in the rank sum.
  it('agrees with the brute-force pair count on random scores, with and without ties', () => {
    const rng = streamRng(7, 'test.auroc', 0);
    for (let trial = 0; trial < 200; trial++) {
      const nPos = 1 + rng.nextInt(30);
      const nNeg = 1 + rng.nextInt(30);
      const levels = trial % 2 === 0 ? 4 : 0; // even trials: few distinct values, many ties
      const draw = (shift: number) => (levels ? rng.nextInt(levels) + (rng.nextInt(2) ? shift : 0) : rng.nextGaussian() + shift);
      const pos = Array.from({ length: nPos }, () => draw(1));
      const neg = Array.from({ length: nNeg }, () => draw(0));
      expect(auroc(pos, neg)).toBeCloseTo(pairCount(pos, neg), 12);
    }
  });

  it('refuses empty classes and NaN scores', () => {
    expect(() => auroc([], [1])).toThrow(/at least one positive/);
    expect(() => auroc([1], [])).toThrow(/at least one positive/);
    expect(() => auroc([NaN], [1])).toThrow(/NaN/);
  });
});
