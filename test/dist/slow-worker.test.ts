/**
 * A slow worker (stopped with SIGSTOP mid-run: its connection stays open, and the coordinator
 * counts it live until its heartbeats have been missing for 3.5 s): the run does not wait for
 * it. Its units in flight get backup attempts on the other worker after 3 s without a reply,
 * or another attempt when it is counted lost, and new units go to the other worker. When it
 * is continued (SIGCONT) its late replies are ignored. The result keeps the undisturbed bits.
 * A dispatcher without backup attempts or loss handling would wait for the stopped worker
 * until the unit timeout (minutes).
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { AIS_UNITS, LONG_RUN, estimateFields, ProcessGroup, resultOf, waitForOutput, waitForUnits, writeAisSpec } from './cluster.js';

const dir = tempDir('ebm-dist-slow-');
const spec = writeAisSpec(dir, 'slow-worker', LONG_RUN.steps, LONG_RUN.sweeps);
const group = new ProcessGroup();
let server: NatsServer;

beforeAll(async () => { server = await NatsServer.start(); });
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('a worker stopped mid-run', () => {
  it('is worked around, and its late duplicates change nothing', async () => {
    const embedded = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'embedded')]);
    expect(embedded.status, embedded.stderr).toBe(0);

    const [slow, healthy] = await Promise.all([group.worker(server.url, 'slow'), group.worker(server.url, 'healthy')]);
    const runDir = join(dir, 'nats');
    const run = group.ebm(['run', spec, '--nats', server.url, '--min-workers', '2', '--json', '--out', runDir]);
    const stoppedAt = await waitForUnits(runDir, 1, run);
    process.kill(slow.pid, 'SIGSTOP');
    // It held units (every worker has some in flight while units remain): they are retried
    // elsewhere, the run cannot end without them.
    await waitForOutput(run, /unit \d+ retried .*reason=(a worker was lost|no reply within .* a backup attempt)/);
    // Then it is continued: it finishes the units it held and replies late.
    process.kill(slow.pid, 'SIGCONT');

    const result = await resultOf(run);
    expect(stoppedAt, 'the worker stopped mid-run').toBeLessThan(AIS_UNITS - 2);
    expect(estimateFields(result)).toEqual(estimateFields(JSON.parse(embedded.stdout)));
    healthy.child.kill('SIGTERM');
    expect(await healthy.exited).toEqual({ status: 0, signal: null });
    process.kill(slow.pid, 'SIGKILL');
    await slow.exited;
  });
});
