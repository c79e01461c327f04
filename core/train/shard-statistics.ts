/**
 * One shard's part of a PCD-k or CD-k update (Tieleman 2008; Hinton 2002): the positive
 * statistics of a shard of the minibatch and/or the negative statistics of a shard of chains.
 * PCD: the shard's persistent particles take k Gibbs steps with the current parameters (never
 * reset) and are returned for the next update. CD: the chains restart at the shard's data.
 */
import type { Rng } from '../rng/rng.js';
import type { RbmParams } from './rbm-params.js';
import { emptyStatistics, type Statistics } from './statistics.js';
import { referenceKernel, type TrainingKernel } from './training-kernel.js';
import { temperedNegativePhase } from './tempered-particles.js';

export type TrainingMethod = 'pcd' | 'cd';

export interface ShardInput {
  params: RbmParams;
  method: TrainingMethod;
  /** Gibbs steps per update. */
  k: number;
  /** Binary data rows (rows x nv, 0/1), or empty. */
  data: Uint8Array;
  /** PCD: binary particle rows (rows x nv), advanced in place; empty for CD. */
  particles: Uint8Array;
  rng: Rng;
  kernel?: TrainingKernel;
  /**
   * PCD from tempered chains (tempered-particles.ts): the ladder of inverse temperatures,
   * ending at 1; each particle is then R rows. Absent or empty: plain PCD.
   */
  temperingBetas?: Float64Array;
  /**
   * Statistics to reuse (zeroed here) instead of allocating: a worker thread keeps one pair
   * per model shape, saving the page faults of fresh megabyte-sized arrays on every unit.
   * The output then aliases them, valid until the next call with the same scratch.
   */
  scratch?: { positive: Statistics; negative: Statistics };
}

export interface ShardOutput {
  /** Statistics of the data rows (absent when the shard has none). */
  positive?: Statistics;
  /** Statistics of the final chain states (absent when the shard runs no chains). */
  negative?: Statistics;
}

export function shardStatistics(input: ShardInput): ShardOutput {
  const { params, k, rng } = input;
  const { nv, nh } = params;
  const kernel = (input.kernel ?? referenceKernel)(params);
  const out: ShardOutput = {};
  const dataRows = rowCount(input.data, nv, 'data');
  const particleRows = rowCount(input.particles, nv, 'particles');
  if (dataRows > 0) {
    out.positive = fresh(input.scratch?.positive, nv, nh);
    kernel.accumulate(input.data, dataRows, out.positive);
  }
  const betas = input.temperingBetas;
  if (input.method === 'pcd' && betas && betas.length > 0 && particleRows > 0) {
    if (particleRows % betas.length !== 0) throw new RangeError(`${particleRows} particle rows do not make ladders of ${betas.length}`);
    out.negative = fresh(input.scratch?.negative, nv, nh);
    temperedNegativePhase(params, input.kernel ?? referenceKernel, betas, input.particles, particleRows / betas.length, k, rng, out.negative);
    return out;
  }
  let chains: Uint8Array | undefined;
  let chainRows = 0;
  if (input.method === 'cd' && dataRows > 0) {
    chains = Uint8Array.from(input.data);
    chainRows = dataRows;
  } else if (input.method === 'pcd' && particleRows > 0) {
    chains = input.particles;
    chainRows = particleRows;
  }
  if (chains) {
    kernel.gibbs(rng, chains, chainRows, k);
    out.negative = fresh(input.scratch?.negative, nv, nh);
    kernel.accumulate(chains, chainRows, out.negative);
  }
  return out;
}

function rowCount(rows: Uint8Array, nv: number, what: string): number {
  if (rows.length % nv !== 0) throw new RangeError(`${what} has ${rows.length} values, not a multiple of nv = ${nv}`);
  return rows.length / nv;
}

function fresh(reuse: Statistics | undefined, nv: number, nh: number): Statistics {
  if (!reuse || reuse.w.length !== nv * nh || reuse.b.length !== nv || reuse.c.length !== nh) return emptyStatistics(nv, nh);
  reuse.w.fill(0);
  reuse.b.fill(0);
  reuse.c.fill(0);
  reuse.rows = 0;
  return reuse;
}
