/**
 * One copy of a PT run as a value a work unit can carry: its replicas (chains and their
 * streams) and its coordinator state (permutation, index-process marks, swap stream). A
 * copy's round -- scans of local moves and swaps -- needs nothing from the other copies but
 * the shared ladder and the scan count, so the distributed runtime runs it as one unit and
 * gets the bits runPtRound gets (every stream is keyed by slot or copy, never by worker).
 *
 * Swaps still exchange temperatures, never states, and are decided from the copy's own swap
 * stream streamRng(seed, "pt.swap", copy), which travels with the copy between rounds.
 */
import type { ChainOptions, TemperedPath } from '../models/model.js';
import { coordinateCopyScan, createCopyCoordinatorState, type CopyCoordinatorState, type ScanScratch } from './coordinator.js';
import { createReplica, createReport, replicaScan, type Replica, type ReplicaReport } from './replica.js';
import { createRoundRecord, type RoundRecord } from './round-record.js';
import type { SwapScheme } from './swap.js';

export interface PtCopy {
  copy: number;
  /** log Z at b_0 (the reference's), where the copy's stepping-stone estimate starts. */
  logZ0: number;
  /** Local replica r is slot copy * replicas + r. */
  replicas: Replica[];
  reports: ReplicaReport[];
  chain: CopyCoordinatorState;
  scratch: ScanScratch;
}

/** Copy `copy` at the start of a run, as createPtRun makes it. */
export function createPtCopy(path: TemperedPath, seed: number, copy: number, replicas: number, chainOptions?: ChainOptions): PtCopy {
  const list: Replica[] = [];
  for (let r = 0; r < replicas; r++) list.push(createReplica(path, seed, copy * replicas + r, chainOptions));
  return {
    copy,
    logZ0: path.logZ0,
    replicas: list,
    reports: list.map(createReport),
    chain: createCopyCoordinatorState(seed, copy, replicas),
    scratch: { up: new Float64Array(replicas), down: new Float64Array(replicas) },
  };
}

export interface CopyRoundOptions {
  betas: ArrayLike<number>;
  scheme: SwapScheme;
  /** Scans finished by the run before this round (DEO's parity is the global scan % 2). */
  scanStart: number;
  scans: number;
  sweeps: number;
}

/** One round of one copy: `scans` times (every replica's local moves, then the swaps). */
export function runCopyRound(copy: PtCopy, options: CopyRoundOptions): RoundRecord {
  const { replicas, reports, chain } = copy;
  const record = createRoundRecord(options.scans, replicas.length - 1, replicas[0].observationNames);
  for (let t = 0; t < options.scans; t++) {
    for (let r = 0; r < replicas.length; r++) replicaScan(replicas[r], options.betas, chain.levelOfReplica[r], options.sweeps, reports[r]);
    coordinateCopyScan(options.scheme, options.scanStart + t, chain, reports, 0, record, copy.scratch);
  }
  return record;
}

/** Everything a copy carries between rounds, as typed arrays (the wire's bytes). */
export interface PtCopyState {
  chainStates: Uint8Array[];
  replicaRngStates: Uint32Array[];
  replicaAtLevel: Int32Array;
  lastEnd: Int8Array;
  swapRngState: Uint32Array;
  roundTrips: number;
  restarts: number;
}

export function saveCopy(copy: PtCopy): PtCopyState {
  return {
    chainStates: copy.replicas.map((r) => r.chains.saveState()),
    replicaRngStates: copy.replicas.map((r) => r.rng.saveState()),
    replicaAtLevel: Int32Array.from(copy.chain.replicaAtLevel),
    lastEnd: Int8Array.from(copy.chain.lastEnd),
    swapRngState: copy.chain.rng.saveState(),
    roundTrips: copy.chain.roundTrips,
    restarts: copy.chain.restarts,
  };
}

/** Put a saved state into a copy made by createPtCopy with the same options. */
export function loadCopy(copy: PtCopy, state: PtCopyState): void {
  const R = copy.replicas.length;
  if (state.chainStates.length !== R || state.replicaRngStates.length !== R || state.replicaAtLevel.length !== R || state.lastEnd.length !== R) {
    throw new RangeError(`copy ${copy.copy}: the saved state has ${state.chainStates.length} replicas, expected ${R}`);
  }
  copy.replicas.forEach((replica, r) => {
    replica.chains.loadState(state.chainStates[r]);
    replica.rng.restoreState(state.replicaRngStates[r]);
  });
  const { chain } = copy;
  chain.replicaAtLevel.set(state.replicaAtLevel);
  state.replicaAtLevel.forEach((r, level) => (chain.levelOfReplica[r] = level));
  chain.lastEnd.set(state.lastEnd);
  chain.rng.restoreState(state.swapRngState);
  chain.roundTrips = state.roundTrips;
  chain.restarts = state.restarts;
}
