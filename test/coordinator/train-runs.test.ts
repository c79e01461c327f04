/**
 * Training through the real `ebm` command: bitwise-identical weights for 1 and 3 worker threads
 * (DESIGN.md, Determinism), and a blow-up that stops the run with a clear error while keeping the last good checkpoint.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { curveOf, modelOf, writeTrainSpec } from './train-fixture.js';

const dir = tempDir('ebm-train-');


describe('train runs', () => {
  it('gives bitwise-identical weights and curves with 1 and 3 worker threads', async () => {
    const spec = writeTrainSpec(dir, 'train-determinism', { epochs: 4, schedule: { kind: 'exponential', decay: 0.8 } });
    const a = await runEbm(['run', spec, '--workers', '1', '--json', '--out', join(dir, 'w1')]);
    const b = await runEbm(['run', spec, '--workers', '3', '--json', '--out', join(dir, 'w3')]);
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expect(modelOf(join(dir, 'w3'))).toBe(modelOf(join(dir, 'w1')));
    expect(curveOf(b.stdout)).toEqual(curveOf(a.stdout));
    const result = JSON.parse(a.stdout);
    expect(result.updates).toBe(4 * 7); // 140 rows / batch 20, over 4 epochs
    expect(result.learningCurve).toHaveLength(4);
    // And it learned something: the exact log-likelihood of the 14 patterns rose.
    expect(result.learningCurve[3].exactLogLik).toBeGreaterThan(result.learningCurve[0].exactLogLik);
  });

  it('trains with a tempered negative phase (sampler: pt) to the same bits on 1 and 2 worker threads', async () => {
    const spec = writeTrainSpec(dir, 'train-pt', { epochs: 2, sampler: 'pt', pt: { replicas: 3, minBeta: 0.5 } });
    const a = await runEbm(['run', spec, '--workers', '1', '--json', '--out', join(dir, 'pt1')]);
    const b = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'pt2')]);
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expect(modelOf(join(dir, 'pt2'))).toBe(modelOf(join(dir, 'pt1')));
    const result = JSON.parse(a.stdout);
    expect(result.sampler).toBe('pt');
    expect(result.learningCurve[1].exactLogLik).toBeGreaterThan(result.learningCurve[0].exactLogLik - 0.5);
  });

  it('stops on a numerical blow-up with a clear error and keeps the last good checkpoint', async () => {
    const spec = writeTrainSpec(dir, 'train-blowup', { epochs: 5, learningRate: 1e307, momentum: 0.9, checkpointEvery: 1 });
    const runDir = join(dir, 'blowup');
    const run = await runEbm(['run', spec, '--workers', '2', '--out', runDir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^ebm: error: NumericalError: .*(not finite|non-finite)/m);
    expect(existsSync(join(runDir, 'result.json'))).toBe(false);
    const saved = JSON.parse(readFileSync(join(runDir, 'train.checkpoint.json'), 'utf8'));
    const W = new Float64Array(new Uint8Array(Buffer.from(saved.W, 'base64')).buffer);
    expect(W.every(Number.isFinite)).toBe(true);
    expect(saved.nextUpdate).toBeGreaterThan(0);
  });
});
