/**
 * PCD training over NATS survives a worker stopped with SIGSTOP and ends on the undisturbed
 * run's weights, bit for bit (the run folder's model.json) with the same learning curve. Its
 * queue subscription stays, so NATS keeps routing data shards to it: only backup attempts
 * get them back. The particle shards it held move, with their last particles and the updates
 * since to replay, once its heartbeats stop. A coordinator that summed a late duplicate, or
 * took particles from a stale attempt, would change the bits.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { ProcessGroup, resultOf } from './cluster.js';
import { embeddedPcdBaseline, PCD_UPDATES, modelOf, pcdUpdates, waitForProgress, writePcdSpec } from './stateful-runs.js';

const dir = tempDir('ebm-dist-pcd-slow-');
const spec = writePcdSpec(dir, 'pcd-slow');
const group = new ProcessGroup();
let server: NatsServer;
let weights: string;
let curve: unknown;

beforeAll(async () => {
  server = await NatsServer.start();
  ({ weights, curve } = await embeddedPcdBaseline(dir, spec));
});
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('PCD over NATS with a worker stopped', () => {
  it('a worker stopped mid-update: backup attempts finish the run, late replies change nothing', async () => {
    const [slow] = await Promise.all([group.worker(server.url, 'slow'), group.worker(server.url, 'healthy')]);
    const runDir = join(dir, 'stopped-worker');
    const run = group.ebm(['run', spec, '--nats', server.url, '--min-workers', '2', '--json', '--out', runDir]);
    await waitForProgress(() => pcdUpdates(runDir), 10, run);
    process.kill(slow.pid, 'SIGSTOP');
    const stoppedAt = pcdUpdates(runDir);
    // A few updates later, continue it: it finishes the shards it held and replies late. (Each
    // update with a shard routed to it waits for a backup, >= 3 s, until NATS drops the
    // frozen connection: deploy/nats sets ping_interval 20 s x ping_max 3.)
    await waitForProgress(() => pcdUpdates(runDir), stoppedAt + 3, run, 120_000);
    process.kill(slow.pid, 'SIGCONT');

    const result = await resultOf(run);
    expect(stoppedAt + 3, 'the worker stopped mid-run').toBeLessThan(PCD_UPDATES);
    expect(modelOf(runDir)).toBe(weights);
    expect(result.learningCurve).toEqual(curve);
    // The stopped worker was worked around, not waited for: the particle shard it held moved
    // once its heartbeats stopped ("was lost"), and data shards that NATS routed to it (a
    // queue member at random) got backup attempts. Without either, each would wait for the
    // 5-minute shard timeout.
    expect(run.stderr()).toMatch(/unit \d+ retried .*(a backup attempt|worker slow was lost)/);
  });
});
