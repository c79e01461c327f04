/**
 * The same AIS run, embedded and over NATS (a coordinator and two worker nodes, each on
 * its own connection, with a max_payload small enough that unit requests are chunked):
 * the estimates are identical to the last bit. A transport that reordered, truncated or
 * mixed up chunks or replies would change log Z.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedRuntime } from '../../cli/runtime.js';
import { runAis, type AisRunOptions } from '../../coordinator/ais-run.js';
import { linearSchedule } from '../../core/ais/schedule.js';
import { ising2dType } from '../../core/models/ising2d.js';
import { NatsTransport } from '../../proto/nats-transport.js';
import { startWorkerNode, type WorkerNode } from '../../worker/worker-node.js';
import { NatsServer } from '../support/nats-server.js';

describe('AIS over NATS', () => {
  let server: NatsServer;
  let coordinator: NatsTransport;
  let workerTransports: NatsTransport[] = [];
  let workers: WorkerNode[] = [];

  beforeAll(async () => {
    // 2 kB: the 300-beta schedule alone (2.4 kB) forces every unit request into chunks.
    server = await NatsServer.start({ maxPayload: 2048 });
    const open = () => NatsTransport.connect({ servers: server.url, closeTimeoutMs: 5000 }, undefined, () => {});
    coordinator = await open();
    workerTransports = [await open(), await open()];
    workers = workerTransports.map((transport, i) => startWorkerNode({ transport, threads: 1, name: `nats-${i}` }));
    await Promise.all(workerTransports.map((t) => t.flush()));
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.close()));
    await Promise.all([coordinator, ...workerTransports].filter(Boolean).map((t) => t.close()));
    await server?.stop();
  });

  it('gives bitwise the same estimate as the embedded runtime', async () => {
    const model = ising2dType.parse({ type: 'ising2d', rows: 4, cols: 4, beta: 0.4 }, 'test');
    const options: Omit<AisRunOptions, 'transport'> = {
      runId: 'identity', model, betas: linearSchedule(300), chains: 48, chainsPerUnit: 4, sweeps: 1,
      seed: 17, tracePoints: 5, concurrency: 4, timeoutMs: 60_000,
    };
    const embedded = startEmbeddedRuntime(2);
    let reference;
    try {
      reference = await runAis({ ...options, transport: embedded.transport });
    } finally {
      await embedded.close();
    }
    const overNats = await runAis({ ...options, transport: coordinator });
    expect(Object.is(overNats.estimate.logZ, reference.estimate.logZ)).toBe(true);
    expect(Object.is(overNats.estimate.stderr, reference.estimate.stderr)).toBe(true);
    expect(overNats.estimate).toEqual(reference.estimate);
    expect(overNats.path).toEqual(reference.path);
    // Both worker nodes took units, and nothing on the wire was dropped.
    expect(workers.map((w) => w.completed() > 0)).toEqual([true, true]);
    expect(workers[0].completed() + workers[1].completed()).toBe(12);
    expect([coordinator, ...workerTransports].map((t) => t.guard.rejectedTotal)).toEqual([0, 0, 0]);
  });
});
