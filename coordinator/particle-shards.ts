/**
 * Held PCD particle shards, the coordinator's side: particle shard s of a training run lives
 * on the chain host of the worker that ran its last update (worker/units/pcd-held-unit.ts),
 * so an update sends it only the parameters (they change every update) and gets only the
 * negative statistics back; the particles come back when asked (`wantParticles`: before a
 * checkpoint, on the last update, and every few updates to bound a replay). Placement, loss,
 * replay and duplicates are PT's (coordinator/stateful-rounds.ts): a round here is an update,
 * round u + 1 being update u, and each update of a shard is a pure function of (particles,
 * parameters, stream), so a moved shard ends in the bits of the undisturbed one.
 *
 * Between two updates that asked for the particles, the coordinator's particle array is
 * stale (it holds the last particles that came back): nothing may read it then.
 */
import { createHash } from 'node:crypto';
import type { RbmParams } from '../core/train/rbm-params.js';
import { float64Bytes, wire, type UnitResult } from '../proto/messages.js';
import { StatefulRounds, type StatefulKind, type StatefulRoundsOptions } from './stateful-rounds.js';

/** What every particle unit of a training run shares. */
export interface ParticlePlan {
  nv: number;
  nh: number;
  k: number;
  seed: number;
  kernel: string;
  /** PT-PCD ladder (each particle is one row per beta); empty: plain PCD. */
  temperingBetas: Float64Array;
  shardSize: number;
  /** Units per update (data shards first) and data shards: unit ids and streams follow. */
  unitsPerUpdate: number;
  dataShards: number;
}

/** One update's parameters (copies: the coordinator's arrays change in place), kept for replays. */
interface UpdateSpec {
  weights: Uint8Array;
  visibleBias: Uint8Array;
  hiddenBias: Uint8Array;
}

const copyBytes = (a: Float64Array) => Uint8Array.from(float64Bytes(a));

export class ParticleShards {
  readonly shards: number;
  private readonly rounds: StatefulRounds<UpdateSpec, Uint8Array, boolean>;
  private readonly rowsPerShard: number;

  /** `particles`: all shards' particles after `update` updates (a start, or a checkpoint's). */
  constructor(options: Omit<StatefulRoundsOptions, 'count'>, private readonly plan: ParticlePlan, update: number, particles: Uint8Array) {
    const perParticle = Math.max(1, plan.temperingBetas.length);
    this.rowsPerShard = plan.shardSize * perParticle;
    const count = particles.length / plan.nv / perParticle;
    this.shards = Math.ceil(count / plan.shardSize);
    const states = Array.from({ length: this.shards }, (_, s) => Uint8Array.from(this.shardOf(particles, s)));
    this.rounds = new StatefulRounds(particleKind(plan, configDigest(plan, count)), { ...options, count: this.shards }, { round: update, states });
  }

  /**
   * Update `update`'s negative phase on every shard, with `params`; replies in shard order.
   * When `wantParticles`, the advanced particles are written into `particles`.
   */
  async runUpdate(update: number, params: RbmParams, wantParticles: boolean, particles: Uint8Array): Promise<UnitResult[]> {
    const spec = { weights: copyBytes(params.W), visibleBias: copyBytes(params.b), hiddenBias: copyBytes(params.c) };
    const replies = await this.rounds.runRound(update + 1, spec, wantParticles);
    if (wantParticles) {
      replies.forEach((reply, s) => {
        const target = this.shardOf(particles, s);
        const back = reply.pcd?.particles;
        if (!back || back.length !== target.length) throw new Error(`unit ${reply.unitId} returned ${back?.length ?? 0} particle values, expected ${target.length}`);
        target.set(back);
      });
    }
    return replies;
  }

  /** Updates' parameters kept for replays (bounded by how often the particles come back). */
  keptUpdates(): number {
    return this.rounds.keptRounds();
  }

  private shardOf(particles: Uint8Array, s: number): Uint8Array {
    const rowBytes = this.plan.nv;
    return particles.subarray(s * this.rowsPerShard * rowBytes, Math.min(particles.length, (s + 1) * this.rowsPerShard * rowBytes));
  }
}

function particleKind(plan: ParticlePlan, digest: string): StatefulKind<UpdateSpec, Uint8Array, boolean> {
  const unitId = (round: number, shard: number) => (round - 1) * plan.unitsPerUpdate + plan.dataShards + shard;
  const common = { nv: plan.nv, nh: plan.nh, method: 'pcd', k: plan.k, seed: plan.seed, kernel: plan.kernel, temperingBetas: Array.from(plan.temperingBetas), configDigest: digest };
  return {
    body: 'pcd',
    label: 'particle shard',
    roundName: 'update',
    unitId,
    unit(shard, round, spec, wantState, placement) {
      // The stream is the unit id, as in a stateless shard: the same bits either way.
      const unit = { ...common, ...spec, shard, stream: unitId(round, shard), wantState };
      if (!placement) return { ...unit, heldUpdate: round - 1 };
      const { base, replay } = placement;
      const steps = replay.map((r, i) => wire.PcdStep.create({ ...r, stream: unitId(base.round + 1 + i, shard) }));
      return { ...unit, heldUpdate: base.round, particles: base.state, replay: steps };
    },
    fullState: (reply) => (reply.pcd?.particles && reply.pcd.particles.length > 0 ? Uint8Array.from(reply.pcd.particles) : undefined),
  };
}

/** Names the run's particle configuration: a host holding another's shard never uses it. */
function configDigest(plan: ParticlePlan, particles: number): string {
  const fields = { nv: plan.nv, nh: plan.nh, k: plan.k, seed: plan.seed, kernel: plan.kernel, temperingBetas: Array.from(plan.temperingBetas), shardSize: plan.shardSize, particles, unitsPerUpdate: plan.unitsPerUpdate, dataShards: plan.dataShards };
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex').slice(0, 32);
}
