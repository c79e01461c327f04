/**
 * Is the AIS error bar honest? Over 20 independent seeds on a small model, the z-scores
 * (estimate - exact) / stderr should look standard normal: mean within +-0.5 (a bias of
 * half a standard error, e.g. from a missing increment or a kernel slightly off pi_b, shows
 * as a shifted mean) and standard deviation in [0.6, 1.5] (a delta-method standard error
 * computed too small, say with the wrong M or without the max shift, inflates the spread;
 * one too large shrinks it). With 20 seeds the sample sd of true N(0, 1) z-scores lies in
 * [0.7, 1.3] with probability ~0.95, so these bounds leave room for chance alone.
 */
import { describe, expect, it } from 'vitest';
import { ising2dType } from '../../../core/models/ising2d.js';
import { parseModelText } from '../../../core/models/model-file.js';
import type { Model } from '../../../core/models/model.js';
import { readGroundTruth } from '../../support/paths.js';
import { aisLogZ } from './ais-support.js';

function zScores(model: Model, exact: number, chains: number, steps: number, sampler: string): number[] {
  const z: number[] = [];
  for (let seed = 0; seed < 20; seed++) {
    const estimate = aisLogZ(model, { chains, steps, sampler, seed: 100 + seed });
    z.push((estimate.logZ - exact) / estimate.stderr);
  }
  return z;
}

function expectCalibrated(z: number[]): void {
  const mean = z.reduce((a, x) => a + x, 0) / z.length;
  const sd = Math.sqrt(z.reduce((a, x) => a + (x - mean) ** 2, 0) / (z.length - 1));
  expect(Math.abs(mean)).toBeLessThan(0.5);
  expect(sd).toBeGreaterThan(0.6);
  expect(sd).toBeLessThan(1.5);
}

describe('AIS z-scores over 20 seeds are standard normal', () => {
  it('ising2d 8x8 at beta_c, Metropolis, 100 chains x 200 temperatures', () => {
    const model = ising2dType.parse({ type: 'ising2d', rows: 8, cols: 8, beta: 0.44068679350977147 }, 't');
    expectCalibrated(zScores(model, model.exactLogZ('kaufman').logZ, 100, 200, 'metropolis'));
  });

  it('ising_n16 (frustrated couplings), heat bath, 100 chains x 100 temperatures', () => {
    const model = parseModelText(readGroundTruth('ising_n16.json'), 'ising_n16.json');
    expectCalibrated(zScores(model, model.toJSON().logZ_exact as number, 100, 100, 'heatbath'));
  });
});
