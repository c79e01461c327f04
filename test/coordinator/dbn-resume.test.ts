/**
 * A dbn run resumed after its first layer finished (the run folder as a crash between the
 * layers leaves it: layer-1/ complete with its checkpoints, nothing of layer 2 or the end)
 * lands on the same bits as the uninterrupted run: the same DBN, bound and log Z_top.
 */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { writeDbnSpec } from './dbn-fixture.js';

const dir = tempDir('ebm-dbn-resume-');

describe('dbn resume', () => {
  it('resumes after the first layer to the same final bound bits', async () => {
    const spec = writeDbnSpec(dir, 'dbn-resume');
    const full = join(dir, 'full');
    const reference = await runEbm(['run', spec, '--workers', '2', '--json', '--out', full]);
    expect(reference.status, reference.stderr).toBe(0);

    const resumedDir = join(dir, 'after-layer-1');
    cpSync(full, resumedDir, { recursive: true });
    for (const part of ['layer-2', 'result.json', 'model.json', 'samples.png', 'report.html']) rmSync(join(resumedDir, part), { recursive: true, force: true });
    expect(existsSync(join(resumedDir, 'layer-1', 'train.checkpoint.json'))).toBe(true);

    const resumed = await runEbm(['resume', resumedDir, '--json']);
    expect(resumed.status, resumed.stderr).toBe(0);
    const a = JSON.parse(reference.stdout);
    const b = JSON.parse(resumed.stdout);
    for (const field of ['testLogLikBound', 'testLogLikBoundStderr', 'logZTop', 'logZTopStderr', 'boundMinusFirstLayer']) expect(b[field], field).toBe(a[field]);
    expect(b.firstLayer.testLogLikLower).toBe(a.firstLayer.testLogLikLower);
    expect(readFileSync(join(resumedDir, 'model.json'), 'utf8')).toBe(readFileSync(join(full, 'model.json'), 'utf8'));
  });
});
