/**
 * A worker holding PT copies killed with SIGKILL mid-run: its copies' states are gone with
 * it, so the coordinator sends each one's last full state (the last checkpoint round) to the
 * survivor, which replays the rounds since and runs on. The result is the undisturbed run's
 * to the last bit. A replay with another round's ladder or scan start, a record kept from a
 * replayed round, or a copy waited for on the dead worker would change the bits or hang.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { ProcessGroup, resultOf, waitForOutput } from './cluster.js';
import { untimedFields } from '../support/result-fields.js';
import { writeAffinePtSpec } from './stateful-runs.js';

const dir = tempDir('ebm-dist-pt-kill-');
const spec = writeAffinePtSpec(dir, 'pt-kill');
const group = new ProcessGroup();
let server: NatsServer;

beforeAll(async () => { server = await NatsServer.start(); });
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('a worker holding PT copies killed mid-run', () => {
  it('costs only the rounds since its copies last checkpoint: the same bits', async () => {
    const embedded = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'embedded')]);
    expect(embedded.status, embedded.stderr).toBe(0);

    const [victim] = await Promise.all([group.worker(server.url, 'victim'), group.worker(server.url, 'survivor')]);
    const run = group.ebm(['run', spec, '--nats', server.url, '--min-workers', '2', '--json', '--out', join(dir, 'nats')]);
    // Round 5 done (after the round-4 checkpoint): round 6 is under way, two copies of it on
    // the victim (copies are spread over the workers, and a round takes a few tenths of a second).
    await waitForOutput(run, /^ebm:\s+5\s+200\s/m, 120_000);
    const killedDuring = run.stderr();
    process.kill(victim.pid, 'SIGKILL');
    expect((await victim.exited).signal).toBe('SIGKILL');

    const result = await resultOf(run, 240_000);
    expect(killedDuring, 'the run was still going when the worker died').not.toMatch(/^ebm:\s+10\s+200\s/m);
    expect(untimedFields(result)).toEqual(untimedFields(JSON.parse(embedded.stdout)));
    // The victim's copies moved, with rounds to replay.
    expect(run.stderr()).toMatch(/worker victim (was lost|no longer serves)[^\n]*round\(s\) to replay/);
  }, 300_000);
});
