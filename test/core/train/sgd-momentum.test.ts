/** The optimiser against hand-computed steps; a non-finite gradient stops before any change. */
import { describe, expect, it } from 'vitest';
import { NumericalError } from '../../../core/errors.js';
import { sgdMomentumStep, sgdMomentumStepFromStatistics, zeroSgdState } from '../../../core/train/sgd-momentum.js';
import { gradientFromStatistics } from '../../../core/train/statistics.js';
import { learningRateAt } from '../../../core/train/learning-rate.js';

const params = () => ({ nv: 1, nh: 2, W: Float64Array.of(1, -2), b: Float64Array.of(0.5), c: Float64Array.of(0, 1) });
const grad = () => ({ w: Float64Array.of(0.5, 0.25), b: Float64Array.of(-1), c: Float64Array.of(2, 0) });

describe('sgdMomentumStep', () => {
  it('matches two steps worked by hand', () => {
    const p = params();
    const s = zeroSgdState(1, 2);
    const settings = { rate: 0.1, momentum: 0.9, weightDecay: 0.01 };
    sgdMomentumStep(p, s, grad(), settings);
    // v = 0.1 * (g - 0.01 W) on W, 0.1 g on biases; x += v.
    expect(s.w[0]).toBeCloseTo(0.1 * (0.5 - 0.01), 15);
    expect(s.w[1]).toBeCloseTo(0.1 * (0.25 + 0.02), 15);
    expect(p.W[0]).toBeCloseTo(1 + 0.049, 15);
    expect(p.W[1]).toBeCloseTo(-2 + 0.027, 15);
    expect(p.b[0]).toBeCloseTo(0.5 - 0.1, 15);
    expect(Array.from(p.c)).toEqual([0.2, 1]);
    sgdMomentumStep(p, s, grad(), settings);
    // v2 = 0.9 v1 + 0.1 (g - 0.01 W1), W2 = W1 + v2.
    const v2 = 0.9 * 0.049 + 0.1 * (0.5 - 0.01 * 1.049);
    expect(s.w[0]).toBeCloseTo(v2, 15);
    expect(p.W[0]).toBeCloseTo(1.049 + v2, 15);
    expect(p.c[0]).toBeCloseTo(0.2 + 0.9 * 0.2 + 0.2, 15);
    expect(p.b[0]).toBeCloseTo(0.4 - 0.09 - 0.1, 15);
  });

  it('throws a NumericalError on a NaN or infinite gradient and leaves the parameters as they were', () => {
    for (const bad of [NaN, Infinity]) {
      const p = params();
      const s = zeroSgdState(1, 2);
      const g = grad();
      g.c[1] = bad;
      expect(() => sgdMomentumStep(p, s, g, { rate: 0.1, momentum: 0.5, weightDecay: 0 })).toThrow(NumericalError);
      expect(p).toEqual(params());
      expect(Array.from(s.w)).toEqual([0, 0]);
    }
  });
});

describe('sgdMomentumStepFromStatistics', () => {
  const stats = (scale: number, rows: number) => ({ w: Float64Array.of(0.3 * scale, 1.1), b: Float64Array.of(scale), c: Float64Array.of(0.7, 0.2 * scale), rows });

  it('is bitwise the gradient-then-step path, without allocating the gradient', () => {
    const [p1, p2] = [params(), params()];
    const [s1, s2] = [zeroSgdState(1, 2), zeroSgdState(1, 2)];
    const settings = { rate: 0.07, momentum: 0.6, weightDecay: 0.003 };
    for (let t = 0; t < 3; t++) {
      const pos = stats(3 + t, 4);
      const neg = stats(1 - t, 3);
      sgdMomentumStep(p1, s1, gradientFromStatistics(pos, neg), settings);
      sgdMomentumStepFromStatistics(p2, s2, pos, neg, settings);
    }
    expect(p2).toEqual(p1);
    expect(s2).toEqual(s1);
  });

  it('throws a NumericalError on non-finite sums before changing anything', () => {
    const p = params();
    const neg = stats(1, 3);
    neg.w[1] = NaN;
    expect(() => sgdMomentumStepFromStatistics(p, zeroSgdState(1, 2), stats(1, 4), neg, { rate: 0.1, momentum: 0, weightDecay: 0 })).toThrow(NumericalError);
    expect(p).toEqual(params());
  });
});

describe('learningRateAt', () => {
  it('constant, linear and exponential schedules', () => {
    expect(learningRateAt(0.1, { kind: 'constant' }, 57, 100, 10)).toBe(0.1);
    expect(learningRateAt(0.1, { kind: 'linear', finalFraction: 0.1 }, 0, 101, 10)).toBe(0.1);
    expect(learningRateAt(0.1, { kind: 'linear', finalFraction: 0.1 }, 100, 101, 10)).toBeCloseTo(0.01, 15);
    expect(learningRateAt(0.1, { kind: 'linear', finalFraction: 0 }, 50, 101, 10)).toBeCloseTo(0.05, 15);
    expect(learningRateAt(0.1, { kind: 'exponential', decay: 0.5 }, 20, 100, 10)).toBeCloseTo(0.025, 15);
    expect(learningRateAt(0.1, { kind: 'exponential', decay: 0.5 }, 5, 100, 10)).toBeCloseTo(0.1 * Math.SQRT1_2, 15);
  });
});
