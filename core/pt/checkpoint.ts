/**
 * A PT run's state between rounds as plain data (numbers, arrays, bytes): the ladder, each
 * copy's permutation, index-process marks and swap stream, each replica slot's chain state
 * and stream, and the per-round table. Restoring it and running on gives bit for bit what
 * running straight through gives, so a coordinator can checkpoint at round boundaries and a
 * replica slot can move to another worker.
 */
import type { Rng } from '../rng/rng.js';
import type { PtCoordinatorState } from './coordinator.js';
import type { PtOptions } from './pt-options.js';
import { createPtRun, type PtRoundRow, type PtRun } from './run-pt.js';

export interface ReplicaCheckpoint {
  slot: number;
  chainState: Uint8Array;
  rngState: number[];
}

export interface PtCheckpoint {
  round: number;
  scan: number;
  betas: number[];
  copies: { replicaAtLevel: number[]; lastEnd: number[]; rngState: number[]; roundTrips: number; restarts: number }[];
  replicas: ReplicaCheckpoint[];
  rows: PtRoundRow[];
}

export function saveReplica(replica: { slot: number; chains: { saveState(): Uint8Array }; rng: Rng }): ReplicaCheckpoint {
  return { slot: replica.slot, chainState: replica.chains.saveState(), rngState: Array.from(replica.rng.saveState()) };
}

export function saveCoordinator(state: PtCoordinatorState): Pick<PtCheckpoint, 'round' | 'scan' | 'betas' | 'copies'> {
  return {
    round: state.round,
    scan: state.scan,
    betas: Array.from(state.betas),
    copies: state.chains.map((c) => ({
      replicaAtLevel: Array.from(c.replicaAtLevel),
      lastEnd: Array.from(c.lastEnd),
      rngState: Array.from(c.rng.saveState()),
      roundTrips: c.roundTrips,
      restarts: c.restarts,
    })),
  };
}

export function savePtRun(run: PtRun): PtCheckpoint {
  return { ...saveCoordinator(run.coordinator), replicas: run.replicas.map(saveReplica), rows: run.rows.map((r) => ({ ...r })) };
}

/** A run with the same options, put back in the checkpoint's state. */
export function restorePtRun(options: PtOptions, checkpoint: PtCheckpoint): PtRun {
  const run = createPtRun(options);
  const state = run.coordinator;
  if (checkpoint.copies.length !== state.copies || checkpoint.betas.length !== state.replicas) {
    throw new RangeError(`checkpoint has ${checkpoint.copies.length} copies of ${checkpoint.betas.length} replicas; the options ask for ${state.copies} of ${state.replicas}`);
  }
  state.round = checkpoint.round;
  state.scan = checkpoint.scan;
  state.betas = Float64Array.from(checkpoint.betas);
  checkpoint.copies.forEach((saved, c) => {
    const chain = state.chains[c];
    chain.replicaAtLevel.set(saved.replicaAtLevel);
    saved.replicaAtLevel.forEach((r, level) => (chain.levelOfReplica[r] = level));
    chain.lastEnd.set(saved.lastEnd);
    chain.rng.restoreState(saved.rngState);
    chain.roundTrips = saved.roundTrips;
    chain.restarts = saved.restarts;
  });
  for (const saved of checkpoint.replicas) {
    const replica = run.replicas[saved.slot];
    replica.chains.loadState(saved.chainState);
    replica.rng.restoreState(saved.rngState);
  }
  run.rows = checkpoint.rows.map((r) => ({ ...r }));
  return run;
}
