/**
 * A worker holding PT copies stopped with SIGSTOP mid-run: its NATS connection stays open,
 * but PT rounds go to chosen workers, not to the queue group, so once its heartbeats stop
 * (3.5 s) its copies move to the other worker with their last full state and the rounds
 * since to replay, and nothing more is sent to it. Continued (SIGCONT), it answers late;
 * the late replies are ignored. A coordinator that waited for the stopped worker would hang
 * for the unit timeout (30 minutes); one that took a late reply twice would change the bits.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { ProcessGroup, resultOf, waitForOutput } from './cluster.js';
import { untimedFields } from '../support/result-fields.js';
import { writeAffinePtSpec } from './stateful-runs.js';

const dir = tempDir('ebm-dist-pt-stop-');
const spec = writeAffinePtSpec(dir, 'pt-stop');
const group = new ProcessGroup();
let server: NatsServer;

beforeAll(async () => { server = await NatsServer.start(); });
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('a worker holding PT copies stopped mid-run', () => {
  it('is left after its heartbeats stop; its copies replay elsewhere to the same bits', async () => {
    const embedded = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'embedded')]);
    expect(embedded.status, embedded.stderr).toBe(0);

    const [victim] = await Promise.all([group.worker(server.url, 'victim'), group.worker(server.url, 'survivor')]);
    const run = group.ebm(['run', spec, '--nats', server.url, '--min-workers', '2', '--json', '--out', join(dir, 'nats')]);
    // Round 5 done (after the round-4 checkpoint): round 6 is under way, two copies of it on
    // the victim (copies are spread over the workers, and a round takes a few tenths of a second).
    await waitForOutput(run, /^ebm:\s+5\s+200\s/m, 120_000);
    const killedDuring = run.stderr();
    process.kill(victim.pid, 'SIGSTOP');
    await waitForOutput(run, /worker victim was lost[^\n]*round\(s\) to replay/, 120_000);
    process.kill(victim.pid, 'SIGCONT');

    const result = await resultOf(run, 240_000);
    expect(killedDuring, 'the run was still going when the worker stopped').not.toMatch(/^ebm:\s+10\s+200\s/m);
    expect(untimedFields(result)).toEqual(untimedFields(JSON.parse(embedded.stdout)));
  }, 300_000);
});
