/**
 * Identity over NATS (DESIGN.md, Determinism): the same AIS spec run embedded and on 1, 2
 * and 3 `ebm worker` processes gives the same logZ and stderr bits and the same whole
 * estimate. A coordinator that reduced in arrival order, or a unit whose stream depended on
 * the worker that ran it, would change the bits with the worker count.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { AIS_UNITS, estimateFields, ProcessGroup, resultOf, writeAisSpec } from './cluster.js';

const dir = tempDir('ebm-dist-identity-');
const spec = writeAisSpec(dir, 'identity', 600);
const group = new ProcessGroup();
let server: NatsServer;

beforeAll(async () => { server = await NatsServer.start(); });
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('AIS over NATS with worker processes', () => {
  it('gives the embedded bits with 1, 2 and 3 workers', async () => {
    const embedded = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'embedded')]);
    expect(embedded.status, embedded.stderr).toBe(0);
    const reference = JSON.parse(embedded.stdout) as Record<string, unknown>;

    for (const n of [1, 2, 3]) {
      const workers = await Promise.all(Array.from({ length: n }, (_, i) => group.worker(server.url, `id${n}-w${i}`)));
      const run = group.ebm(['run', spec, '--nats', server.url, '--min-workers', String(n), '--json', '--out', join(dir, `nats-${n}`)]);
      const result = await resultOf(run);
      expect(result.workers, `${n} workers, 1 thread each`).toBe(n);
      expect(Object.is(result.logZ, reference.logZ) && Object.is(result.stderr, reference.stderr), `${n} workers: logZ ${result.logZ} vs ${reference.logZ}`).toBe(true);
      expect(estimateFields(result)).toEqual(estimateFields(reference));
      // The worker processes ran every unit (and drain cleanly on SIGTERM).
      await Promise.all(workers.map((w) => { w.child.kill('SIGTERM'); return w.exited; }));
      const units = workers.map((w) => Number(/worker stopped .*units=(\d+)/.exec(w.stderr())?.[1] ?? NaN));
      expect(units.reduce((a, b) => a + b, 0), `units per worker ${units}`).toBeGreaterThanOrEqual(AIS_UNITS);
      await group.stopAll();
    }
    // And a real estimate: within 4 standard errors of Onsager-Kaufman's exact value.
    expect(Math.abs((reference.logZ as number) - 60.14178078906915)).toBeLessThan(4 * (reference.stderr as number));
  });
});
