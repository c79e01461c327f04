/** Shared by the AIS tests: run AIS on a model's uniform-reference path and estimate log Z. */
import { runAisChains } from '../../../core/ais/ais-chains.js';
import { aisEstimate, type AisEstimate } from '../../../core/ais/ais-estimate.js';
import { linearSchedule } from '../../../core/ais/schedule.js';
import { expect } from 'vitest';
import type { Model } from '../../../core/models/model.js';
import { streamRng } from '../../../core/rng/rng.js';

export interface AisRun {
  chains: number;
  steps: number;
  sweeps?: number;
  sampler?: string;
  seed: number;
}

export function aisLogZ(model: Model, run: AisRun): AisEstimate {
  const path = model.temperedPath();
  const { logWeights } = runAisChains({
    path,
    betas: linearSchedule(run.steps),
    chains: run.chains,
    sweeps: run.sweeps ?? 1,
    rng: streamRng(run.seed, 'ais.chain', 0),
    chainOptions: { sampler: run.sampler ?? 'metropolis' },
  });
  return aisEstimate(logWeights, path.logZ0);
}

/**
 * The estimate lies within 4 of its own standard errors of the stored exact log Z, and the
 * effective sample size exceeds a tenth of the chains (below that the delta-method error bar
 * means little, so passing the 4-SE test would prove nothing).
 */
export function expectAisMatchesExact(model: Model, run: AisRun): void {
  const exact = model.toJSON().logZ_exact as number;
  const estimate = aisLogZ(model, run);
  expect(estimate.ess).toBeGreaterThan(run.chains / 10);
  expect(Math.abs(estimate.logZ - exact)).toBeLessThan(4 * estimate.stderr);
}
