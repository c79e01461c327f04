/**
 * The local PT driver: replicas, coordinator, rounds, estimators, composed in one thread
 * (pure, no clocks). The distributed runtime runs the same pieces with replicas on workers:
 * replicaScan on the workers, coordinateScan and finishRound on the coordinator.
 *
 * A run is a value (`PtRun`) advanced one round at a time by `runPtRound`, so it can be
 * checkpointed between rounds; `runPt` runs all rounds and returns the result.
 */
import { createCoordinator, createRoundRecords, coordinateScan, createScanScratch, levelOfSlot, type PtCoordinatorState } from './coordinator.js';
import { finishRound, type RoundSummary } from './finish-round.js';
import { levelObservables, poolObservables, type LevelObservables } from './observables.js';
import { resolvePtOptions, scansInRound, type PtOptions, type ResolvedPtOptions } from './pt-options.js';
import { createReplica, createReport, replicaScan, type Replica, type ReplicaReport } from './replica.js';
import type { RoundRecord } from './round-record.js';

/** Mean swap acceptance below which a pair is flagged in the result's warning. */
export const LOW_ACCEPTANCE = 0.02;

export interface PtRun {
  options: ResolvedPtOptions;
  coordinator: PtCoordinatorState;
  /** Indexed by slot = copy * replicas + r. */
  replicas: Replica[];
  reports: ReplicaReport[];
  /** One row per round run so far (plain data: checkpoints carry it). */
  rows: PtRoundRow[];
  /** The last round's summary and records: the run's estimates and observables come from it. */
  last: { summary: RoundSummary; records: RoundRecord[] } | undefined;
}

/** One row of the per-round table (terminal and result.json). */
export interface PtRoundRow {
  round: number;
  scans: number;
  globalBarrier: number;
  suggestedReplicas: number;
  minAcceptance: number;
  meanAcceptance: number;
  maxAcceptance: number;
  roundTrips: number;
  restarts: number;
  logZ: number;
  stderr: number;
}

export interface PtResult {
  method: 'pt';
  logZ: number;
  stderr: number;
  ci95: [number, number];
  logZForward: number;
  logZBackward: number;
  seed: number;
  replicas: number;
  rounds: number;
  copies: number;
  scheme: string;
  sweeps: number;
  /** Scans in the final round, the one the estimates come from. */
  scans: number;
  /** Final round's mean swap acceptance per neighbouring pair. */
  swapAcceptance: number[];
  /** Over all rounds and copies. */
  roundTrips: number;
  restarts: number;
  /** Final round's Lambda, and Lambda of every round. */
  globalBarrier: number;
  globalBarrierPerRound: number[];
  suggestedReplicas: number;
  /** The ladder of the final round. */
  betas: number[];
  /** log Z(b_i) along that ladder. */
  logZCurve: number[];
  table: PtRoundRow[];
  /** Per ladder point of the final round, pooled over copies. */
  observables: LevelObservables[];
  copyEstimates: { logZ: number; stderr: number; logZForward: number; logZBackward: number }[];
  warning?: string;
}

export function createPtRun(options: PtOptions): PtRun {
  const resolved = resolvePtOptions(options);
  const coordinator = createCoordinator(resolved.seed, resolved.scheme, resolved.betas, resolved.copies);
  const replicas: Replica[] = [];
  for (let slot = 0; slot < coordinator.copies * coordinator.replicas; slot++) {
    replicas.push(createReplica(resolved.path, resolved.seed, slot, resolved.chainOptions));
  }
  return { options: resolved, coordinator, replicas, reports: replicas.map(createReport), rows: [], last: undefined };
}

/** Run the next round: scans of (every replica's local moves and report, then the swaps). */
export function runPtRound(run: PtRun): RoundSummary {
  const { coordinator, replicas, reports, options } = run;
  const scans = scansInRound(options, coordinator.round + 1);
  const records = createRoundRecords(coordinator, scans, replicas[0].observationNames);
  const scratch = createScanScratch(coordinator);
  const betas = coordinator.betas;
  for (let t = 0; t < scans; t++) {
    for (let slot = 0; slot < replicas.length; slot++) {
      replicaScan(replicas[slot], betas, levelOfSlot(coordinator, slot), options.sweeps, reports[slot]);
    }
    coordinateScan(coordinator, reports, records, scratch);
  }
  const summary = finishRound(coordinator, records, options.path.logZ0, options.adapt);
  run.rows.push(roundRow(summary));
  run.last = { summary, records };
  return summary;
}

