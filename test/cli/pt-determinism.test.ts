/**
 * Parallel tempering through the real `ebm` command (issue 4): the same bits for any number of
 * worker threads, and a run killed after a round checkpoint resumes to the same bits.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PT_CHECKPOINT } from '../../coordinator/pt-checkpoint.js';
import { ebmBin, runEbm, tempDir } from '../support/cli.js';
import { untimedFields } from '../support/result-fields.js';

const dir = tempDir();

function writeSpec(name: string, model: string, pt: string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, [`task: logz`, `name: ${name}`, `model: ${model}`, 'seed: 11', 'method: pt', `pt: ${pt}`, ''].join('\n'));
  return file;
}

describe('PT determinism', () => {
  it('gives the same bits with 1, 2 and 3 worker threads', async () => {
    const spec = writeSpec('pt-determinism', '{ type: ising2d, rows: 8, cols: 8, beta: 0.44068679350977147 }', '{ replicas: 6, rounds: 6, copies: 3 }');
    const results = [];
    for (const workers of [1, 2, 3]) {
      const run = await runEbm(['run', spec, '--workers', String(workers), '--json', '--out', join(dir, `w${workers}`)]);
      expect(run.status, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout);
      expect(result.workers).toBe(workers);
      results.push(untimedFields(result));
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    const r = results[0] as Record<string, unknown>;
    // DESIGN.md's PT fields, and the per-round table printed as rounds finished.
    expect(r).toMatchObject({ method: 'pt', replicas: 6, rounds: 6, copies: 3 });
    expect(r.swapAcceptance).toHaveLength(5);
    expect(r.table).toHaveLength(6);
    expect(typeof r.globalBarrier).toBe('number');
    expect(typeof r.roundTrips).toBe('number');
    expect((r.observables as { binder?: unknown }[])[5].binder).toBeDefined();
  });

  it('resumes a run killed after a round checkpoint to the same bits', async () => {
    // States checkpointed every 3 rounds (not the default 4): the spec's field reaches the run.
    const spec = writeSpec('pt-resume', '{ type: ising2d, rows: 16, cols: 16, beta: 0.4 }', '{ replicas: 8, rounds: 12, checkpointEvery: 3 }');
    const reference = await runEbm(['run', spec, '--workers', '1', '--json', '--out', join(dir, 'uninterrupted')]);
    expect(reference.status, reference.stderr).toBe(0);

    const runDir = join(dir, 'killed');
    const child = spawn(process.execPath, [ebmBin, 'run', spec, '--workers', '2', '--out', runDir], { stdio: 'ignore' });
    const checkpoint = join(runDir, PT_CHECKPOINT);
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        try {
          if (existsSync(checkpoint) && JSON.parse(readFileSync(checkpoint, 'utf8')).round >= 6) {
            clearInterval(poll);
            child.kill('SIGKILL');
            resolve();
          }
        } catch {
          // the file is replaced atomically; a read racing the rename just tries again
        }
      }, 10);
      child.on('exit', () => {
        clearInterval(poll);
        reject(new Error('the run finished before it could be killed; make it longer'));
      });
    });
    expect(existsSync(join(runDir, 'result.json'))).toBe(false);
    const killedAt = JSON.parse(readFileSync(checkpoint, 'utf8')).round as number;
    expect(killedAt).toBeLessThan(12);
    expect(killedAt % 3, `checkpointed after round ${killedAt}`).toBe(0);

    const resumed = await runEbm(['resume', runDir, '--json']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(untimedFields(JSON.parse(resumed.stdout))).toEqual(untimedFields(JSON.parse(reference.stdout)));
  });

});
