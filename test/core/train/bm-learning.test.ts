/**
 * The pieces of Boltzmann-machine PCD against exact answers by enumeration: the shard sums,
 * the clamped (positive-phase) chains' conditional p(h | v), exact draws, the exact
 * log-likelihood against the model's own marginal, and the parameter step.
 */
import { describe, expect, it } from 'vitest';
import { BoltzmannMachine, bmType } from '../../../core/models/bm.js';
import { logSumExp } from '../../../core/math/logspace.js';
import { streamRng } from '../../../core/rng/rng.js';
import { bmParamsToModelJson, type BmParams } from '../../../core/train/bm-params.js';
import { bmGradient, bmSgdStep, zeroBmVelocity } from '../../../core/train/bm-sgd.js';
import { accumulateBmStatistics, bmShardStatistics, emptyBmStatistics } from '../../../core/train/bm-statistics.js';
import { bmLogWeights, drawExactBmStates, exactBmMeanLogLikelihood, exactBmMoments, exactMaximumLikelihood } from '../../../core/train/bm-exact.js';

function randomParams(n: number, spin: boolean, hidden: number, seed: number, scale = 0.8): BmParams {
  const rng = streamRng(seed, 'test.bm-learning', 0);
  const W = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) W[i * n + j] = W[j * n + i] = scale * rng.nextGaussian();
  const b = Float64Array.from({ length: n }, () => 0.5 * rng.nextGaussian());
  return { n, spin, hidden, W, b };
}

const machineOf = (p: BmParams) => bmType.parse(bmParamsToModelJson(p) as Record<string, unknown>, 'test') as BoltzmannMachine;

describe('bm learning: shard statistics', () => {
  it('a fully clamped shard is exact: the data sums, states untouched (the fully visible positive phase)', () => {
    const p = randomParams(5, false, 0, 1);
    const states = Int8Array.from([1, 0, 1, 1, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1]);
    const before = Int8Array.from(states);
    const s = bmShardStatistics({ params: p, states, clamped: 5, k: 3, rng: streamRng(1, 't', 0) });
    expect(states).toEqual(before);
    expect(s.rows).toBe(3);
    expect(Array.from(s.units)).toEqual([2, 2, 3, 2, 2]);
    // pairs[0][2] = rows where x0 = x2 = 1: rows 0 and 2.
    expect(s.pairs[0 * 5 + 2]).toBe(2);
    expect(s.pairs[2 * 5 + 0]).toBe(2);
  });

  it('clamped chains sample the hidden units from the exact p(h | v) (catches a positive phase that moves v or samples the wrong conditional)', () => {
    for (const spin of [false, true]) {
      const p = randomParams(6, spin, 3, spin ? 3 : 2, 1);
      const low = spin ? -1 : 0;
      const v = [1, low, 1];
      const chains = 4000;
      const states = new Int8Array(chains * 6);
      for (let c = 0; c < chains; c++) states.set([...v, low, low, low], c * 6);
      const s = bmShardStatistics({ params: p, states, clamped: 3, k: 6, rng: streamRng(4, 't', spin ? 1 : 0) });
      for (let c = 0; c < chains; c++) expect(Array.from(states.subarray(c * 6, c * 6 + 3))).toEqual(v);
      // Exact E[h_j | v] from the joint log weights of the 8 hidden configurations.
      const logW = bmLogWeights(p);
      const vCode = v.reduce((code, x, i) => code | (x === 1 ? 1 << i : 0), 0);
      const terms = Array.from({ length: 8 }, (_, h) => logW[vCode + h * 8]);
      const logNorm = logSumExp(terms);
      for (let j = 0; j < 3; j++) {
        let mean = 0;
        let second = 0;
        for (let h = 0; h < 8; h++) {
          const x = (h >>> j) & 1 ? 1 : low;
          const prob = Math.exp(terms[h] - logNorm);
          mean += prob * x;
          second += prob * x * x;
        }
        const se = Math.sqrt((second - mean * mean) / chains);
        // 4.5 standard errors over 6 comparisons: a false alarm below 1e-4.
        expect(Math.abs(s.units[3 + j] / chains - mean)).toBeLessThan(4.5 * se);
      }
    }
  });

  it('sums add up over shards exactly as over one batch', () => {
    const p = randomParams(4, true, 0, 5);
    const states = drawExactBmStates(p, 30, streamRng(5, 'draw', 0));
    const whole = emptyBmStatistics(4);
    accumulateBmStatistics(whole, states, 4);
    const parts = emptyBmStatistics(4);
    accumulateBmStatistics(parts, states.subarray(0, 40), 4);
    accumulateBmStatistics(parts, states.subarray(40), 4);
    expect(parts).toEqual(whole);
  });
});

