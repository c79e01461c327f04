/**
 * Parallel tempering over NATS: the same spec run embedded and on 1, 2 and 3 `ebm worker`
 * processes gives the same bits in every field but timing — log Z, stderr, swap
 * acceptance, round trips, barrier, the per-round table. A PT copy whose state or stream
 * depended on the worker that ran its round, or rounds merged in arrival order, would differ.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { ProcessGroup, resultOf } from './cluster.js';
import { untimedFields } from '../support/result-fields.js';

const dir = tempDir('ebm-dist-pt-');
const spec = join(dir, 'pt.yaml');
writeFileSync(spec, ['task: logz', 'name: pt-nats', 'model: { type: ising2d, rows: 8, cols: 8, beta: 0.44068679350977147 }', 'seed: 5', 'method: pt', 'pt: { replicas: 6, rounds: 5, copies: 3 }', ''].join('\n'));
const group = new ProcessGroup();
let server: NatsServer;

beforeAll(async () => { server = await NatsServer.start(); });
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('PT over NATS with worker processes', () => {
  it('gives the embedded bits with 1, 2 and 3 workers', async () => {
    const embedded = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'embedded')]);
    expect(embedded.status, embedded.stderr).toBe(0);
    const reference = untimedFields(JSON.parse(embedded.stdout));
    expect(reference).toMatchObject({ method: 'pt', replicas: 6, rounds: 5 });

    for (const n of [1, 2, 3]) {
      await Promise.all(Array.from({ length: n }, (_, i) => group.worker(server.url, `pt${n}-w${i}`)));
      const run = group.ebm(['run', spec, '--nats', server.url, '--min-workers', String(n), '--json', '--out', join(dir, `nats-${n}`)]);
      const result = await resultOf(run);
      expect(result.workers).toBe(n);
      expect(untimedFields(result)).toEqual(reference);
      await group.stopAll();
    }
  });
});
