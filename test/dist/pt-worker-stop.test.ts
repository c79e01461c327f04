/**
 * A worker holding PT copies stopped with SIGSTOP mid-run: its NATS connection stays open,
 * but PT rounds go to chosen workers, not to the queue group, so once its heartbeats stop
 * (3.5 s) its copies move to the other worker with their last full state and the rounds
 * since to replay, and nothing more is sent to it. Continued (SIGCONT), it answers late;
 * the late replies are ignored. A coordinator that waited for the stopped worker would hang
 * for the unit timeout (30 minutes); one that took a late reply twice would change the bits.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { ProcessGroup, waitForOutput } from './cluster.js';
import { untimedFields } from '../support/result-fields.js';
import { disturbedAffinePtRun } from './stateful-runs.js';

const dir = tempDir('ebm-dist-pt-stop-');
const group = new ProcessGroup();
let server: NatsServer;

beforeAll(async () => { server = await NatsServer.start(); });
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('a worker holding PT copies stopped mid-run', () => {
  it('is left after its heartbeats stop; its copies replay elsewhere to the same bits', async () => {
    const { result, embedded, outputWhenDisturbed } = await disturbedAffinePtRun(dir, 'pt-stop', group, server.url, async (victim, run) => {
      process.kill(victim.pid, 'SIGSTOP');
      await waitForOutput(run, /worker victim was lost[^\n]*round\(s\) to replay/, 120_000);
      process.kill(victim.pid, 'SIGCONT');
    });
    expect(outputWhenDisturbed, 'the run was still going when the worker stopped').not.toMatch(/^ebm:\s+10\s+200\s/m);
    expect(untimedFields(result)).toEqual(untimedFields(embedded));
  }, 300_000);
});
