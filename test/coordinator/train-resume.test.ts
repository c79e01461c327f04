/** A SIGKILLed `ebm run` of a train spec, resumed with `ebm resume`, ends on the same weights as an uninterrupted run. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { curveOf, modelOf, writeTrainSpec } from './train-fixture.js';
import { killAtCheckpoint } from '../support/kill-at-checkpoint.js';

const dir = tempDir('ebm-train-resume-');

describe('train checkpoints', () => {
  it('resumes a SIGKILLed run from its checkpoint to the same final weights', async () => {
    const spec = writeTrainSpec(dir, 'train-resume', { epochs: 40, checkpointEvery: 10 });
    const reference = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'uninterrupted')]);
    expect(reference.status, reference.stderr).toBe(0);

    const runDir = join(dir, 'killed');
    const checkpoint = join(runDir, 'train.checkpoint.json');
    const killedAt = await killAtCheckpoint(['run', spec, '--workers', '2', '--out', runDir], checkpoint, (saved) => saved.nextUpdate, 20);
    expect(killedAt).toBeLessThan(40 * 7);
    expect(existsSync(join(runDir, 'result.json'))).toBe(false);

    const resumed = await runEbm(['resume', runDir, '--json']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(modelOf(runDir)).toBe(modelOf(join(dir, 'uninterrupted')));
    expect(curveOf(resumed.stdout)).toEqual(curveOf(reference.stdout));
  });

});
