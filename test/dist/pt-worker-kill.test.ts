/**
 * A worker holding PT copies killed with SIGKILL mid-run: its copies' states are gone with
 * it, so the coordinator sends each one's last full state (the last checkpoint round) to the
 * survivor, which replays the rounds since and runs on. The result is the undisturbed run's
 * to the last bit. A replay with another round's ladder or scan start, a record kept from a
 * replayed round, or a copy waited for on the dead worker would change the bits or hang.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { ProcessGroup } from './cluster.js';
import { untimedFields } from '../support/result-fields.js';
import { disturbedAffinePtRun } from './stateful-runs.js';

const dir = tempDir('ebm-dist-pt-kill-');
const group = new ProcessGroup();
let server: NatsServer;

beforeAll(async () => { server = await NatsServer.start(); });
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('a worker holding PT copies killed mid-run', () => {
  it('costs only the rounds since its copies last checkpoint: the same bits', async () => {
    const { run, result, embedded, outputWhenDisturbed } = await disturbedAffinePtRun(dir, 'pt-kill', group, server.url, async (victim) => {
      process.kill(victim.pid, 'SIGKILL');
      expect((await victim.exited).signal).toBe('SIGKILL');
    });
    expect(outputWhenDisturbed, 'the run was still going when the worker died').not.toMatch(/^ebm:\s+10\s+200\s/m);
    expect(untimedFields(result)).toEqual(untimedFields(embedded));
    // The victim's copies moved, with rounds to replay.
    expect(run.stderr()).toMatch(/worker victim (was lost|no longer serves)[^\n]*round\(s\) to replay/);
  }, 300_000);
});
