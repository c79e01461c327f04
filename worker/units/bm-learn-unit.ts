/**
 * A Boltzmann-machine PCD shard unit: the current parameters and a shard of chain states, the
 * first `clamped` units of each fixed (the positive phase's visible units, or none for the
 * free particles); runs k Gibbs sweeps of the rest and returns the sums of x x^T and x and the
 * advanced states. Its stream is (seed, BM_LEARN_PURPOSE, stream), the coordinator numbering
 * streams by (update, shard), so the result does not depend on which worker runs it.
 */
import { streamRng } from '../../core/rng/rng.js';
import { bmShardStatistics } from '../../core/train/bm-statistics.js';
import { bytesFloat64, float64Bytes, wire, type UnitRequest, type UnitResult } from '../../proto/messages.js';
import type { ebm } from '../../proto/generated/ebm.js';

/** The purpose string of the Gibbs streams of Boltzmann-machine training chains. */
export const BM_LEARN_PURPOSE = 'train-bm.gibbs';

export function runBmLearnUnit(request: UnitRequest, result: UnitResult): void {
  const unit = request.bmLearn as ebm.v1.BmLearnUnit; // decoded messages are full instances
  const n = unit.n;
  const W = bytesFloat64(unit.weights);
  const b = bytesFloat64(unit.bias);
  if (W.length !== n * n || b.length !== n) throw new RangeError(`bm-learn unit: parameters of the wrong shape for n = ${n}`);
  if (unit.clamped > n) throw new RangeError(`bm-learn unit: clamped ${unit.clamped} > n = ${n}`);
  const raw = unit.states ?? new Uint8Array(0);
  const states = new Int8Array(raw.length);
  states.set(new Int8Array(raw.buffer, raw.byteOffset, raw.length));
  const stats = bmShardStatistics({
    params: { n, spin: unit.spin, W, b },
    states,
    clamped: unit.clamped,
    k: unit.k,
    rng: streamRng(Number(unit.seed), BM_LEARN_PURPOSE, Number(unit.stream)),
  });
  result.bmLearn = wire.BmLearnResult.create({
    pairSums: float64Bytes(stats.pairs),
    unitSums: float64Bytes(stats.units),
    rows: stats.rows,
    states: new Uint8Array(states.buffer, states.byteOffset, states.byteLength),
    sweeps: unit.clamped < n ? stats.rows * unit.k : 0,
  });
}