describe('bm learning: exact tools', () => {
  it('exact draws have the exact moments (within 4.5 standard errors)', () => {
    const p = randomParams(6, false, 0, 6);
    const count = 20000;
    const s = emptyBmStatistics(6);
    accumulateBmStatistics(s, drawExactBmStates(p, count, streamRng(6, 'draw', 0)), 6);
    const exact = exactBmMoments(p);
    for (let i = 0; i < 6; i++) {
      const m = exact.units[i];
      expect(Math.abs(s.units[i] / count - m)).toBeLessThan(4.5 * Math.sqrt((m * (1 - m)) / count));
      const q = exact.pairs[i * 6 + ((i + 1) % 6)];
      expect(Math.abs(s.pairs[i * 6 + ((i + 1) % 6)] / count - q)).toBeLessThan(4.5 * Math.sqrt((q * (1 - q)) / count));
    }
  });

  it('the exact mean log-likelihood agrees with BoltzmannMachine.logMarginal and logDensityOf (independent sums over h)', () => {
    for (const spin of [false, true]) {
      const p = randomParams(7, spin, 3, 7);
      const bm = machineOf(p);
      const visible = drawExactBmStates({ ...p, hidden: 0 }, 12, streamRng(7, 'draw', 0)).filter((_, k) => k % 7 < 4);
      let expected = 0;
      for (let r = 0; r < 12; r++) expected += bm.logMarginal(visible.subarray(r * 4, (r + 1) * 4));
      expect(exactBmMeanLogLikelihood(p, visible)).toBeCloseTo(expected / 12, 11);
      const logZ = bm.exactLogZ().logZ;
      expect(bm.logDensityOf(visible.subarray(0, 4)) - logZ).toBeCloseTo(bm.logMarginal(visible.subarray(0, 4)), 11);
    }
  });

  it('logDensityOf of a fully visible bm is normalised by its exact log Z; with hidden units it sums them out', () => {
    const p = randomParams(6, true, 0, 8);
    const bm = machineOf(p);
    const terms = Array.from({ length: 64 }, (_, c) => bm.logDensityOf(Array.from({ length: 6 }, (_, i) => ((c >>> i) & 1 ? 1 : -1))));
    expect(logSumExp(terms)).toBeCloseTo(bm.exactLogZ().logZ, 10);
    expect(() => bm.logDensityOf([1, 0, 1, 1, 1, 1])).toThrow(/take -1 or 1/);
    const hidden = machineOf({ ...p, hidden: 2 });
    expect(() => hidden.logDensityOf([1, 1, 1, 1, 1])).toThrow(/has 4 values/);
    // A whole state: the hidden entries are summed out, whatever they hold.
    expect(hidden.logDensityOf([1, -1, 1, 1, -1, -1])).toBe(hidden.logDensityOf([1, -1, 1, 1]));
    expect(hidden.logDensityOf([1, -1, 1, 1, 1, 1])).toBe(hidden.logDensityOf([1, -1, 1, 1]));
  });
});

describe('bm learning: the step', () => {
  it('keeps W symmetric with a zero diagonal, and a zero gradient changes nothing', () => {
    const p = randomParams(5, false, 0, 9);
    const states = drawExactBmStates(p, 50, streamRng(9, 'draw', 0));
    const pos = emptyBmStatistics(5);
    accumulateBmStatistics(pos, states.subarray(0, 100), 5);
    const neg = emptyBmStatistics(5);
    accumulateBmStatistics(neg, states.subarray(100), 5);
    const v = zeroBmVelocity(5);
    bmSgdStep(p, v, bmGradient(pos, neg, 5), { rate: 0.3, momentum: 0.5, weightDecay: 0.01 });
    for (let i = 0; i < 5; i++) {
      expect(p.W[i * 6]).toBe(0);
      for (let j = 0; j < 5; j++) expect(p.W[i * 5 + j]).toBe(p.W[j * 5 + i]);
    }
    const before = Float64Array.from(p.W);
    bmSgdStep(p, zeroBmVelocity(5), bmGradient(pos, pos, 5), { rate: 0.3, momentum: 0, weightDecay: 0 });
    expect(p.W).toEqual(before);
  });

  it('exact maximum likelihood matches the data moments (the fixed point PCD aims at)', () => {
    const p = randomParams(6, false, 0, 10);
    const data = emptyBmStatistics(6);
    accumulateBmStatistics(data, drawExactBmStates(p, 500, streamRng(10, 'draw', 0)), 6);
    const ml = exactMaximumLikelihood({ ...p, W: new Float64Array(36), b: new Float64Array(6) }, data, { iterations: 3000, rate: 1 });
    const model = exactBmMoments(ml);
    for (let i = 0; i < 6; i++) {
      expect(model.units[i]).toBeCloseTo(data.units[i] / 500, 5);
      for (let j = i + 1; j < 6; j++) expect(model.pairs[i * 6 + j]).toBeCloseTo(data.pairs[i * 6 + j] / 500, 5);
    }
  });
});
