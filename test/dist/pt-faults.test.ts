/**
 * Parallel tempering over NATS survives the failures DESIGN.md (Failure) names, with the
 * undisturbed run's bits in every field but timing: a worker killed with SIGKILL mid-round,
 * and a worker stopped with SIGSTOP (its subscription stays, so NATS keeps routing rounds to
 * it: only backup attempts get them back). A PT unit carries its copy's state both ways, so a re-run or a late
 * duplicate is the same bits; a coordinator that merged a duplicate or took a round from
 * the wrong state would change them. (The coordinator killed: pt-coordinator-kill.test.ts.)
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { ProcessGroup, resultOf } from './cluster.js';
import { HeartbeatWatch, PT_ROUNDS, ptRounds, waitForProgress, writePtSpec } from './stateful-runs.js';

const dir = tempDir('ebm-dist-pt-faults-');
const spec = writePtSpec(dir, 'pt-faults');
const group = new ProcessGroup();
let server: NatsServer;
let reference: Record<string, unknown>;

/** Everything but the timing fields, which alone may differ between runs. */
function estimateFields(result: Record<string, unknown>) {
  const { wallSeconds: _w, coordinationSeconds: _c, workers: _k, runDir: _d, ...rest } = result;
  return rest;
}

beforeAll(async () => {
  server = await NatsServer.start();
  const embedded = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'embedded')]);
  expect(embedded.status, embedded.stderr).toBe(0);
  reference = estimateFields(JSON.parse(embedded.stdout));
  expect(reference).toMatchObject({ method: 'pt', rounds: PT_ROUNDS, copies: 2 });
});
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('PT over NATS with failures', () => {
  it('a worker killed mid-round: its round re-runs elsewhere, same bits', async () => {
    const watch = await HeartbeatWatch.start(server.url);
    const [victim] = await Promise.all([group.worker(server.url, 'victim'), group.worker(server.url, 'survivor')]);
    const runDir = join(dir, 'killed-worker');
    const run = group.ebm(['run', spec, '--nats', server.url, '--min-workers', '2', '--json', '--out', runDir]);
    const started = await waitForProgress(() => ptRounds(runDir), 2, run);
    // Killed while it runs a unit (its heartbeat says so), or, if no heartbeat catches it
    // busy before the next checkpoint, as that checkpoint's work is dispatched.
    const midUnit = await watch.busy('victim', run, () => ptRounds(runDir) > started);
    process.kill(victim.pid, 'SIGKILL');
    const killedAt = ptRounds(runDir);
    await watch.close();
    expect((await victim.exited).signal).toBe('SIGKILL');

    const result = await resultOf(run);
    expect(killedAt, 'the worker died mid-run').toBeLessThan(PT_ROUNDS);
    expect(estimateFields(result)).toEqual(reference);
    // Killed mid-unit, its round was retried (at the loss, 3.5 s without heartbeats, or as a
    // backup attempt), or at least the loss was logged.
    if (midUnit) expect(run.stderr()).toMatch(/unit \d+ retried|worker lost worker=victim/);
  });

  it('a worker stopped mid-round: backup attempts finish the run, late replies change nothing', async () => {
    const [slow] = await Promise.all([group.worker(server.url, 'slow'), group.worker(server.url, 'healthy')]);
    const runDir = join(dir, 'stopped-worker');
    const run = group.ebm(['run', spec, '--nats', server.url, '--min-workers', '2', '--json', '--out', runDir]);
    // Stopped as round 3 is dispatched (the checkpoint is written just before): early, so
    // that many rounds are routed to it while it is stopped.
    await waitForProgress(() => ptRounds(runDir), 2, run);
    process.kill(slow.pid, 'SIGSTOP');
    const stoppedAt = ptRounds(runDir);
    // Five rounds later, continue it: it finishes the rounds it held and replies late. (Each
    // round with a unit routed to it waits for a backup, >= 3 s, until NATS would drop the
    // frozen connection: deploy/nats sets ping_interval 20 s x ping_max 3.)
    await waitForProgress(() => ptRounds(runDir), stoppedAt + 5, run, 120_000);
    process.kill(slow.pid, 'SIGCONT');

    const result = await resultOf(run);
    expect(stoppedAt + 5, 'the worker stopped early in the run').toBeLessThan(PT_ROUNDS);
    expect(estimateFields(result)).toEqual(reference);
    // NATS picks a queue member at random, so of the 2 x 5 units or more dispatched while it
    // was stopped some went to it (all missing it: p <= 2^-10); without backup attempts they
    // would wait for the 30-minute unit timeout.
    expect(run.stderr()).toMatch(/unit \d+ retried .*a backup attempt/);
  });
});
