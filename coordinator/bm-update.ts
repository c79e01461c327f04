/**
 * One data-parallel PCD update of a Boltzmann machine on the workers: the minibatch's clamped
 * chains (positive phase) and the persistent particles (negative phase) are cut into shards of
 * the spec's shardSize, each sent with the current parameters as a bm-learn unit, and the
 * returned sums are added in shard order (never arrival order), so the weights are bitwise
 * the same for any number of workers. Unit ids (and RNG streams) are
 * update * unitsPerUpdate + shard index, data shards first.
 */
import type { BmParams } from '../core/train/bm-params.js';
import { addBmStatistics, emptyBmStatistics, type BmStatistics } from '../core/train/bm-statistics.js';
import { bytesFloat64, float64Bytes, type UnitResult } from '../proto/messages.js';
import { dispatchUnits, type DispatchOptions } from './dispatch.js';

/** Where and how the shards run (everything but the attempt limit, which is fixed here). */
export type BmUpdateRuntime = Omit<DispatchOptions, 'maxAttempts'>;

export interface BmUpdatePlan {
  k: number;
  seed: number;
  shardSize: number;
}

export interface BmUpdateOutcome {
  positive: BmStatistics;
  negative: BmStatistics;
}

/**
 * Runs update number `update`: `batch` (rows x n) holds the minibatch's clamped chains (the
 * visible units set to the data), `particles` (P x n) the free chains; both are advanced in place.
 */
export async function runBmUpdate(update: number, params: BmParams, batch: Int8Array, particles: Int8Array, plan: BmUpdatePlan, runtime: BmUpdateRuntime): Promise<BmUpdateOutcome> {
  const { n } = params;
  const shardsOf = (states: Int8Array) => Math.ceil(states.length / n / plan.shardSize);
  const dataShards = shardsOf(batch);
  const perUpdate = dataShards + shardsOf(particles);
  const first = update * perUpdate;
  const shard = (s: number): Int8Array => {
    const [states, index] = s < dataShards ? [batch, s] : [particles, s - dataShards];
    return states.subarray(index * plan.shardSize * n, Math.min(states.length, (index + 1) * plan.shardSize * n));
  };
  const weights = float64Bytes(params.W);
  const bias = float64Bytes(params.b);
  const unitIds = Array.from({ length: perUpdate }, (_, s) => first + s);
  const results = await dispatchUnits(
    unitIds,
    (unitId) => {
      const s = unitId - first;
      const states = shard(s);
      return {
        bmLearn: {
          n,
          spin: params.spin,
          weights,
          bias,
          states: new Uint8Array(states.buffer, states.byteOffset, states.byteLength),
          clamped: s < dataShards ? n - params.hidden : 0,
          k: plan.k,
          seed: plan.seed,
          stream: unitId,
        },
      };
    },
    { ...runtime, maxAttempts: 4 },
  );
  const positive = emptyBmStatistics(n);
  const negative = emptyBmStatistics(n);
  for (let s = 0; s < perUpdate; s++) {
    const unitId = first + s;
    const body = (results.get(unitId) as UnitResult).bmLearn;
    if (!body) throw new Error(`unit ${unitId} returned no bm statistics`);
    const target = shard(s);
    const states = body.states ?? new Uint8Array(0);
    const pairs = bytesFloat64(body.pairSums);
    const units = bytesFloat64(body.unitSums);
    if (states.length !== target.length || pairs.length !== n * n || units.length !== n || body.rows !== target.length / n) {
      throw new Error(`unit ${unitId} returned bm statistics or states of the wrong shape`);
    }
    target.set(new Int8Array(states.buffer, states.byteOffset, states.length));
    addBmStatistics(s < dataShards ? positive : negative, { pairs, units, rows: body.rows });
  }
  return { positive, negative };
}
