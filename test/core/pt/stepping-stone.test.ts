/**
 * Stepping-stone log Z from PT against exact answers: the ground-truth Ising cases (Kaufman's
 * formula, transfer matrices) and, along the ladder, log Z(b) by enumeration; and the z-score
 * calibration of its batch-means standard error over seeds.
 */
import { describe, expect, it } from 'vitest';
import { parseModelOrCollection, storedLogZ } from '../../../core/models/model-file.js';
import { ising2dType } from '../../../core/models/ising2d.js';
import { runPt } from '../../../core/pt/run-pt.js';
import { readGroundTruth } from '../../support/paths.js';
import { enumerateIsing, exactLogZ } from './ising-enumeration.js';

const groundTruth = [
  ...parseModelOrCollection(readGroundTruth('ising2d.json'), 'ising2d.json').cases,
  ...parseModelOrCollection(readGroundTruth('ising2d_field.json'), 'ising2d_field.json').cases,
];
const chosen = ['ising2d_4x4_betac', 'ising2d_4x4_beta0.6', 'ising2d_8x8_beta0.2', 'ising2d_8x8_betac', 'ising2d_8x8_beta0.6', 'ising2d_8x8_beta0.3_h0.2', 'ising2d_12x6_beta0.6_h-0.1', 'ising2d_16x16_betac'];
/** About 2 Lambda replicas (Syed et al. 2021): Lambda is about 3.5 on 8x8 and 6.7 on 16x16 at beta_c. */
const replicasFor = (size: number) => (size > 100 ? 16 : 12);

describe('PT stepping-stone log Z', () => {
  for (const name of chosen) {
    it(`is within 4 standard errors of the exact log Z: ${name}`, () => {
      const model = groundTruth.find((m) => m.name === name);
      if (!model) throw new Error(`ground truth has no case ${name}`);
      const exact = storedLogZ(model) as number;
      const result = runPt({ path: model.temperedPath(), seed: 11, replicas: replicasFor(model.size), rounds: 11 });
      // 4 standard errors: a sign slip in one direction, a missing log Z0, a pair left out of
      // the sum, or an error bar that ignores autocorrelation all fail this.
      expect(Math.abs(result.logZ - exact)).toBeLessThan(4 * result.stderr);
      expect(result.stderr).toBeGreaterThan(0);
      expect(result.stderr).toBeLessThan(0.2);
      // Forward is biased low, backward high (Jensen); both within reach of the truth.
      expect(Math.abs(result.logZForward - exact)).toBeLessThan(6 * result.stderr + 0.05);
      expect(Math.abs(result.logZBackward - exact)).toBeLessThan(6 * result.stderr + 0.05);
      expect(result.warning).toBeUndefined();
    });
  }

  it('gives log Z(b) along the ladder: every ladder point against enumeration on 4x4', () => {
    const beta = 0.5;
    const model = ising2dType.parse({ type: 'ising2d', rows: 4, cols: 4, beta }, 'test');
    const e = enumerateIsing(4, 4);
    const result = runPt({ path: model.temperedPath(), seed: 5, replicas: 8, rounds: 11 });
    expect(result.logZCurve[0]).toBe(16 * Math.LN2);
    // Errors accumulate along the ladder; the whole-ladder stderr bounds each partial sum's.
    for (let i = 0; i < result.betas.length; i++) {
      expect(Math.abs(result.logZCurve[i] - exactLogZ(e, result.betas[i] * beta))).toBeLessThan(4 * result.stderr);
    }
    expect(result.logZCurve[result.logZCurve.length - 1]).toBeCloseTo(result.logZ, 12);
  });

  it('has calibrated error bars: z-scores over 20 seeds have mean ~ 0 and sd ~ 1 (4x4 at beta_c)', () => {
    const model = groundTruth.find((m) => m.name === 'ising2d_4x4_betac');
    if (!model) throw new Error('ground truth has no 4x4 case');
    const exact = storedLogZ(model) as number;
    const z: number[] = [];
    for (let seed = 100; seed < 120; seed++) {
      const result = runPt({ path: model.temperedPath(), seed, replicas: 6, rounds: 9 });
      z.push((result.logZ - exact) / result.stderr);
    }
    const mean = z.reduce((s, x) => s + x, 0) / z.length;
    const sd = Math.sqrt(z.reduce((s, x) => s + (x - mean) ** 2, 0) / (z.length - 1));
    // A standard error that ignores autocorrelation gives sd >> 1; a bias (e.g. reporting
    // only the forward direction) shifts the mean; an inflated error gives sd << 1.
    expect(Math.abs(mean)).toBeLessThan(0.5);
    expect(sd).toBeGreaterThan(0.6);
    expect(sd).toBeLessThan(1.5);
  });
});
