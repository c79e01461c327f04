/**
 * A PCD / CD shard unit: the current RBM parameters, a shard of the minibatch and/or of the
 * persistent particles; returns the shard's statistics as sums and the advanced particles.
 * Its stream is (seed, PCD_PURPOSE, stream), where the coordinator numbers streams by
 * (update, shard), so the result does not depend on which worker runs it. (A particle shard
 * held on a chain host between updates runs in worker/units/pcd-held-unit.ts instead.)
 */
import { streamRng } from '../../core/rng/rng.js';
import type { RbmParams } from '../../core/train/rbm-params.js';
import { shardStatistics, type TrainingMethod } from '../../core/train/shard-statistics.js';
import { emptyStatistics, type Statistics } from '../../core/train/statistics.js';
import { bytesFloat64, float64Bytes, wire, type UnitRequest, type UnitResult } from '../../proto/messages.js';
import type { ebm } from '../../proto/generated/ebm.js';
import { trainingKernel } from '../training-kernels.js';

/** The purpose string of Gibbs streams of training chains. */
export const PCD_PURPOSE = 'train.gibbs';

/** Per-thread statistics buffers for the last model shape (see ShardInput.scratch). */
let scratch: { positive: Statistics; negative: Statistics } | undefined;

/** This thread's statistics buffers, for an nv x nh model. */
export function scratchFor(nv: number, nh: number): { positive: Statistics; negative: Statistics } {
  if (!scratch || scratch.positive.c.length !== nh || scratch.positive.b.length !== nv) {
    scratch = { positive: emptyStatistics(nv, nh), negative: emptyStatistics(nv, nh) };
  }
  return scratch;
}

/** The parameters a unit (or a replayed step) carries, checked against the model's shape. */
export function paramsFromWire(nv: number, nh: number, step: { weights?: Uint8Array | null; visibleBias?: Uint8Array | null; hiddenBias?: Uint8Array | null }): RbmParams {
  return {
    nv,
    nh,
    W: expectLength(bytesFloat64(step.weights), nv * nh, 'weights'),
    b: expectLength(bytesFloat64(step.visibleBias), nv, 'visibleBias'),
    c: expectLength(bytesFloat64(step.hiddenBias), nh, 'hiddenBias'),
  };
}

export function runPcdUnit(request: UnitRequest, result: UnitResult): void {
  const unit = request.pcd as ebm.v1.PcdUnit; // decoded messages are full instances
  const nv = unit.nv;
  const nh = unit.nh;
  const params = paramsFromWire(nv, nh, unit);
  if (unit.method !== 'pcd' && unit.method !== 'cd') throw new RangeError(`unknown training method ${JSON.stringify(unit.method)}`);
  const particles = Uint8Array.from(unit.particles ?? []);
  const out = shardStatistics({
    params,
    method: unit.method as TrainingMethod,
    k: unit.k,
    data: unit.data ?? new Uint8Array(0),
    particles,
    rng: streamRng(Number(unit.seed), PCD_PURPOSE, Number(unit.stream)),
    kernel: trainingKernel(unit.kernel),
    scratch: scratchFor(nv, nh),
    temperingBetas: Float64Array.from(unit.temperingBetas ?? []),
  });
  // Encoding copies the statistics out of the scratch buffers before the next unit reuses them.
  result.pcd = wire.PcdResult.create({
    ...(out.positive ? { positive: statisticsWire(out.positive) } : {}),
    ...(out.negative ? { negative: statisticsWire(out.negative) } : {}),
    particles: unit.method === 'pcd' ? particles : new Uint8Array(0),
  });
}

export function statisticsWire(s: Statistics): ReturnType<typeof wire.RbmStatistics.create> {
  return wire.RbmStatistics.create({ w: float64Bytes(s.w), b: float64Bytes(s.b), c: float64Bytes(s.c), rows: s.rows });
}

function expectLength(a: Float64Array, n: number, field: string): Float64Array {
  if (a.length !== n) throw new RangeError(`pcd unit: ${field} has ${a.length} values, expected ${n}`);
  return a;
}
