/**
 * A PCD / CD shard unit: the current RBM parameters, a shard of the minibatch and/or of the
 * persistent particles; returns the shard's statistics as sums and the advanced particles.
 * Its stream is (seed, PCD_PURPOSE, stream), where the coordinator numbers streams by
 * (update, shard), so the result does not depend on which worker runs it.
 */
import { streamRng } from '../../core/rng/rng.js';
import { shardStatistics, type TrainingMethod } from '../../core/train/shard-statistics.js';
import { emptyStatistics, type Statistics } from '../../core/train/statistics.js';
import { bytesFloat64, float64Bytes, wire, type UnitRequest, type UnitResult } from '../../proto/messages.js';
import type { ebm } from '../../proto/generated/ebm.js';
import { trainingKernel } from '../training-kernels.js';

/** The purpose string of Gibbs streams of training chains. */
export const PCD_PURPOSE = 'train.gibbs';

/** Per-thread statistics buffers for the last model shape (see ShardInput.scratch). */
let scratch: { positive: Statistics; negative: Statistics } | undefined;

export function runPcdUnit(request: UnitRequest, result: UnitResult): void {
  const unit = request.pcd as ebm.v1.PcdUnit; // decoded messages are full instances
  const nv = unit.nv;
  const nh = unit.nh;
  const params = {
    nv,
    nh,
    W: expectLength(bytesFloat64(unit.weights), nv * nh, 'weights'),
    b: expectLength(bytesFloat64(unit.visibleBias), nv, 'visibleBias'),
    c: expectLength(bytesFloat64(unit.hiddenBias), nh, 'hiddenBias'),
  };
  if (unit.method !== 'pcd' && unit.method !== 'cd') throw new RangeError(`unknown training method ${JSON.stringify(unit.method)}`);
  const particles = Uint8Array.from(unit.particles ?? []);
  if (!scratch || scratch.positive.c.length !== nh || scratch.positive.b.length !== nv) {
    scratch = { positive: emptyStatistics(nv, nh), negative: emptyStatistics(nv, nh) };
  }
  const out = shardStatistics({
    params,
    method: unit.method as TrainingMethod,
    k: unit.k,
    data: unit.data ?? new Uint8Array(0),
    particles,
    rng: streamRng(Number(unit.seed), PCD_PURPOSE, Number(unit.stream)),
    kernel: trainingKernel(unit.kernel),
    scratch,
    temperingBetas: Float64Array.from(unit.temperingBetas ?? []),
  });
  // Encoding copies the statistics out of the scratch buffers before the next unit reuses them.
  result.pcd = wire.PcdResult.create({
    ...(out.positive ? { positive: statisticsWire(out.positive) } : {}),
    ...(out.negative ? { negative: statisticsWire(out.negative) } : {}),
    particles: unit.method === 'pcd' ? particles : new Uint8Array(0),
  });
}

function statisticsWire(s: Statistics): ReturnType<typeof wire.RbmStatistics.create> {
  return wire.RbmStatistics.create({ w: float64Bytes(s.w), b: float64Bytes(s.b), c: float64Bytes(s.c), rows: s.rows });
}

function expectLength(a: Float64Array, n: number, field: string): Float64Array {
  if (a.length !== n) throw new RangeError(`pcd unit: ${field} has ${a.length} values, expected ${n}`);
  return a;
}
