import { describe, expect, it } from 'vitest';
import { adaptLadder, estimateBarrier } from '../../../core/pt/schedule-adaptation.js';
import { ising2dType } from '../../../core/models/ising2d.js';
import { runPt } from '../../../core/pt/run-pt.js';
import { enumerateIsing, exactGlobalBarrier, exactSwapAcceptance } from './ising-enumeration.js';

describe('schedule adaptation', () => {
  it('keeps a ladder whose rejections are already equal, and keeps both ends', () => {
    const betas = [0, 0.25, 0.5, 0.75, 1];
    const next = adaptLadder(betas, [0.6, 0.6, 0.6, 0.6]);
    for (let i = 0; i < betas.length; i++) expect(next[i]).toBeCloseTo(betas[i], 12);
    expect(estimateBarrier([0.6, 0.6, 0.6, 0.6]).globalBarrier).toBeCloseTo(1.6, 12);
    expect(estimateBarrier([0.6, 0.6, 0.6, 0.6]).suggestedReplicas).toBe(4);
  });

  it('moves points toward the pairs that reject most', () => {
    // All the barrier sits in the last pair: the new ladder crowds into [0.75, 1].
    const next = adaptLadder([0, 0.25, 0.5, 0.75, 1], [1, 1, 1, 0.1]);
    expect(next[0]).toBe(0);
    expect(next[4]).toBe(1);
    for (let i = 1; i < 4; i++) {
      expect(next[i]).toBeGreaterThan(0.75);
      expect(next[i]).toBeGreaterThan(next[i - 1]);
    }
  });

  it('converges on 4x4 Ising at beta 0.6, where the barrier is known exactly by enumeration', () => {
    const beta = 0.6;
    const e = enumerateIsing(4, 4);
    const model = ising2dType.parse({ type: 'ising2d', rows: 4, cols: 4, beta }, 'test');
    const result = runPt({ path: model.temperedPath(), seed: 3, replicas: 10, rounds: 10 });
    // The exact acceptance of every pair of the adapted ladder (enumeration, not sampling):
    const exact = result.betas.slice(1).map((b, i) => exactSwapAcceptance(e, beta, result.betas[i], b));
    const spread = Math.max(...exact) - Math.min(...exact);
    // An evenly spaced ladder has a spread of 0.23 here; adaptation must equalise it.
    expect(spread).toBeLessThan(0.08);
    // The measured acceptances match the exact ones at the same ladder (1024 scans: +-0.05 is
    // several standard errors) -- catches a swap probability recorded for the wrong pair.
    for (let i = 0; i < exact.length; i++) expect(Math.abs(result.swapAcceptance[i] - exact[i])).toBeLessThan(0.05);
    // Lambda: the sum of rejections approaches the integral of the local barrier
    // (Syed et al. 2021, Theorem 3) when rejections are equal and small.
    const lambda = exactGlobalBarrier(e, beta);
    expect(Math.abs(result.globalBarrier - lambda) / lambda).toBeLessThan(0.1);
    expect(result.suggestedReplicas).toBe(Math.ceil(2 * result.globalBarrier));
    expect(result.globalBarrierPerRound).toHaveLength(10);
  });
});
