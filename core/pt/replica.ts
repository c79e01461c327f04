/**
 * The replica side of parallel tempering: what a worker does with one replica per scan.
 *
 * A replica is one chain, owned by a replica *slot*; its RNG stream is streamRng(seed,
 * "pt.replica", slot), so results do not depend on the worker that hosts it or on the
 * temperature it currently holds. Each scan it advances `sweeps` sweeps at its ladder point
 * b_i and reports only numbers: the log ratios to its neighbours (for the coordinator's swap
 * decision and the stepping-stone estimator) and its observables. States never travel.
 */
import { streamRng, type Rng } from '../rng/rng.js';
import type { ChainOptions, ChainSet, TemperedPath } from '../models/model.js';

/** RNG purpose of a replica slot's stream. */
export const REPLICA_STREAM = 'pt.replica';

export interface Replica {
  /** Slot id: the unit id of the stream, stable whatever temperature or worker it has. */
  readonly slot: number;
  readonly chains: ChainSet;
  readonly rng: Rng;
  /** Names of the values in ReplicaReport.observations (see `observationNames`). */
  readonly observationNames: readonly string[];
  /** Scratch of length 1 for ChainSet calls; owned here so a scan allocates nothing. */
  readonly scratch: Float64Array;
}

export interface ReplicaReport {
  slot: number;
  /** The ladder index the replica was advanced at. */
  level: number;
  /** logRatio(b_{i+1}, b_i) at the replica's state; 0 at the top of the ladder. */
  logRatioUp: number;
  /** logRatio(b_{i-1}, b_i) at the replica's state; 0 at the bottom of the ladder. */
  logRatioDown: number;
  /** Values in the order of Replica.observationNames. */
  observations: Float64Array;
}

/**
 * The first observation is the path's log-likelihood l(x) = log pi_1*(x) - log pi_0*(x)
 * (logRatio(1, 0)), from which the specific heat is computed; the model's own observables
 * follow (energy first, by the ChainSet convention).
 */
export const PATH_LOG_LIKELIHOOD = 'path_log_likelihood';

export function observationNames(chains: ChainSet): string[] {
  return [PATH_LOG_LIKELIHOOD, ...chains.observables];
}

/** A replica in `slot`, its chain drawn from the reference with its own stream. */
export function createReplica(path: TemperedPath, seed: number, slot: number, chainOptions?: ChainOptions): Replica {
  const chains = path.createChains(1, chainOptions);
  const rng = streamRng(seed, REPLICA_STREAM, slot);
  chains.drawReference(rng);
  return { slot, chains, rng, observationNames: observationNames(chains), scratch: new Float64Array(1) };
}

export function createReport(replica: Replica): ReplicaReport {
  return { slot: replica.slot, level: -1, logRatioUp: 0, logRatioDown: 0, observations: new Float64Array(replica.observationNames.length) };
}

/** One scan of one replica at ladder index `level`: local moves, then the report. */
export function replicaScan(replica: Replica, betas: ArrayLike<number>, level: number, sweeps: number, report: ReplicaReport): void {
  const { chains, scratch } = replica;
  const b = betas[level];
  chains.advance(replica.rng, b, sweeps);
  report.slot = replica.slot;
  report.level = level;
  if (level + 1 < betas.length) {
    chains.logRatio(betas[level + 1], b, scratch);
    report.logRatioUp = scratch[0];
  } else report.logRatioUp = 0;
  if (level > 0) {
    chains.logRatio(betas[level - 1], b, scratch);
    report.logRatioDown = scratch[0];
  } else report.logRatioDown = 0;
  const names = replica.observationNames;
  chains.logRatio(1, 0, scratch);
  report.observations[0] = scratch[0];
  for (let o = 1; o < names.length; o++) {
    chains.observe(names[o], scratch);
    report.observations[o] = scratch[0];
  }
}
