/**
 * Boltzmann-machine PCD over NATS: the same train-bm spec (hidden units, so both phases are
 * sampled on the workers) run embedded and on 2 `ebm worker` processes ends with the same
 * weights, bit for bit, and the same curve. Shards summed in arrival order, or chains whose
 * streams depended on the worker, would change the weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { ProcessGroup, resultOf } from './cluster.js';

const dir = tempDir('ebm-dist-bm-');
const spec = join(dir, 'bm.yaml');
writeFileSync(spec, JSON.stringify({ task: 'train-bm', name: 'bm-nats', seed: 4, hidden: 3, data: { kind: 'bars-stripes', side: 3, copies: 6 }, epochs: 3, batchSize: 21, particles: 30, k: 2, shardSize: 10, learningRate: 0.05 }));
const group = new ProcessGroup();
let server: NatsServer;

beforeAll(async () => { server = await NatsServer.start(); });
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('bm PCD over NATS with worker processes', () => {
  it('ends with the embedded weights on 2 workers', async () => {
    const embedded = await runEbm(['run', spec, '--workers', '1', '--json', '--out', join(dir, 'embedded')]);
    expect(embedded.status, embedded.stderr).toBe(0);
    const workers = await Promise.all([0, 1].map((i) => group.worker(server.url, `bm-w${i}`)));
    const out = join(dir, 'nats');
    const result = await resultOf(group.ebm(['run', spec, '--nats', server.url, '--min-workers', '2', '--json', '--out', out]));
    expect(result.workers).toBe(2);
    expect(readFileSync(join(out, 'model.json'), 'utf8')).toBe(readFileSync(join(dir, 'embedded', 'model.json'), 'utf8'));
    expect(result.learningCurve).toEqual(JSON.parse(embedded.stdout).learningCurve);
    // The shards really ran on the worker processes.
    await Promise.all(workers.map((w) => { w.child.kill('SIGTERM'); return w.exited; }));
    const units = workers.map((w) => Number(/worker stopped .*units=(\d+)/.exec(w.stderr())?.[1] ?? 0));
    expect(units.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
