/**
 * What held particle shards (coordinator/particle-shards.ts) save on the wire: PCD updates
 * over NATS on 2 `ebm worker` processes of 1 thread, with the particle shards held on the
 * workers' chain hosts (particles back every 4th update and on the last, as the train task
 * asks) and with stateless shards (particles carried both ways every update), on the same
 * workers and minibatches. The figure is held bytes / stateless bytes per update: payload
 * bytes the coordinator sends and receives (cli/metered-transport.ts), over 12 updates from
 * the first (the first update carries the particles down: placement). The wall seconds per
 * update of both, and the units' compute seconds per update, go to stderr.
 *
 * Two shapes: a Fashion-MNIST-sized RBM (784 x 500, batch 100, 100 particles in shards of
 * 50), where each unit's 3.1 MB of parameters dwarf its 39 kB of particles; and a PT-PCD
 * run (784 x 64, 5 temperatures, 500 particles = 2500 rows), where the particles dominate.
 */
import { startNatsRuntime, type Runtime } from '../../cli/runtime.js';
import { ParticleShards } from '../../coordinator/particle-shards.js';
import { runUpdate, shardCounts, type UpdatePlan } from '../../coordinator/train-update.js';
import { WorkerRegistry } from '../../coordinator/worker-registry.js';
import { streamRng } from '../../core/rng/rng.js';
import { initialParams } from '../../core/train/rbm-params.js';
import { temperingLadder } from '../../core/train/tempered-particles.js';
import type { UnitResult } from '../../proto/messages.js';
import { ProcessGroup } from '../dist/cluster.js';
import { NatsServer } from '../support/nats-server.js';
import type { Benchmark } from './benchmark.js';

interface Shape {
  nv: number;
  nh: number;
  batch: number;
  particles: number;
  shardSize: number;
  temperatures: number;
}

const UPDATES = 12;
const quietLog = { info: () => {}, warn: () => {} };

async function bytesRatio(name: string, shape: Shape): Promise<number> {
  const server = await NatsServer.start();
  const group = new ProcessGroup();
  let nats: Runtime | undefined;
  let counted = 0;
  try {
    await Promise.all([group.worker(server.url, 'pcd-bench-1', 1), group.worker(server.url, 'pcd-bench-2', 1)]);
    nats = await startNatsRuntime(server.url, 2, quietLog, { bytes: (_direction, bytes) => (counted += bytes) });
    const { nv, nh } = shape;
    const plan: UpdatePlan = { method: 'pcd', k: 1, seed: 1, shardSize: shape.shardSize, kernel: 'wasm-f32', temperingBetas: shape.temperatures > 1 ? temperingLadder(shape.temperatures, 0.3) : new Float64Array(0) };
    const rng = streamRng(2, 'bench.rows', 0);
    const batches = Array.from({ length: UPDATES }, () => Uint8Array.from({ length: shape.batch * nv }, () => (rng.nextDouble() < 0.35 ? 1 : 0)));
    const start = Uint8Array.from({ length: shape.particles * shape.temperatures * nv }, () => (rng.nextDouble() < 0.35 ? 1 : 0));
    const params = initialParams(nv, nh, 0.01, undefined, streamRng(1, 'bench.init', 0));
    const counts = shardCounts(shape.batch, shape.particles, plan);
    let unitSeconds = 0;
    const onResult = (_unitId: number, result: UnitResult) => void (unitSeconds += result.seconds);
    const runtime = { transport: nats.transport, runId: '', concurrency: 4, timeoutMs: 600_000, workerLoss: nats.workerLoss, guard: nats.guard, onResult };
    const registry = new WorkerRegistry({ transport: nats.transport, guard: nats.guard });
    await registry.waitFor(2);
    const measure = async (held: boolean, runId: string) => {
      const particles = start.slice();
      const shards = held
        ? new ParticleShards({ ...runtime, runId, directory: registry, maxAttempts: 4, onAccepted: onResult }, { nv, nh, k: plan.k, seed: plan.seed, kernel: plan.kernel, temperingBetas: plan.temperingBetas, shardSize: plan.shardSize, unitsPerUpdate: counts.data + counts.particles, dataShards: counts.data }, 0, particles)
        : undefined;
      counted = 0;
      unitSeconds = 0;
      const started = process.hrtime.bigint();
      for (let u = 0; u < UPDATES; u++) {
        const wantParticles = (u + 1) % 4 === 0 || u === UPDATES - 1;
        await runUpdate(u, params, batches[u], particles, plan, { ...runtime, runId }, shards && { shards, wantParticles });
      }
      return { bytes: counted / UPDATES, seconds: Number(process.hrtime.bigint() - started) / 1e9 / UPDATES, unitSeconds: unitSeconds / UPDATES };
    };
    // Thread start, JIT, WebAssembly compilation on both workers, the pool's and the chain hosts'.
    await measure(false, 'warm-stateless');
    await measure(true, 'warm-held');
    const stateless = await measure(false, 'stateless');
    const held = await measure(true, 'held');
    registry.close();
    const mb = (b: number) => (b / 1e6).toFixed(3);
    process.stderr.write(`${name}: bytes/update stateless ${mb(stateless.bytes)} MB, held ${mb(held.bytes)} MB; s/update stateless ${stateless.seconds.toFixed(3)}, held ${held.seconds.toFixed(3)}; unit compute s/update stateless ${stateless.unitSeconds.toFixed(3)}, held ${held.unitSeconds.toFixed(3)}\n`);
    return held.bytes / stateless.bytes;
  } finally {
    await nats?.close();
    await group.stopAll();
    await server.stop();
  }
}

export const pcdHostsBenchmarks: Benchmark[] = [
  { name: 'pcd.nats.R784x500.P100.held_vs_stateless_bytes', unit: 'held / stateless bytes per update', measure: () => bytesRatio('pcd.nats.R784x500.P100', { nv: 784, nh: 500, batch: 100, particles: 100, shardSize: 50, temperatures: 1 }) },
  { name: 'pcd.nats.R784x64.PT5.P500.held_vs_stateless_bytes', unit: 'held / stateless bytes per update', measure: () => bytesRatio('pcd.nats.R784x64.PT5.P500', { nv: 784, nh: 64, batch: 100, particles: 500, shardSize: 100, temperatures: 5 }) },
];
