/**
 * Same spec and seed, bitwise-identical estimates whatever the number of worker threads
 * (DESIGN.md, Determinism); a killed run resumed from its folder lands on the same bits.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { estimateFields } from '../support/result-fields.js';
import { killAtCheckpoint } from '../support/kill-at-checkpoint.js';

const dir = tempDir();
const spec = join(dir, 'ais.yaml');
writeFileSync(
  spec,
  [
    'task: logz',
    'name: determinism',
    'model: { type: ising2d, rows: 8, cols: 8, beta: 0.44068679350977147, logZ_exact: 60.14178078906915 }',
    'seed: 7',
    'ais: { chains: 48, chainsPerUnit: 4, schedule: { kind: linear, steps: 300 } }',
    '',
  ].join('\n'),
);

describe('AIS determinism', () => {
  it('gives the same bits with 1, 2 and 4 worker threads', async () => {
    const results = [];
    for (const workers of [1, 2, 4]) {
      const run = await runEbm(['run', spec, '--workers', String(workers), '--json', '--out', join(dir, `w${workers}`)]);
      expect(run.status, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout);
      expect(result.workers).toBe(workers);
      results.push(estimateFields(result));
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    // And it is a real estimate: within 4 standard errors of the exact value (catches a
    // reduction that reorders or drops chains while staying self-consistent).
    const r = results[0] as { logZ: number; stderr: number };
    expect(Math.abs(r.logZ - 60.14178078906915)).toBeLessThan(4 * r.stderr);
  });

  it('resumes a killed run from its checkpoint to the same result', async () => {
    const bigSpec = join(dir, 'big.yaml');
    writeFileSync(bigSpec, readFileSync(spec, 'utf8').replace('steps: 300', 'steps: 100000').replace('name: determinism', 'name: resume'));
    const reference = await runEbm(['run', bigSpec, '--workers', '2', '--json', '--out', join(dir, 'uninterrupted')]);
    expect(reference.status, reference.stderr).toBe(0);

    const runDir = join(dir, 'killed');
    const checkpoint = join(runDir, 'units.checkpoint.json');
    // Kill it once a unit is checkpointed (the first is written at once), before it can finish.
    await killAtCheckpoint(['run', bigSpec, '--workers', '1', '--out', runDir], checkpoint, (saved) => Object.keys(saved.units).length, 1);
    expect(existsSync(join(runDir, 'result.json'))).toBe(false);
    const done = Object.keys(JSON.parse(readFileSync(checkpoint, 'utf8')).units).length;
    expect(done).toBeLessThan(12);

    const resumed = await runEbm(['resume', runDir, '--json']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(estimateFields(JSON.parse(resumed.stdout))).toEqual(estimateFields(JSON.parse(reference.stdout)));
  });
});
