/**
 * A worker killed with SIGKILL mid-run (DESIGN.md, Failure): the coordinator notices the
 * silence, logs the loss, gives the worker's units to the other worker, and the result is
 * the undisturbed run's to the last bit. A dispatcher that waited for the dead worker would
 * hang; one that counted a unit twice or reduced in arrival order would change the bits.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { wire } from '../../proto/messages.js';
import { NatsTransport } from '../../proto/nats-transport.js';
import { subjects } from '../../proto/subjects.js';
import { runEbm, tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { AIS_UNITS, LONG_RUN, estimateFields, ProcessGroup, resultOf, waitForUnits, writeAisSpec } from './cluster.js';

const dir = tempDir('ebm-dist-kill-');
// Twice the usual units: the survivor alone must outlast the 3.5 s in which a loss is noticed.
const spec = writeAisSpec(dir, 'worker-kill', LONG_RUN.steps, 2 * LONG_RUN.sweeps);
const group = new ProcessGroup();
let server: NatsServer;

beforeAll(async () => { server = await NatsServer.start(); });
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('a worker killed mid-run', () => {
  it('costs only its units: the run completes with the same bits', async () => {
    const embedded = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'embedded')]);
    expect(embedded.status, embedded.stderr).toBe(0);

    const [victim] = await Promise.all([group.worker(server.url, 'victim'), group.worker(server.url, 'survivor')]);
    const runDir = join(dir, 'nats');
    const run = group.ebm(['run', spec, '--nats', server.url, '--min-workers', '2', '--json', '--out', runDir]);
    // Kill it while it runs a unit (its heartbeats say so), once the run is under way.
    const listener = await NatsTransport.connect({ servers: server.url }, undefined, () => {});
    const busy = new Promise<void>((resolve) => {
      listener.subscribe(subjects.workers, (payload) => {
        const status = wire.WorkerStatus.decode(payload);
        if (status.worker === 'victim' && status.unitsRunning > 0) resolve();
      });
    });
    const killedAt = await waitForUnits(runDir, 1, run);
    await busy;
    process.kill(victim.pid, 'SIGKILL');
    await listener.close();
    expect((await victim.exited).signal).toBe('SIGKILL');

    const result = await resultOf(run);
    expect(killedAt, 'the worker died mid-run').toBeLessThan(AIS_UNITS);
    expect(estimateFields(result)).toEqual(estimateFields(JSON.parse(embedded.stdout)));
    // The coordinator noticed: the loss (3.5 s without heartbeats) or, when the survivor
    // finished first, a backup attempt of a unit the victim held.
    expect(run.stderr()).toMatch(/worker lost worker=victim|a backup attempt/);
  });
});
