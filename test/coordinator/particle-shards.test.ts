/**
 * Held particle shards end to end (coordinator/particle-shards.ts over an in-process worker
 * node): PCD updates whose particle shards stay on the chain hosts give the statistics and
 * particles of the stateless path (particles carried both ways) bit for bit; the replies of
 * ordinary updates carry no particles, so the coordinator sends and receives fewer bytes;
 * and a worker that restarts between updates (its shards gone: PcdStateMissing), or is
 * replaced by another one (its holder lost), gets the last full particles and the updates
 * since to replay, and the run ends in the same bits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ParticleShards } from '../../coordinator/particle-shards.js';
import { runUpdate, shardCounts, type UpdatePlan } from '../../coordinator/train-update.js';
import { WorkerRegistry } from '../../coordinator/worker-registry.js';
import { streamRng } from '../../core/rng/rng.js';
import { initialParams, type RbmParams } from '../../core/train/rbm-params.js';
import { addStatistics, type Statistics } from '../../core/train/statistics.js';
import { EmbeddedTransport } from '../../proto/embedded-transport.js';
import { MessageGuard } from '../../proto/guard.js';
import { UnitRequest, UnitResult } from '../../proto/messages.js';
import type { Closable, RequestHandler, RequestOptions, Transport } from '../../proto/transport.js';
import { startWorkerNode, type WorkerNode } from '../../worker/worker-node.js';

const NV = 16;
const NH = 8;
const BATCH = 20;
const PARTICLES = 40;
const UPDATES = 7;
/** Particles come back after updates 3 and 6 (the last), as train-task asks every 4th. */
const wantParticles = (u: number) => (u + 1) % 4 === 0 || u === UPDATES - 1;
const plan: UpdatePlan = { method: 'pcd', k: 2, seed: 9, shardSize: 10, kernel: 'reference', temperingBetas: new Float64Array(0) };
const counts = shardCounts(BATCH, PARTICLES, plan);
const rng = streamRng(5, 'test.rows', 0);
const batches = Array.from({ length: UPDATES }, () => Uint8Array.from({ length: BATCH * NV }, () => (rng.nextDouble() < 0.3 ? 1 : 0)));
const start = Uint8Array.from({ length: PARTICLES * NV }, () => (rng.nextDouble() < 0.5 ? 1 : 0));
/** A different parameter set each update, as SGD makes them. */
const paramsAt = (u: number): RbmParams => initialParams(NV, NH, 0.3, undefined, streamRng(3, 'test.params', u));

/** Counts what the coordinator sends and receives, and keeps every PCD reply's particle bytes. */
class CountingTransport implements Transport {
  sent = 0;
  received = 0;
  replyParticles: number[] = [];
  constructor(private readonly inner: Transport) {}
  async request(subject: string, payload: Uint8Array, options: RequestOptions): Promise<Uint8Array> {
    this.sent += payload.length;
    const reply = await this.inner.request(subject, payload, options);
    this.received += reply.length;
    const result = UnitResult.decode(reply);
    if (result.pcd && UnitRequest.decode(payload).pcd?.configDigest) this.replyParticles.push(result.pcd.particles?.length ?? 0);
    return reply;
  }
  serve(subject: string, queue: string, handler: RequestHandler): Closable {
    return this.inner.serve(subject, queue, handler);
  }
  publish(subject: string, payload: Uint8Array): void {
    this.inner.publish(subject, payload);
  }
  subscribe(...args: Parameters<Transport['subscribe']>): Closable {
    return this.inner.subscribe(...args);
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

let closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing.reverse()) await close();
  closing = [];
});

interface Run {
  statistics: string[];
  /** The most updates' parameters the coordinator kept for replays. */
  kept: number;
  particles: string;
  transport: CountingTransport;
  retries: string[];
}

const hex = (s: Statistics) => Buffer.concat([s.w, s.b, s.c].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))).toString('hex');

