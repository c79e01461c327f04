/**
 * The coordinator side of parallel tempering, as pure steps the distributed runtime can call:
 * it owns the ladder, the permutation replica <-> ladder index of each copy, the index
 * process and every swap decision (from its own stream, streamRng(seed, "pt.swap", copy)).
 * Replicas report log ratios and observables; nothing here sees a state.
 *
 * `copies` independent PT chains of the same target share one ladder, adapted from their
 * pooled acceptance, so their estimates pool level by level. Replica slots are numbered
 * copy * replicas + r.
 */
import { streamRng, Rng } from '../rng/rng.js';
import { applySwaps, swapAcceptanceProbability, swapParity, type SwapScheme } from './swap.js';
import { initialLastEnd, updateIndexProcess } from './index-process.js';
import type { ReplicaReport } from './replica.js';
import { createRoundRecord, type RoundRecord } from './round-record.js';

export const SWAP_STREAM = 'pt.swap';

export interface CopyCoordinatorState {
  /** Ladder index -> local replica index (slot = copy * replicas + local index). */
  replicaAtLevel: Int32Array;
  /** Local replica index -> ladder index. */
  levelOfReplica: Int32Array;
  /** Which end each replica touched last (index-process.ts). */
  lastEnd: Int8Array;
  rng: Rng;
  roundTrips: number;
  restarts: number;
}

export interface PtCoordinatorState {
  scheme: SwapScheme;
  replicas: number;
  copies: number;
  /** The ladder b_0 = 0 < ... < b_K = 1, frozen within a round. */
  betas: Float64Array;
  /** Rounds finished. */
  round: number;
  /** Scans finished, over all rounds; DEO's parity is scan % 2. */
  scan: number;
  chains: CopyCoordinatorState[];
}

/** Copy `copy`'s coordinator state at the start of a run: identity permutation, its own swap stream. */
export function createCopyCoordinatorState(seed: number, copy: number, replicas: number): CopyCoordinatorState {
  const identity = Int32Array.from({ length: replicas }, (_, i) => i);
  return {
    replicaAtLevel: identity,
    levelOfReplica: Int32Array.from(identity),
    lastEnd: initialLastEnd(identity),
    rng: streamRng(seed, SWAP_STREAM, copy),
    roundTrips: 0,
    restarts: 0,
  };
}

export function createCoordinator(seed: number, scheme: SwapScheme, betas: ArrayLike<number>, copies: number): PtCoordinatorState {
  const replicas = betas.length;
  const chains: CopyCoordinatorState[] = [];
  for (let c = 0; c < copies; c++) chains.push(createCopyCoordinatorState(seed, c, replicas));
  return { scheme, replicas, copies, betas: Float64Array.from(betas), round: 0, scan: 0, chains };
}

/** The slot id of local replica r in copy c. */
export function replicaSlot(state: PtCoordinatorState, copy: number, r: number): number {
  return copy * state.replicas + r;
}

/** The ladder index the replica in `slot` is to run at next. */
export function levelOfSlot(state: PtCoordinatorState, slot: number): number {
  return state.chains[Math.floor(slot / state.replicas)].levelOfReplica[slot % state.replicas];
}

/** One round's records, one per copy. */
export function createRoundRecords(state: PtCoordinatorState, scans: number, observationNames: readonly string[]): RoundRecord[] {
  return state.chains.map(() => createRoundRecord(scans, state.replicas - 1, observationNames));
}

/** Scratch for coordinateScan, so a scan allocates nothing. */
export interface ScanScratch {
  up: Float64Array;
  down: Float64Array;
}

export function createScanScratch(state: PtCoordinatorState): ScanScratch {
  return { up: new Float64Array(state.replicas), down: new Float64Array(state.replicas) };
}

/**
 * The per-scan coordinator step: given every replica's report (indexed by slot), record the
 * round's estimator inputs in ladder order, decide the swaps and update the index process.
 * Afterwards levelOfSlot gives each replica its ladder index for the next scan.
 */
export function coordinateScan(state: PtCoordinatorState, reports: readonly ReplicaReport[], records: RoundRecord[], scratch: ScanScratch): void {
  for (let c = 0; c < state.copies; c++) {
    coordinateCopyScan(state.scheme, state.scan, state.chains[c], reports, c * state.replicas, records[c], scratch);
  }
  state.scan++;
}

/**
 * The scan step of one copy: reports[offset + r] is local replica r's report. Copies share
 * nothing but the ladder and the scan count (DEO's parity), so a copy's rounds can run
 * anywhere -- the distributed runtime runs each copy's round as one unit (copy-round.ts).
 */
export function coordinateCopyScan(
  scheme: SwapScheme,
  scan: number,
  chain: CopyCoordinatorState,
  reports: readonly ReplicaReport[],
  offset: number,
  record: RoundRecord,
  scratch: ScanScratch,
): void {
  const R = chain.replicaAtLevel.length;
  const K = R - 1;
  const { up, down } = scratch;
  if (record.scans >= record.capacity) throw new RangeError('coordinateScan: the round record is full');
  const t = record.scans;
  const nObs = record.observationNames.length;
  for (let level = 0; level < R; level++) {
    const report = reports[offset + chain.replicaAtLevel[level]];
    if (report.level !== level) throw new RangeError(`replica slot ${report.slot} ran at level ${report.level}, expected ${level}`);
    up[level] = report.logRatioUp;
    down[level] = report.logRatioDown;
    record.observations.set(report.observations, (t * R + level) * nObs);
  }
  for (let i = 0; i < K; i++) {
    record.forward[t * K + i] = up[i];
    record.backward[t * K + i] = down[i + 1];
    record.acceptanceSum[i] += swapAcceptanceProbability(up[i] + down[i + 1]);
  }
  const parity = swapParity(scheme, scan, chain.rng);
  applySwaps(parity, up, down, chain.replicaAtLevel, chain.levelOfReplica, chain.rng, record.proposed, record.accepted);
  updateIndexProcess(chain.replicaAtLevel, chain.lastEnd, record);
  record.scans++;
}