export function runPt(options: PtOptions, onRound?: (row: PtRoundRow) => void): PtResult {
  const run = createPtRun(options);
  while (run.coordinator.round < run.options.rounds) {
    runPtRound(run);
    onRound?.(run.rows[run.rows.length - 1]);
  }
  return ptResult(run);
}

export function roundRow(summary: RoundSummary): PtRoundRow {
  const a = Array.from(summary.swapAcceptance);
  return {
    round: summary.round,
    scans: summary.scans,
    globalBarrier: summary.globalBarrier,
    suggestedReplicas: summary.suggestedReplicas,
    minAcceptance: Math.min(...a),
    meanAcceptance: a.reduce((s, x) => s + x, 0) / a.length,
    maxAcceptance: Math.max(...a),
    roundTrips: summary.roundTrips,
    restarts: summary.restarts,
    logZ: summary.pooled.logZ,
    stderr: summary.pooled.stderr,
  };
}

/** The result of the rounds run so far; estimates and observables come from the last round. */
export function ptResult(run: PtRun): PtResult {
  if (!run.last) throw new RangeError('ptResult: no round has run since the run was created or restored');
  return ptResultOf({
    seed: run.options.seed,
    sweeps: run.options.sweeps,
    size: run.replicas[0].chains.size,
    coordinator: run.coordinator,
    rows: run.rows,
    last: run.last,
  });
}

/** What a result is made of, wherever the rounds ran (here, or on workers). */
export interface PtResultParts {
  seed: number;
  sweeps: number;
  /** Variables per state (for specific heat per variable). */
  size: number;
  coordinator: Pick<PtCoordinatorState, 'replicas' | 'copies' | 'scheme'>;
  rows: PtRoundRow[];
  /**
   * The last round: its summary, records, and each copy's per-level observables when they were
   * computed where the records were made (otherwise computed here from the records' series).
   */
  last: { summary: RoundSummary; records: RoundRecord[]; observables?: LevelObservables[][] };
}

export function ptResultOf(run: PtResultParts): PtResult {
  const { summary: last, records } = run.last;
  const { pooled } = last;
  const size = run.size;
  const observables = poolObservables(run.last.observables ?? records.map((record) => levelObservables(record, last.betas, size)));
  const result: PtResult = {
    method: 'pt',
    logZ: pooled.logZ,
    stderr: pooled.stderr,
    ci95: [pooled.logZ - 1.96 * pooled.stderr, pooled.logZ + 1.96 * pooled.stderr],
    logZForward: pooled.logZForward,
    logZBackward: pooled.logZBackward,
    seed: run.seed,
    replicas: run.coordinator.replicas,
    rounds: run.rows.length,
    copies: run.coordinator.copies,
    scheme: run.coordinator.scheme,
    sweeps: run.sweeps,
    scans: last.scans,
    swapAcceptance: Array.from(last.swapAcceptance),
    roundTrips: run.rows.reduce((s, r) => s + r.roundTrips, 0),
    restarts: run.rows.reduce((s, r) => s + r.restarts, 0),
    globalBarrier: last.globalBarrier,
    globalBarrierPerRound: run.rows.map((r) => r.globalBarrier),
    suggestedReplicas: last.suggestedReplicas,
    betas: Array.from(last.betas),
    logZCurve: Array.from(pooled.logZCurve),
    table: run.rows.map((r) => ({ ...r })),
    observables,
    copyEstimates: last.copies.map((e) => ({ logZ: e.logZ, stderr: e.stderr, logZForward: e.logZForward, logZBackward: e.logZBackward })),
  };
  const warnings: string[] = [];
  const unsettled = last.copies.filter((e) => !e.plateaued).length;
  if (unsettled > 0) warnings.push(`batch means did not plateau in ${unsettled} of ${last.copies.length} copies: the standard error may be too small; run more rounds`);
  // A pair that almost never swaps has a stepping-stone term carried by a few rare samples,
  // and an error bar that cannot see what it has not sampled.
  const stuck = result.swapAcceptance.filter((a) => a < LOW_ACCEPTANCE).length;
  if (stuck > 0) warnings.push(`${stuck} neighbouring pairs accept fewer than ${LOW_ACCEPTANCE * 100}% of swaps: the log Z error bar is unreliable; use about ${last.suggestedReplicas} replicas`);
  if (warnings.length > 0) result.warning = warnings.join('; ');
  return result;
}
