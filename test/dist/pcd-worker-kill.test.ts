/**
 * PCD training over NATS survives a worker killed with SIGKILL mid-update and ends on the
 * undisturbed run's weights, bit for bit (the run folder's model.json) with the same learning
 * curve. A shard carries the parameters and its particles both ways, so a re-run is the
 * same bits; a coordinator that summed a shard twice, or wrote back particles from a stale
 * attempt, would change them. (A worker stopped: pcd-slow-worker.test.ts; the coordinator
 * killed: pcd-coordinator-kill.test.ts.)
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { ProcessGroup, resultOf } from './cluster.js';
import { embeddedPcdBaseline, PCD_UPDATES, HeartbeatWatch, modelOf, pcdUpdates, waitForProgress, writePcdSpec } from './stateful-runs.js';

const dir = tempDir('ebm-dist-pcd-kill-');
const spec = writePcdSpec(dir, 'pcd-kill');
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

describe('PCD over NATS with failures', () => {
  it('a worker killed mid-update: its shards re-run elsewhere, same weights', async () => {
    const watch = await HeartbeatWatch.start(server.url);
    const [victim] = await Promise.all([group.worker(server.url, 'victim'), group.worker(server.url, 'survivor')]);
    const runDir = join(dir, 'killed-worker');
    const run = group.ebm(['run', spec, '--nats', server.url, '--min-workers', '2', '--json', '--out', runDir]);
    const started = await waitForProgress(() => pcdUpdates(runDir), 10, run);
    // Killed while it runs a unit (its heartbeat says so), or, if no heartbeat catches it
    // busy before the next checkpoint, as that checkpoint's work is dispatched.
    const midUnit = await watch.busy('victim', run, () => pcdUpdates(runDir) > started);
    process.kill(victim.pid, 'SIGKILL');
    const killedAt = pcdUpdates(runDir);
    await watch.close();
    expect((await victim.exited).signal).toBe('SIGKILL');

    const result = await resultOf(run);
    expect(killedAt, 'the worker died mid-run').toBeLessThan(PCD_UPDATES);
    expect(modelOf(runDir)).toBe(weights);
    expect(result.learningCurve).toEqual(curve);
    // Killed mid-unit, its shard was retried (at the loss, 3.5 s without heartbeats, or as a
    // backup attempt), or at least the loss was logged.
    if (midUnit) expect(run.stderr()).toMatch(/unit \d+ retried|worker lost worker=victim/);
  });
});
