/**
 * The PCD / CD update against the exact gradient of a tiny RBM (Tieleman 2008; ALGORITHMS.md):
 * the positive phase is exact arithmetic (to 1e-12), the negative phase a Monte Carlo estimate
 * of the model expectation, checked within a few of its own standard errors.
 */
import { describe, expect, it } from 'vitest';
import { streamRng } from '../../../core/rng/rng.js';
import { shardStatistics } from '../../../core/train/shard-statistics.js';
import { addStatistics, emptyStatistics, gradientFromStatistics } from '../../../core/train/statistics.js';
import { exactModelMoments, rowsOf, tinyRbm } from './tiny-rbm.js';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe('positive statistics', () => {
  it('equal sum v P(h|v)^T, sum v, sum P(h|v) computed directly, to 1e-12', () => {
    const p = tinyRbm();
    const patterns = [0, 5, 15, 9, 6, 6, 1];
    const data = rowsOf(patterns, p.nv);
    const out = shardStatistics({ params: p, method: 'pcd', k: 1, data, particles: new Uint8Array(0), rng: streamRng(1, 't', 0) });
    expect(out.negative).toBeUndefined();
    const pos = out.positive!;
    expect(pos.rows).toBe(patterns.length);
    for (let j = 0; j < p.nh; j++) {
      let sumC = 0;
      for (let i = 0; i < p.nv; i++) {
        let sumW = 0;
        for (let r = 0; r < patterns.length; r++) {
          let a = p.c[j];
          for (let m = 0; m < p.nv; m++) a += data[r * p.nv + m] * p.W[m * p.nh + j];
          sumW += data[r * p.nv + i] * sigmoid(a);
          if (i === 0) sumC += sigmoid(a);
        }
        expect(Math.abs(pos.w[i * p.nh + j] - sumW)).toBeLessThan(1e-12);
      }
      expect(Math.abs(pos.c[j] - sumC)).toBeLessThan(1e-12);
    }
    for (let i = 0; i < p.nv; i++) expect(pos.b[i]).toBe(patterns.filter((x) => (x >> i) & 1).length);
  });

  it('add up exactly over shards', () => {
    const p = tinyRbm();
    const data = rowsOf([1, 2, 3, 4, 5, 6], p.nv);
    const whole = shardStatistics({ params: p, method: 'pcd', k: 1, data, particles: new Uint8Array(0), rng: streamRng(1, 't', 0) }).positive!;
    const sum = emptyStatistics(p.nv, p.nh);
    for (const part of [data.subarray(0, 8), data.subarray(8)]) {
      addStatistics(sum, shardStatistics({ params: p, method: 'pcd', k: 1, data: part, particles: new Uint8Array(0), rng: streamRng(1, 't', 0) }).positive!);
    }
    expect(sum.rows).toBe(6);
    for (let k = 0; k < sum.w.length; k++) expect(Math.abs(sum.w[k] - whole.w[k])).toBeLessThan(1e-12);
  });
});

describe('negative statistics', () => {
  // With many independent chains run long (k large), the particles are draws from the model;
  // the mean of v_i P(h_j|v) over P chains then has standard error sd / sqrt(P). A wrong
  // conditional (a transposed W, a missing bias, a sign) moves the means by far more than 5 SE.
  const chains = 20000;
  const k = 30;
  for (const method of ['pcd', 'cd'] as const) {
    it(`${method.toUpperCase()}-${k} matches the exact model expectation within 5 standard errors`, () => {
      const p = tinyRbm();
      const exact = exactModelMoments(p);
      const rng = streamRng(2, 'test.chains', 0);
      const start = new Uint8Array(chains * p.nv);
      for (let i = 0; i < start.length; i++) start[i] = rng.nextFloat() < 0.5 ? 1 : 0;
      const out = shardStatistics({
        params: p,
        method,
        k,
        data: method === 'cd' ? start : new Uint8Array(0),
        particles: method === 'pcd' ? start : new Uint8Array(0),
        rng: streamRng(2, 'test.gibbs', 0),
      });
      const neg = out.negative!;
      expect(neg.rows).toBe(chains);
      const check = (sum: number, mean: number) => {
        // Each term lies in [0, 1]: its variance is at most mean (1 - mean) for a 0/1 variable
        // and smaller for a probability, so sqrt(mean (1 - mean) / P) bounds the standard error.
        const se = Math.sqrt(Math.max(mean * (1 - mean), 1e-4) / chains);
        expect(Math.abs(sum / chains - mean)).toBeLessThan(5 * se);
      };
      for (let q = 0; q < exact.w.length; q++) check(neg.w[q], exact.w[q]);
      for (let i = 0; i < p.nv; i++) check(neg.b[i], exact.b[i]);
      for (let j = 0; j < p.nh; j++) check(neg.c[j], exact.c[j]);
      if (method === 'pcd') expect(out.positive).toBeUndefined();
    });
  }

  it('PCD advances the particles in place; CD leaves the data alone', () => {
    const p = tinyRbm();
    const particles = rowsOf([0, 0, 0, 0, 0, 0, 0, 0], p.nv);
    shardStatistics({ params: p, method: 'pcd', k: 3, data: new Uint8Array(0), particles, rng: streamRng(1, 't', 0) });
    expect(particles.some((x) => x === 1)).toBe(true);
    const data = rowsOf([0, 0, 0, 0], p.nv);
    shardStatistics({ params: p, method: 'cd', k: 3, data, particles: new Uint8Array(0), rng: streamRng(1, 't', 0) });
    expect(data.every((x) => x === 0)).toBe(true);
  });
});

describe('gradientFromStatistics', () => {
  it('divides each phase by its own row count', () => {
    const pos = { w: Float64Array.of(3), b: Float64Array.of(2), c: Float64Array.of(1), rows: 4 };
    const neg = { w: Float64Array.of(1), b: Float64Array.of(1), c: Float64Array.of(1), rows: 2 };
    const g = gradientFromStatistics(pos, neg);
    expect([g.w[0], g.b[0], g.c[0]]).toEqual([0.75 - 0.5, 0.5 - 0.5, 0.25 - 0.5]);
  });
});
