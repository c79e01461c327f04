/**
 * The NATS server restarted in the middle of a PT run (DESIGN.md, Failure): the copies'
 * states live on the workers' chain hosts, so what the outage loses is only the round
 * requests and replies in flight. Coordinator and workers reconnect, the lost requests are
 * sent again (the holder still has the copy, or the copy moves with its last full state and
 * the rounds to replay), and the run ends in the embedded run's bits. A request never re-sent
 * would hang the run; a round run twice on one copy's state, or a replay with another round's
 * ladder, would change the bits.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { untimedFields } from '../support/result-fields.js';
import { ProcessGroup, resultOf, waitForOutput } from './cluster.js';
import { PT_ROUNDS, writePtSpec } from './stateful-runs.js';

const dir = tempDir('ebm-dist-pt-restart-');
// 2 copies on 2 workers, the states back every 4 rounds (the default): the server goes down
// once round 5 is in, while round 6's requests are out on the workers, so a copy whose reply
// was lost moves with its round-4 state and round 5 to replay.
const spec = writePtSpec(dir, 'pt-restart');
const group = new ProcessGroup();
let server: NatsServer;

beforeAll(async () => { server = await NatsServer.start(); });
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('the NATS server restarted mid PT run', () => {
  it('costs only the rounds in flight: the same bits', async () => {
    const embedded = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'embedded')]);
    expect(embedded.status, embedded.stderr).toBe(0);

    const workers = await Promise.all([group.worker(server.url, 'p1'), group.worker(server.url, 'p2')]);
    const runDir = join(dir, 'nats');
    const run = group.ebm(['run', spec, '--nats', server.url, '--min-workers', '2', '--json', '--out', runDir]);
    await waitForOutput(run, /^ebm:\s+5\s+800\s/m, 60_000);
    const restartedDuring = run.stderr();
    await server.restart(500);

    const result = await resultOf(run, 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${workers.map((w) => w.stderr()).join('\n')}`);
    });
    expect(restartedDuring, 'the server restarted mid-run').not.toMatch(new RegExp(`^ebm:\\s+${PT_ROUNDS}\\s+800\\s`, 'm'));
    expect(untimedFields(result)).toEqual(untimedFields(JSON.parse(embedded.stdout)));
    // Every process saw the connection go and come back.
    for (const p of [run, ...workers]) expect(p.stderr()).toMatch(/NATS reconnected/);
  }, 120_000);
});
