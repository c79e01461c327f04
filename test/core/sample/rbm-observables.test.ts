/**
 * Sampling an RBM (ground-truth/rbm_nv20_nh10.json) with block Gibbs: the mean visible
 * activity against its exact value, summed over the 2^10 hidden states,
 *   E[mean_i v_i] = sum_h p(h) (1/nv) sum_i sigmoid(b_i + (W h)_i),
 *   p(h) proportional to exp(c.h) prod_i (1 + exp(b_i + (W h)_i)).
 */
import { describe, expect, it } from 'vitest';
import { decodeNpy } from '../../../core/io/npy.js';
import { logSumExp, sigmoid, softplus } from '../../../core/math/logspace.js';
import { modelFromJson } from '../../../core/models/model-file.js';
import { sampleChains } from '../../../core/sample/sample-plan.js';
import { statesNpy } from '../../../core/sample/sample-output.js';
import { summarise } from '../../../core/sample/summary.js';
import { RHAT_THRESHOLD } from '../../../core/stats/rhat.js';
import { readGroundTruth } from '../../support/paths.js';

interface RbmFile {
  nv: number;
  nh: number;
  W: number[][];
  b: number[];
  c: number[];
}

function exactMeanActivity({ nv, nh, W, b, c }: RbmFile): number {
  const logWeights: number[] = [];
  const activity: number[] = [];
  for (let h = 0; h < 1 << nh; h++) {
    let logWeight = 0;
    let meanV = 0;
    for (let j = 0; j < nh; j++) if ((h >> j) & 1) logWeight += c[j];
    for (let i = 0; i < nv; i++) {
      let field = b[i];
      for (let j = 0; j < nh; j++) if ((h >> j) & 1) field += W[i][j];
      logWeight += softplus(field);
      meanV += sigmoid(field) / nv;
    }
    logWeights.push(logWeight);
    activity.push(meanV);
  }
  const logZ = logSumExp(logWeights);
  return logWeights.reduce((sum, lw, h) => sum + Math.exp(lw - logZ) * activity[h], 0);
}

describe('RBM nv20 nh10 with Gibbs', () => {
  it('mean activity within 3 MCSE of the exact value, R-hat < 1.01, binary states as uint8', () => {
    const json = JSON.parse(readGroundTruth('rbm_nv20_nh10.json')) as RbmFile;
    const model = modelFromJson(json, 'rbm_nv20_nh10.json');
    const set = sampleChains({ path: model.temperedPath(), seed: 8, chains: 8, chainsPerUnit: 4, burnIn: 500, thin: 1, draws: 3000, keepStates: true });
    const activity = summarise(set).observables.find((o) => o.name === 'mean_activity');
    if (!activity) throw new Error('no mean_activity observable');
    // A Gibbs half-step with a transposed W or a wrong bias moves the mean activity by far
    // more than 3 MCSE (~7e-4 here; the exact value is 0.48931).
    expect(Math.abs(activity.mean - exactMeanActivity(json))).toBeLessThan(3 * activity.mcse);
    expect(activity.rhat).toBeLessThan(RHAT_THRESHOLD);
    const npy = decodeNpy(statesNpy(set));
    expect(npy.descr).toBe('|u1');
    expect(npy.shape).toEqual([8, 3000, 20]);
    expect(npy.data.every((v) => v === 0 || v === 1)).toBe(true);
  });
});
