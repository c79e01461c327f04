/**
 * PT-PCD's negative phase (Desjardins et al. 2010): the beta = 1 replicas of tempered ladders
 * are draws from the model, whatever the ladder; the swaps move states, never lose them.
 */
import { describe, expect, it } from 'vitest';
import { streamRng } from '../../../core/rng/rng.js';
import { shardStatistics } from '../../../core/train/shard-statistics.js';
import { temperedNegativePhase, temperingLadder } from '../../../core/train/tempered-particles.js';
import { emptyStatistics } from '../../../core/train/statistics.js';
import { referenceKernel } from '../../../core/train/training-kernel.js';
import { exactModelMoments, tinyRbm } from './tiny-rbm.js';

describe('tempered negative phase', () => {
  it('the ladder runs evenly from minBeta to 1', () => {
    expect(Array.from(temperingLadder(5, 0.5))).toEqual([0.5, 0.625, 0.75, 0.875, 1]);
  });

  it('matches the exact model expectation within 5 standard errors (strongly coupled RBM)', () => {
    // Each term lies in [0, 1], so sqrt(mean (1 - mean) / P) bounds the standard error of the
    // mean over P ladders. A swap rule with a wrong sign, or statistics taken from another
    // temperature than beta = 1, shifts the means by far more than 5 SE on this model.
    const p = tinyRbm(4, 3, 2.5, 5);
    const exact = exactModelMoments(p);
    const ladders = 8000;
    const betas = temperingLadder(4, 0.3);
    const rng = streamRng(4, 'test.start', 0);
    const particles = new Uint8Array(ladders * betas.length * p.nv);
    for (let i = 0; i < particles.length; i++) particles[i] = rng.nextFloat() < 0.5 ? 1 : 0;
    const out = shardStatistics({ params: p, method: 'pcd', k: 20, data: new Uint8Array(0), particles, rng: streamRng(4, 'test.pt', 0), temperingBetas: betas });
    const neg = out.negative!;
    expect(neg.rows).toBe(ladders);
    const check = (sum: number, mean: number) => {
      const se = Math.sqrt(Math.max(mean * (1 - mean), 1e-4) / ladders);
      expect(Math.abs(sum / ladders - mean)).toBeLessThan(5 * se);
    };
    for (let q = 0; q < exact.w.length; q++) check(neg.w[q], exact.w[q]);
    for (let i = 0; i < p.nv; i++) check(neg.b[i], exact.b[i]);
    for (let j = 0; j < p.nh; j++) check(neg.c[j], exact.c[j]);
  });

  it('is reproducible from its stream, and refuses particles that do not make whole ladders', () => {
    const p = tinyRbm();
    const betas = temperingLadder(3, 0.5);
    const run = () => {
      const particles = new Uint8Array(10 * 3 * p.nv).fill(1);
      const out = emptyStatistics(p.nv, p.nh);
      temperedNegativePhase(p, referenceKernel, betas, particles, 10, 2, streamRng(9, 't', 0), out);
      return [Array.from(particles), Array.from(out.w)];
    };
    expect(run()).toEqual(run());
    expect(() =>
      shardStatistics({ params: p, method: 'pcd', k: 1, data: new Uint8Array(0), particles: new Uint8Array(7 * p.nv), rng: streamRng(1, 't', 0), temperingBetas: betas }),
    ).toThrow(/ladders of 3/);
  });
});
