/**
 * PCD training over NATS survives a worker killed with SIGKILL mid-update and ends on the
 * undisturbed run's weights, bit for bit (the run folder's model.json) with the same learning
 * curve. The dead worker's data shards run again elsewhere; the particle shards it held move
 * with their last particles that came back and replay the updates since. A coordinator that
 * summed a shard twice, replayed with the wrong parameters or streams, or took particles from
 * a stale attempt would change the bits. The second case checkpoints only at the epochs' end,
 * so the particles come back only every 4 updates and a killed holder's shards usually have
 * updates to replay. (A worker stopped: pcd-slow-worker.test.ts; the coordinator killed:
 * pcd-coordinator-kill.test.ts.)
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { ProcessGroup, resultOf } from './cluster.js';
import { embeddedPcdBaseline, PCD_UPDATES, HeartbeatWatch, modelOf, pcdUpdates, waitForProgress, writePcdSpec } from './stateful-runs.js';

const dir = tempDir('ebm-dist-pcd-kill-');
const spec = writePcdSpec(dir, 'pcd-kill');
const rareDir = tempDir('ebm-dist-pcd-kill-rare-');
const rareSpec = writePcdSpec(rareDir, 'pcd-kill-rare', 0);
const group = new ProcessGroup();
let server: NatsServer;
let weights: string;
let curve: unknown;
let rare: { weights: string; curve: unknown };

beforeAll(async () => {
  server = await NatsServer.start();
  ({ weights, curve } = await embeddedPcdBaseline(dir, spec));
  rare = await embeddedPcdBaseline(rareDir, rareSpec);
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

  it('a worker killed between the particles coming back: its shards replay the updates since, same weights', async () => {
    const [victim] = await Promise.all([group.worker(server.url, 'victim2'), group.worker(server.url, 'survivor2')]);
    const runDir = join(rareDir, 'killed-worker');
    const run = group.ebm(['run', rareSpec, '--nats', server.url, '--min-workers', '2', '--json', '--out', runDir]);
    // Killed once the run reports 30 updates done (its progress lines come every 5): the
    // particles last came back after update 28, and 20 updates remain to need its shard.
    await waitForProgress(() => (/progress done=30 /.test(run.stderr()) ? 1 : 0), 1, run);
    process.kill(victim.pid, 'SIGKILL');
    expect((await victim.exited).signal).toBe('SIGKILL');

    await resultOf(run);
    expect(modelOf(runDir)).toBe(rare.weights);
    // The particle shard it held moved; how many updates it replayed depends on where in the
    // cycle of 4 the kill landed (0 only right after the particles came back).
    const moved = /particle shard \d+ goes to another worker with (\d+) update\(s\) to replay/.exec(run.stderr());
    expect(moved, run.stderr()).not.toBeNull();
    process.stderr.write(`pcd-worker-kill: the moved shard replayed ${moved![1]} update(s)\n`);
  });
});
