/**
 * The train-poe task through the real `ebm` command, on exact draws of a known 2-D product of
 * Student-t experts: CD training raises the held-out log-likelihood (log Z by quadrature), and
 * AIS from the Gaussian base gets the learned model's log Z within 4 standard errors of quadrature.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAisChains } from '../../core/ais/ais-chains.js';
import { aisEstimate } from '../../core/ais/ais-estimate.js';
import { sigmoidSchedule } from '../../core/ais/schedule.js';
import { parseModelText } from '../../core/models/model-file.js';
import type { StudentTProduct } from '../../core/models/student-t-poe.js';
import { streamRng } from '../../core/rng/rng.js';
import { poeMeanLogLikelihood, poeTrainingData } from '../../coordinator/poe-train-task.js';
import { poeTrainSpecSchema } from '../../experiments/poe-train-spec.js';
import { runEbm, tempDir } from '../support/cli.js';

const dir = tempDir('ebm-train-poe-');

const teacher = { type: 'poe', name: 'teacher', experts: 'student-t', d: 2, W: [[1.5, 0], [0.6, 1.2], [-1, 1]], alpha: [1.5, 1, 2], sigma: 3 };

describe('train-poe', () => {
  it('CD-1 raises the held-out log-likelihood to near the teacher, and AIS agrees with quadrature on the learned model', async () => {
    const raw = { task: 'train-poe', name: 'poe-cd', seed: 2, experts: 3, sigma: 3, data: { model: teacher, rows: 2000, testRows: 1000 }, epochs: 12, batchSize: 100, k: 1, learningRate: 0.05 };
    const file = join(dir, 'poe.yaml');
    writeFileSync(file, JSON.stringify(raw));
    const run = await runEbm(['run', file, '--workers', '1', '--json', '--out', join(dir, 'run')]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    const curve = result.learningCurve as Array<{ testLogLik: number }>;
    expect(curve).toHaveLength(13);
    // From random filters (about -3.4 nats) most of the way to the teacher (-2.14): CD's
    // fixed point is not exactly the maximum of the likelihood, so no tighter target.
    expect(curve[12].testLogLik - curve[0].testLogLik).toBeGreaterThan(0.8);
    expect(result.stderr).toBeGreaterThan(0);

    // The learned model against the teacher on the held-out draws, paired per row: the mean
    // difference must be within 4 standard errors plus 0.05 nats (CD-1's bias, 0.01 seen).
    const learned = parseModelText(readFileSync(join(dir, 'run', 'model.json'), 'utf8'), 'model.json') as StudentTProduct;
    const { teacher: exactTeacher, test } = poeTrainingData(poeTrainSpecSchema.parse(raw), file);
    const own = poeMeanLogLikelihood(learned, test);
    expect(own.logLik).toBeCloseTo(result.testLogLik, 10);
    const logZs = [learned.exactLogZ().logZ, exactTeacher.exactLogZ().logZ];
    const diffs = Array.from({ length: 1000 }, (_, r) => {
      const x = test.subarray(2 * r, 2 * r + 2);
      return -learned.energy(x) - logZs[0] - (-exactTeacher.energy(x) - logZs[1]);
    });
    const mean = diffs.reduce((a, b) => a + b, 0) / 1000;
    const se = Math.sqrt(diffs.reduce((a, b) => a + (b - mean) ** 2, 0) / 999 / 1000);
    expect(mean).toBeGreaterThan(-(0.05 + 4 * se));

    // AIS from the Gaussian base on the learned model, against quadrature: a learned model
    // whose filters or exponents broke the path (e.g. a non-positive alpha) would miss.
    const path = learned.temperedPath();
    const { logWeights } = runAisChains({ path, betas: sigmoidSchedule(200), chains: 300, sweeps: 3, rng: streamRng(4, 'ais.chain', 0) });
    const estimate = aisEstimate(logWeights, path.logZ0);
    expect(estimate.ess).toBeGreaterThan(30);
    expect(Math.abs(estimate.logZ - own.logZ)).toBeLessThan(4 * estimate.stderr);
  });

  it('refuses a teacher that is not a poe, naming the field', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, JSON.stringify({ task: 'train-poe', name: 'poe-bad', data: { model: { type: 'bm', n: 2, W: [[0, 1], [1, 0]], b: [0, 0] } } }));
    const run = await runEbm(['run', file, '--out', join(dir, 'bad')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/ebm: error: .*data\.model\.type: must be a poe model/);
  });
});
