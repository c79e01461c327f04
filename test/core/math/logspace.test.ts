import { describe, expect, it } from 'vitest';
import { logAddExp, logMeanExp, logSubExp, logSumExp, sigmoid, signedLogSumExp, softplus } from '../../../core/math/logspace.js';

describe('log-space math', () => {
  it('logSumExp matches the direct sum where that is finite, and survives where it is not', () => {
    expect(logSumExp([1, 2, 3])).toBeCloseTo(Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)), 14);
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logSumExp([-1000, -1000])).toBeCloseTo(-1000 + Math.LN2, 12);
    expect(logSumExp([])).toBe(-Infinity);
    expect(logSumExp([-Infinity, 0])).toBe(0);
  });

  it('logMeanExp is logSumExp less log n, over a sub-range too', () => {
    expect(logMeanExp([5, 5, 5, 5])).toBeCloseTo(5, 14);
    expect(logMeanExp([0, 1, 2, 3], 1, 3)).toBeCloseTo(Math.log((Math.E + Math.E ** 2) / 2), 14);
  });

  it('softplus and sigmoid are accurate in both tails', () => {
    expect(softplus(0)).toBeCloseTo(Math.LN2, 15);
    expect(softplus(800)).toBe(800);
    expect(softplus(-800)).toBe(0);
    expect(softplus(-40)).toBeCloseTo(Math.exp(-40), 30);
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
  });

  it('logAddExp, logSubExp and the signed sum agree with direct arithmetic', () => {
    expect(logAddExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 14);
    expect(logSubExp(Math.log(5), Math.log(3))).toBeCloseTo(Math.log(2), 14);
    const s = signedLogSumExp([Math.log(5), Math.log(3)], [1, -1]);
    expect(s.sign).toBe(1);
    expect(s.logAbs).toBeCloseTo(Math.log(2), 14);
    const n = signedLogSumExp([Math.log(5), Math.log(7)], [1, -1]);
    expect(n.sign).toBe(-1);
    expect(n.logAbs).toBeCloseTo(Math.log(2), 14);
  });
});
