/**
 * The NATS server restarted in the middle of a PCD run whose particle shards are held on the
 * workers' chain hosts (coordinator/particle-shards.ts): what the outage loses is only the
 * requests and replies in flight. Coordinator and workers reconnect, the lost requests are
 * sent again (a holder that already ran one answers the duplicate with its last reply; one
 * that no longer holds the shard gets the last full particles and the updates to replay), and
 * the run ends on the embedded run's weights, bit for bit. A request never re-sent would hang
 * the run; an update run twice on a shard's particles would change the weights.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { ProcessGroup, resultOf } from './cluster.js';
import { embeddedPcdBaseline, modelOf, PCD_UPDATES, pcdUpdates, waitForProgress, writePcdSpec } from './stateful-runs.js';

const dir = tempDir('ebm-dist-pcd-restart-');
const spec = writePcdSpec(dir, 'pcd-restart');
const group = new ProcessGroup();
let server: NatsServer;

beforeAll(async () => { server = await NatsServer.start(); });
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('the NATS server restarted mid PCD run', () => {
  it('costs only the updates in flight: the same weights', async () => {
    const { weights, curve } = await embeddedPcdBaseline(dir, spec);
    const workers = await Promise.all([group.worker(server.url, 'r1'), group.worker(server.url, 'r2')]);
    const runDir = join(dir, 'nats');
    const run = group.ebm(['run', spec, '--nats', server.url, '--min-workers', '2', '--json', '--out', runDir]);
    await waitForProgress(() => pcdUpdates(runDir), 10, run);
    const restartedAt = pcdUpdates(runDir);
    await server.restart(500);

    const result = await resultOf(run, 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${workers.map((w) => w.stderr()).join('\n')}`);
    });
    expect(restartedAt, 'the server restarted mid-run').toBeLessThan(PCD_UPDATES);
    expect(modelOf(runDir)).toBe(weights);
    expect(result.learningCurve).toEqual(curve);
    for (const p of [run, ...workers]) expect(p.stderr()).toMatch(/NATS reconnected/);
  }, 120_000);
});
