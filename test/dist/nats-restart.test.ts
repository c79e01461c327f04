/**
 * The NATS server restarted mid-run (DESIGN.md, Failure): coordinator and workers reconnect
 * on their own, the units lost with the server are sent again, and the run completes with
 * the undisturbed bits. A client that gave up reconnecting, or a dispatcher that waited for
 * replies lost with the server, would fail or hang here.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { AIS_UNITS, LONG_RUN, estimateFields, ProcessGroup, resultOf, waitForUnits, writeAisSpec } from './cluster.js';

const dir = tempDir('ebm-dist-restart-');
const spec = writeAisSpec(dir, 'nats-restart', LONG_RUN.steps, LONG_RUN.sweeps);
const group = new ProcessGroup();
let server: NatsServer;

beforeAll(async () => { server = await NatsServer.start(); });
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('the NATS server restarted mid-run', () => {
  it('costs only the messages in flight: same bits', async () => {
    const embedded = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'embedded')]);
    expect(embedded.status, embedded.stderr).toBe(0);

    const workers = await Promise.all([group.worker(server.url, 'r1'), group.worker(server.url, 'r2')]);
    const runDir = join(dir, 'nats');
    const run = group.ebm(['run', spec, '--nats', server.url, '--min-workers', '2', '--json', '--out', runDir]);
    const restartedAt = await waitForUnits(runDir, 1, run);
    await server.restart(500);

    const result = await resultOf(run).catch((error: Error) => {
      throw new Error(`${error.message}\n${workers.map((w) => w.stderr()).join('\n')}`);
    });
    expect(restartedAt, 'the server restarted mid-run').toBeLessThan(AIS_UNITS);
    expect(estimateFields(result)).toEqual(estimateFields(JSON.parse(embedded.stdout)));
    // Every process saw the connection go and come back.
    for (const p of [run, ...workers]) expect(p.stderr()).toMatch(/NATS reconnected/);
  });
});
