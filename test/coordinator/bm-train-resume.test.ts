/**
 * A SIGKILLed `ebm run` of a train-bm spec with hidden units, resumed with `ebm resume`, ends on
 * the same weights and curve as an uninterrupted run: the checkpoint carries the parameters,
 * the velocity, the clamped chains' hidden units and the particles exactly. A blow-up stops the
 * run with a clear error and keeps the last good checkpoint.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BM_CHECKPOINT } from '../../coordinator/bm-checkpoint.js';
import { runEbm, tempDir } from '../support/cli.js';
import { killAtCheckpoint } from '../support/kill-at-checkpoint.js';

const dir = tempDir('ebm-train-bm-resume-');
const modelOf = (runDir: string) => readFileSync(join(runDir, 'model.json'), 'utf8');

describe('train-bm checkpoints', () => {
  it('resumes a SIGKILLed run from its checkpoint to the same final weights', async () => {
    const spec = join(dir, 'bm-resume.yaml');
    const updates = 18 * 7;
    writeFileSync(spec, JSON.stringify({ task: 'train-bm', name: 'bm-resume', seed: 5, hidden: 3, data: { kind: 'bars-stripes', side: 3, copies: 10 }, epochs: 18, batchSize: 20, particles: 20, k: 1, shardSize: 10, checkpointEvery: 3 }));
    const reference = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'uninterrupted')]);
    expect(reference.status, reference.stderr).toBe(0);

    const runDir = join(dir, 'killed');
    const checkpoint = join(runDir, BM_CHECKPOINT);
    const killedAt = await killAtCheckpoint(['run', spec, '--workers', '2', '--out', runDir], checkpoint, (saved) => saved.nextUpdate, 10);
    expect(killedAt).toBeLessThan(updates);
    expect(existsSync(join(runDir, 'result.json'))).toBe(false);

    const resumed = await runEbm(['resume', runDir, '--json']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(modelOf(runDir)).toBe(modelOf(join(dir, 'uninterrupted')));
    expect(JSON.parse(resumed.stdout).learningCurve).toEqual(JSON.parse(reference.stdout).learningCurve);
  });

  it('stops on a numerical blow-up with a clear error and keeps the last good checkpoint', async () => {
    const file = join(dir, 'bm-blowup.yaml');
    writeFileSync(file, JSON.stringify({ task: 'train-bm', name: 'bm-blowup', data: { kind: 'bars-stripes', side: 3, copies: 10 }, hidden: 2, epochs: 5, batchSize: 20, particles: 20, shardSize: 10, learningRate: 1e307, momentum: 0.9, checkpointEvery: 1 }));
    const runDir = join(dir, 'blowup');
    const run = await runEbm(['run', file, '--workers', '2', '--out', runDir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^ebm: error: NumericalError: .*(not finite|non-finite)/m);
    expect(existsSync(join(runDir, 'result.json'))).toBe(false);
    const saved = JSON.parse(readFileSync(join(runDir, BM_CHECKPOINT), 'utf8'));
    const W = new Float64Array(new Uint8Array(Buffer.from(saved.W, 'base64')).buffer);
    expect(W.every(Number.isFinite)).toBe(true);
    expect(saved.nextUpdate).toBeGreaterThan(0);
  });
});
