/**
 * PCD training over NATS: the same spec trained embedded and on 1 and 2 `ebm worker`
 * processes ends with the same weights, bit for bit (the run folder's model.json), and the
 * same learning curve. Gradient shards summed in arrival order, or particles whose streams
 * depended on the worker, would change the weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { ProcessGroup, resultOf } from './cluster.js';

const dir = tempDir('ebm-dist-pcd-');
const spec = join(dir, 'pcd.yaml');
writeFileSync(
  spec,
  [
    'task: train',
    'name: pcd-nats',
    'seed: 3',
    'nh: 12',
    'initScale: 0.1',
    'data: { dataset: bars-stripes, side: 4, copies: 4 }',
    'epochs: 3',
    'batchSize: 30',
    'particles: 40',
    'k: 2',
    'method: pcd',
    'learningRate: 0.1',
    'shardSize: 20',
    'evaluation: { everyEpochs: 1, exactLogLik: true, ais: { chains: 0 } }',
    '',
  ].join('\n'),
);
const group = new ProcessGroup();
let server: NatsServer;

beforeAll(async () => { server = await NatsServer.start(); });
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

/** Everything but the timing fields and where the run lives. */
function trainingFields(result: Record<string, unknown>) {
  const { wallSeconds: _w, workers: _k, runDir: _d, modelFile: _m, ...rest } = result;
  return JSON.parse(JSON.stringify(rest, (key, value) => (/seconds/i.test(key) ? undefined : value)));
}

describe('PCD training over NATS with worker processes', () => {
  it('ends with the embedded weights with 1 and 2 workers', async () => {
    const embedded = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'embedded')]);
    expect(embedded.status, embedded.stderr).toBe(0);
    const weights = readFileSync(join(dir, 'embedded', 'model.json'), 'utf8');
    const reference = trainingFields(JSON.parse(embedded.stdout));

    for (const n of [1, 2]) {
      const workers = await Promise.all(Array.from({ length: n }, (_, i) => group.worker(server.url, `pcd${n}-w${i}`)));
      const out = join(dir, `nats-${n}`);
      const result = await resultOf(group.ebm(['run', spec, '--nats', server.url, '--min-workers', String(n), '--json', '--out', out]));
      expect(result.workers).toBe(n);
      expect(readFileSync(join(out, 'model.json'), 'utf8')).toBe(weights);
      expect(trainingFields(result)).toEqual(reference);
      // The gradient shards really ran on the worker processes.
      await Promise.all(workers.map((w) => { w.child.kill('SIGTERM'); return w.exited; }));
      const units = workers.map((w) => Number(/worker stopped .*units=(\d+)/.exec(w.stderr())?.[1] ?? 0));
      expect(units.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      // The 2 particle shards (40 particles in shards of 20) were held on the workers' chain
      // hosts, not carried to any worker with every update (test/coordinator/particle-shards
      // checks that ordinary updates carry no particles).
      const held = workers.map((w) => Number(/worker stopped .*held=(\d+)/.exec(w.stderr())?.[1] ?? 0));
      expect(held.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
      await group.stopAll();
    }
  });
});
