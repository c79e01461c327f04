import { describe, expect, it } from 'vitest';
import { evaluateSpline, fritschCarlson, invertSpline } from '../../../core/pt/monotone-spline.js';

describe('Fritsch-Carlson monotone interpolation', () => {
  const x = [0, 0.1, 0.2, 0.5, 0.6, 1];
  const y = [0, 0.05, 1.5, 1.5, 1.6, 3];
  const spline = fritschCarlson(x, y);

  it('passes through the knots', () => {
    for (let k = 0; k < x.length; k++) expect(evaluateSpline(spline, x[k])).toBeCloseTo(y[k], 12);
  });

  it('never decreases and never overshoots, even across steep and flat pieces', () => {
    // A plain cubic spline through these knots overshoots near the jump at 0.1-0.2 and dips on
    // the flat piece; a non-monotone interpolant would give the adaptation a non-invertible barrier.
    let previous = -Infinity;
    for (let t = 0; t <= 1; t += 1e-3) {
      const v = evaluateSpline(spline, t);
      expect(v).toBeGreaterThanOrEqual(previous - 1e-12);
      previous = v;
    }
    for (let t = 0.2; t <= 0.5; t += 0.01) expect(evaluateSpline(spline, t)).toBeCloseTo(1.5, 12);
  });

  it('is exact on linear data and inverts its own values', () => {
    const line = fritschCarlson([0, 0.3, 0.7, 1], [0, 0.6, 1.4, 2]);
    expect(evaluateSpline(line, 0.45)).toBeCloseTo(0.9, 12);
    for (const t of [0.05, 0.15, 0.55, 0.61, 0.99]) expect(invertSpline(spline, evaluateSpline(spline, t))).toBeCloseTo(t, 9);
  });

  it('refuses decreasing data', () => {
    expect(() => fritschCarlson([0, 1, 2], [0, 2, 1])).toThrow(RangeError);
  });
});
