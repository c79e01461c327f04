/**
 * The coordinator killed with SIGKILL mid-run (DESIGN.md, Failure): `ebm resume RUN_DIR
 * --nats URL` continues from the run folder's checkpoint on the same workers and lands on the
 * undisturbed bits. A checkpoint that lost or re-encoded units, or a resume that re-ran
 * checkpointed units from other streams, would change them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { AIS_UNITS, LONG_RUN, checkpointedUnits, estimateFields, ProcessGroup, resultOf, waitForUnits, writeAisSpec } from './cluster.js';

const dir = tempDir('ebm-dist-resume-');
const spec = writeAisSpec(dir, 'coordinator-kill', LONG_RUN.steps, LONG_RUN.sweeps);
const group = new ProcessGroup();
let server: NatsServer;

beforeAll(async () => { server = await NatsServer.start(); });
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('the coordinator killed mid-run', () => {
  it('resumes from its checkpoint over NATS to the same bits', async () => {
    const embedded = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'embedded')]);
    expect(embedded.status, embedded.stderr).toBe(0);

    await Promise.all([group.worker(server.url, 'c1'), group.worker(server.url, 'c2')]);
    const runDir = join(dir, 'nats');
    const first = group.ebm(['run', spec, '--nats', server.url, '--min-workers', '2', '--json', '--out', runDir]);
    // The checkpoint is first written at the first unit, then at most once a second.
    await waitForUnits(runDir, 1, first);
    process.kill(first.pid, 'SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const done = checkpointedUnits(runDir);
    expect(done).toBeGreaterThanOrEqual(1);
    expect(done, 'killed mid-run').toBeLessThan(AIS_UNITS);
    expect(existsSync(join(runDir, 'result.json'))).toBe(false);

    const resumed = group.ebm(['resume', runDir, '--nats', server.url, '--min-workers', '2', '--json']);
    const result = await resultOf(resumed);
    expect(resumed.stderr()).toMatch(/resuming coordinator-kill/);
    expect(estimateFields(result)).toEqual(estimateFields(JSON.parse(embedded.stdout)));
  });
});
