/** A SIGKILLed `ebm run` of a train spec, resumed with `ebm resume`, ends on the same weights as an uninterrupted run. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ebmBin, runEbm, tempDir } from '../support/cli.js';
import { curveOf, modelOf, writeTrainSpec } from './train-fixture.js';

const dir = tempDir('ebm-train-resume-');

describe('train checkpoints', () => {
  it('resumes a SIGKILLed run from its checkpoint to the same final weights', async () => {
    const spec = writeTrainSpec(dir, 'train-resume', { epochs: 40, checkpointEvery: 10 });
    const reference = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'uninterrupted')]);
    expect(reference.status, reference.stderr).toBe(0);

    const runDir = join(dir, 'killed');
    const checkpoint = join(runDir, 'train.checkpoint.json');
    const child = spawn(process.execPath, [ebmBin, 'run', spec, '--workers', '2', '--out', runDir], { stdio: 'ignore' });
    let killedAt = 0;
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (!existsSync(checkpoint)) return;
        killedAt = JSON.parse(readFileSync(checkpoint, 'utf8')).nextUpdate;
        if (killedAt >= 20) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(poll);
        reject(new Error('the run finished before it could be killed; make it longer'));
      });
    });
    expect(killedAt).toBeLessThan(40 * 7);
    expect(existsSync(join(runDir, 'result.json'))).toBe(false);

    const resumed = await runEbm(['resume', runDir, '--json']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(modelOf(runDir)).toBe(modelOf(join(dir, 'uninterrupted')));
    expect(curveOf(resumed.stdout)).toEqual(curveOf(reference.stdout));
  });

});