/** UPDATES updates, held (with `between` run after each update) or stateless. */
async function train(held: boolean, between?: (u: number, swap: (name: string) => Promise<void>) => Promise<void>): Promise<Run> {
  const embedded = new EmbeddedTransport();
  const transport = new CountingTransport(embedded);
  let node: WorkerNode = startWorkerNode({ transport: embedded, threads: 2, name: 'w1', heartbeatMs: 100 });
  const registry = new WorkerRegistry({ transport: embedded, guard: new MessageGuard() });
  closing.push(async () => { registry.close(); await node.close(); await embedded.close(); });
  const swap = async (name: string) => {
    await node.close();
    node = startWorkerNode({ transport: embedded, threads: 2, name, heartbeatMs: 100 });
  };
  const retries: string[] = [];
  const runtime = { transport, runId: 'shards', concurrency: 4, timeoutMs: 60_000, onRetry: (_u: number, _a: number, reason: string) => retries.push(reason) };
  const particles = start.slice();
  const shards = held
    ? new ParticleShards({ ...runtime, directory: registry, maxAttempts: 4 }, { nv: NV, nh: NH, k: plan.k, seed: plan.seed, kernel: plan.kernel, temperingBetas: plan.temperingBetas, shardSize: plan.shardSize, unitsPerUpdate: counts.data + counts.particles, dataShards: counts.data }, 0, particles)
    : undefined;
  const statistics: string[] = [];
  let kept = 0;
  for (let u = 0; u < UPDATES; u++) {
    const out = await runUpdate(u, paramsAt(u), batches[u], particles, plan, runtime, shards && { shards, wantParticles: wantParticles(u) });
    addStatistics(out.negative, out.positive);
    statistics.push(hex(out.negative));
    kept = Math.max(kept, shards?.keptUpdates() ?? 0);
    await between?.(u, swap);
  }
  return { statistics, kept, particles: Buffer.from(particles).toString('hex'), transport, retries };
}

describe('held particle shards on a worker node', () => {
  it('give the stateless statistics and particles, with no particles in ordinary replies and fewer bytes', async () => {
    const stateless = await train(false);
    const held = await train(true);
    expect(held.statistics).toEqual(stateless.statistics);
    expect(held.particles).toBe(stateless.particles);
    // Replays are bounded: only the updates since the particles last came back are kept (3 of 4).
    expect(held.kept).toBe(3);
    // Particles only in the replies of updates that asked for them: 2 of 7 updates x 4 shards.
    const shardBytes = plan.shardSize * NV;
    expect(held.transport.replyParticles).toEqual(Array.from({ length: UPDATES * counts.particles }, (_, i) => (wantParticles(Math.floor(i / counts.particles)) ? shardBytes : 0)));
    // Down: no particles after the first update's placement; up: particles twice instead of 7
    // times. A held unit's own fields (digest, shard, held update, ...) cost < 64 bytes.
    const fields = UPDATES * counts.particles * 64;
    expect(stateless.transport.sent - held.transport.sent).toBeGreaterThan((UPDATES - 1) * PARTICLES * NV - fields);
    expect(stateless.transport.received - held.transport.received).toBeGreaterThan((UPDATES - 2) * PARTICLES * NV - fields);
    process.stderr.write(`particle-shards: sent ${stateless.transport.sent} -> ${held.transport.sent} bytes, received ${stateless.transport.received} -> ${held.transport.received}\n`);
  });

  it('end in the same bits when the worker restarts (state missing) or another one takes over (holder lost)', async () => {
    const reference = await train(false);
    const restarted = await train(true, async (u, swap) => {
      if (u === 1) await swap('w1'); // same name: the coordinator asks it, it holds nothing
      if (u === 4) await swap('w2'); // another name: w1 said goodbye, its shards move
    });
    expect(restarted.statistics).toEqual(reference.statistics);
    expect(restarted.particles).toBe(reference.particles);
    expect(restarted.retries.filter((r) => /no longer holds particle shard \d+: its state goes to a worker with 2 update\(s\) to replay/.test(r))).toHaveLength(counts.particles);
    expect(restarted.retries.filter((r) => /worker w1 was lost: particle shard \d+ goes to another worker with 1 update\(s\) to replay/.test(r))).toHaveLength(counts.particles);
  });
});
