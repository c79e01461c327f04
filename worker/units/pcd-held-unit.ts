/**
 * A held PCD particle shard on a chain host (worker/chain-host.ts): one update's negative
 * phase (Tieleman 2008) on particles the host keeps between updates, so an update sends only
 * the parameters and returns only the negative statistics (and the particles when the
 * coordinator asks for them, for its checkpoint).
 *
 * The unit names the particles it starts from: shard `shard` after `heldUpdate` updates. The
 * host uses the particles it holds, or the ones the unit carries (a placement: the first
 * update of a run or a resume, or a shard moved from a lost worker), then replays the updates
 * in `replay` (statistics discarded) and runs the unit's update. Each update is a pure
 * function of (particles, parameters, stream), so a moved shard ends in the bits of the
 * undisturbed one, and in the bits of the stateless unit (pcd-unit.ts). Without either, the
 * unit fails with PcdStateMissing and the coordinator sends the particles.
 */
import { streamRng } from '../../core/rng/rng.js';
import { shardStatistics, type ShardOutput } from '../../core/train/shard-statistics.js';
import { wire, type UnitRequest, type UnitResult } from '../../proto/messages.js';
import type { ebm } from '../../proto/generated/ebm.js';
import { HeldStateStore, StateMissingError, type HeldState } from '../held-state-store.js';
import { allocateParticleSlab, readParticleSlab, writeParticleSlab } from '../particle-slab.js';
import { trainingKernel } from '../training-kernels.js';
import { paramsFromWire, PCD_PURPOSE, scratchFor, statisticsWire } from './pcd-unit.js';

export interface HeldParticles extends HeldState {
  /** rows x nv, 0/1: the shard's particles after `round` updates. */
  particles: Uint8Array;
}

export class ParticleStore extends HeldStateStore<HeldParticles> {}

/** What a replacement thread needs to take a shard over from its slab. */
export interface PcdRestore {
  slab: SharedArrayBuffer;
  config: { configDigest: string };
}

function startingParticles(store: ParticleStore, request: UnitRequest, unit: ebm.v1.PcdUnit, restore: PcdRestore | undefined): HeldParticles {
  const digest = unit.configDigest;
  if (unit.particles && unit.particles.length > 0) {
    const slab = store.find(request.runId, unit.shard, digest, unit.heldUpdate)?.slab ?? allocateParticleSlab(unit.particles.length);
    return { digest, round: unit.heldUpdate, particles: Uint8Array.from(unit.particles), slab };
  }
  const held = store.find(request.runId, unit.shard, digest, unit.heldUpdate);
  if (held) return held;
  if (restore && restore.config.configDigest === digest) {
    const saved = readParticleSlab(restore.slab);
    if (saved.update === unit.heldUpdate) return { digest, round: saved.update, particles: saved.particles, slab: restore.slab };
  }
  throw new StateMissingError('Pcd', `this worker holds no particles of shard ${unit.shard} after update ${unit.heldUpdate}`);
}

/** Runs the unit and fills `result.pcd`; returns the shard as now held (its slab has the new particles). */
export function runHeldPcdUnit(store: ParticleStore, request: UnitRequest, result: UnitResult, restore?: PcdRestore): HeldParticles {
  const unit = request.pcd as ebm.v1.PcdUnit; // decoded messages are full instances
  if (unit.method !== 'pcd') throw new RangeError(`a held particle shard runs PCD, not ${JSON.stringify(unit.method)}`);
  const { nv, nh } = unit;
  const held = startingParticles(store, request, unit, restore);
  if (held.particles.length % nv !== 0) throw new RangeError(`particle shard ${unit.shard}: ${held.particles.length} values are not rows of ${nv}`);
  // While it runs, the particles are no finished update's: out of the store until they are.
  store.drop(request.runId, unit.shard);
  const kernel = trainingKernel(unit.kernel);
  const temperingBetas = Float64Array.from(unit.temperingBetas ?? []);
  const steps = [...unit.replay, { weights: unit.weights, visibleBias: unit.visibleBias, hiddenBias: unit.hiddenBias, stream: unit.stream }];
  let out: ShardOutput = {};
  for (const step of steps) {
    out = shardStatistics({
      params: paramsFromWire(nv, nh, step),
      method: 'pcd',
      k: unit.k,
      data: new Uint8Array(0),
      particles: held.particles,
      rng: streamRng(Number(unit.seed), PCD_PURPOSE, Number(step.stream ?? 0)),
      kernel,
      scratch: scratchFor(nv, nh),
      temperingBetas,
    });
  }
  held.round = unit.heldUpdate + steps.length;
  writeParticleSlab(held.slab, held.round, held.particles);
  store.put(request.runId, unit.shard, held);
  // Encoding copies the statistics out of the scratch buffers before the next unit reuses them.
  result.pcd = wire.PcdResult.create({
    ...(out.negative ? { negative: statisticsWire(out.negative) } : {}),
    particles: unit.wantState ? held.particles.slice() : new Uint8Array(0),
  });
  return held;
}
