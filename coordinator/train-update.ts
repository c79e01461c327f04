/**
 * One data-parallel PCD / CD update on the workers: cut the minibatch and the particles into
 * shards of the spec's shardSize, send each with the current parameters, and sum the returned
 * statistics in shard order (never arrival order), so the sums, and hence the weights, are
 * bitwise the same for any number of workers.
 *
 * Data shards are stateless (any worker, coordinator/dispatch.ts). Particle shards are held on
 * the workers' chain hosts when the caller passes ParticleShards (coordinator/particle-shards.ts:
 * the particles come back only when asked); without it they travel both ways as stateless
 * units, as before (the bytes-per-update bench compares the two).
 */
import type { RbmParams } from '../core/train/rbm-params.js';
import { addStatistics, emptyStatistics, type Statistics } from '../core/train/statistics.js';
import { bytesFloat64, float64Bytes, type UnitResult } from '../proto/messages.js';
import type { Transport } from '../proto/transport.js';
import { dispatchUnits, type DispatchOptions } from './dispatch.js';
import type { ParticleShards } from './particle-shards.js';

export interface UpdatePlan {
  method: 'pcd' | 'cd';
  k: number;
  seed: number;
  shardSize: number;
  kernel: string;
  /** PT-PCD ladder (each particle is one row per beta); empty: plain PCD. */
  temperingBetas: Float64Array;
}

export interface UpdateRuntime {
  transport: Transport;
  runId: string;
  concurrency: number;
  timeoutMs: number;
  onRetry?: (unitId: number, attempt: number, reason: string) => void;
  /** Each shard's accepted result, with the seconds from dispatch to acceptance (metrics). */
  onResult?: DispatchOptions['onResult'];
  workerLoss?: DispatchOptions['workerLoss'];
  guard?: DispatchOptions['guard'];
}

export interface UpdateOutcome {
  positive: Statistics;
  negative: Statistics;
}

/** Units per update: data shards first, then particle shards (PCD). */
export function shardCounts(batchSize: number, particles: number, plan: UpdatePlan): { data: number; particles: number } {
  return { data: Math.ceil(batchSize / plan.shardSize), particles: plan.method === 'pcd' ? Math.ceil(particles / plan.shardSize) : 0 };
}

/** Where a PCD update's particle shards run, when they are held on the workers. */
export interface HeldParticles {
  shards: ParticleShards;
  /** Bring the particles back into `particles` after this update (else that array is left stale). */
  wantParticles: boolean;
}

/**
 * Runs update number `update` with `batch` (batchSize x nv, 0/1) and, for PCD, advances
 * `particles` in place (held shards: only when `held.wantParticles`). Unit ids (and RNG
 * streams) are update * unitsPerUpdate + shard index.
 */
export async function runUpdate(
  update: number,
  params: RbmParams,
  batch: Uint8Array,
  particles: Uint8Array,
  plan: UpdatePlan,
  runtime: UpdateRuntime,
  held?: HeldParticles,
): Promise<UpdateOutcome> {
  const { nv, nh } = params;
  const batchRows = batch.length / nv;
  // Rows per particle: one, or one per temperature of its ladder (PT-PCD).
  const perParticle = Math.max(1, plan.temperingBetas.length);
  const particleCount = particles.length / nv / perParticle;
  const counts = shardCounts(batchRows, particleCount, plan);
  const perUpdate = counts.data + counts.particles;
  const first = update * perUpdate;
  const weights = float64Bytes(params.W);
  const visibleBias = float64Bytes(params.b);
  const hiddenBias = float64Bytes(params.c);
  const rowsOf = (rows: Uint8Array, total: number, shard: number, stride = 1) =>
    rows.subarray(shard * plan.shardSize * stride * nv, Math.min(total, (shard + 1) * plan.shardSize) * stride * nv);
  const temperingBetas = Array.from(plan.temperingBetas);
  const stateless = held && plan.method === 'pcd' ? counts.data : perUpdate;
  const unitIds = Array.from({ length: stateless }, (_, s) => first + s);
  // Params are encoded (dispatch) or copied (held shards) before either awaits: both see this update's.
  const heldReplies = held && plan.method === 'pcd' ? held.shards.runUpdate(update, params, held.wantParticles, particles) : undefined;
  const dispatched = dispatchUnits(
    unitIds,
    (unitId) => {
      const s = unitId - first;
      const isData = s < counts.data;
      return {
        pcd: {
          nv,
          nh,
          weights,
          visibleBias,
          hiddenBias,
          data: isData ? rowsOf(batch, batchRows, s) : new Uint8Array(0),
          particles: isData ? new Uint8Array(0) : rowsOf(particles, particleCount, s - counts.data, perParticle),
          method: plan.method,
          k: plan.k,
          seed: plan.seed,
          stream: unitId,
          kernel: plan.kernel,
          temperingBetas,
        },
      };
    },
    { ...runtime, maxAttempts: 4 },
  );
  const [results, heldResults] = await Promise.all([dispatched, heldReplies]);
  heldResults?.forEach((reply, shard) => results.set(first + counts.data + shard, reply));
  const positive = emptyStatistics(nv, nh);
  const negative = emptyStatistics(nv, nh);
  for (let s = 0; s < perUpdate; s++) {
    const pcd = (results.get(first + s) as UnitResult).pcd;
    if (!pcd) throw new Error(`unit ${first + s} returned no training statistics`);
    if (s < counts.data) {
      addStatistics(positive, statisticsFromWire(pcd.positive, nv, nh, first + s));
      if (plan.method === 'cd') addStatistics(negative, statisticsFromWire(pcd.negative, nv, nh, first + s));
    } else {
      addStatistics(negative, statisticsFromWire(pcd.negative, nv, nh, first + s));
      if (heldResults) continue; // particles: written back by ParticleShards when asked for
      const shard = s - counts.data;
      const target = rowsOf(particles, particleCount, shard, perParticle);
      if (!pcd.particles || pcd.particles.length !== target.length) throw new Error(`unit ${first + s} returned ${pcd.particles?.length ?? 0} particle values, expected ${target.length}`);
      target.set(pcd.particles);
    }
  }
  return { positive, negative };
}

type WireStatistics = { w?: Uint8Array | null; b?: Uint8Array | null; c?: Uint8Array | null; rows?: number | null } | null | undefined;

function statisticsFromWire(s: WireStatistics, nv: number, nh: number, unitId: number): Statistics {
  if (!s) throw new Error(`unit ${unitId} returned no statistics`);
  const out = { w: bytesFloat64(s.w), b: bytesFloat64(s.b), c: bytesFloat64(s.c), rows: s.rows ?? 0 };
  if (out.w.length !== nv * nh || out.b.length !== nv || out.c.length !== nh) throw new Error(`unit ${unitId} returned statistics of the wrong shape`);
  return out;
}
