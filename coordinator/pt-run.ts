/**
 * A parallel-tempering run on the workers (issue 4). A unit is one round of one copy
 * (core/pt/copy-round.ts). The copy's replica states and streams, permutation, index-process
 * marks and swap stream stay on the worker that ran its last round (state-affine rounds,
 * coordinator/pt-copy-rounds.ts): a round sends the ladder and scan start and returns the
 * round's record, and every `checkpointEvery` rounds (and the last) the states come back too.
 * Between rounds the coordinator merges the copies' records in copy order and calls
 * finishRound (the shared ladder is adapted from the pooled acceptance); when the states are
 * in, it checkpoints the whole PT state in the run folder.
 *
 * Every stream is keyed by (seed, purpose, slot or copy) and every reduction runs in copy
 * order, so the result is bitwise the one runPt computes on one thread, for any number of
 * workers, any worker lost (its copies replay from their last state elsewhere) and across
 * `ebm resume`.
 */
import { createHash } from 'node:crypto';
import type { Model, ReferenceSpec } from '../core/models/model.js';
import { createCoordinator, type PtCoordinatorState } from '../core/pt/coordinator.js';
import { finishRound, type RoundSummary } from '../core/pt/finish-round.js';
import { resolvePtOptions, scansInRound } from '../core/pt/pt-options.js';
import type { RoundRecord } from '../core/pt/round-record.js';
import { steppingStone, type SteppingStoneEstimate } from '../core/pt/stepping-stone.js';
import { ptResultOf, roundRow, type PtResult, type PtResultParts, type PtRoundRow } from '../core/pt/run-pt.js';
import type { LevelObservables } from '../core/pt/observables.js';
import type { SwapScheme } from '../core/pt/swap.js';
import type { UnitResult } from '../proto/messages.js';
import { copyRoundFromWire } from '../proto/pt-wire.js';
import type { Transport } from '../proto/transport.js';
import type { WorkerLossSignal } from './dispatch.js';
import { MessageGuard } from '../proto/guard.js';
import { PtCopyRounds, type PtUnitConstants } from './pt-copy-rounds.js';
import { WorkerRegistry } from './worker-registry.js';
import { loadPtCheckpoint, savePtCheckpoint, type PtRuntimeCheckpoint, type WirePtResult } from './pt-checkpoint.js';

export interface PtRuntimeOptions {
  transport: Transport;
  runId: string;
  model: Model;
  reference?: ReferenceSpec;
  seed: number;
  sampler?: string;
  /** The initial ladder, b_0 = 0 < ... < b_K = 1 (one point per replica). */
  betas: Float64Array;
  rounds: number;
  /** Scans per round; undefined: doubling, initialScans * 2^(r-1) scans in round r. */
  scansPerRound?: number;
  /** First round's scans when doubling (default 2). */
  initialScans?: number;
  sweeps: number;
  scheme: SwapScheme;
  adapt: boolean;
  copies: number;
  /** Where the checkpoint goes (undefined: none). */
  runDir?: string;
  /**
   * Rounds between the copies' states coming back to the coordinator (default 4; the last
   * round always): the run folder's checkpoint, and what a lost worker's copies restart from.
   */
  checkpointEvery?: number;
  /**
   * Bring back the last round's per-scan observation series (`lastRecords[c].observations`;
   * a sample run's draws). Otherwise only their per-level estimates travel.
   */
  keepSeries?: boolean;
  /** Names the options' origin in input errors. */
  source: string;
  timeoutMs: number;
  /** After each round, with its wall seconds (dispatch to summary). */
  onRound?: (row: PtRoundRow, summary: RoundSummary, seconds: number) => void;
  /** After each unit's result is accepted, with the seconds from dispatch to acceptance. */
  onAccepted?: (unitId: number, result: UnitResult, seconds: number) => void;
  onRetry?: (unitId: number, attempt: number, reason: string) => void;
  /** Lost workers (distributed runs): in-flight units get another attempt. */
  workerLoss?: WorkerLossSignal;
  guard?: MessageGuard;
}

/** Wall time per round and the workers' compute time inside it (diagnostics only). */
export interface PtRunTiming {
  roundWallSeconds: number[];
  /** Sum over the round's units of their compute seconds. */
  unitSeconds: number[];
}

export async function runPtOnWorkers(options: PtRuntimeOptions): Promise<{ result: PtResult; timing: PtRunTiming; lastRecords: RoundRecord[] }> {
  const { model } = options;
  const path = model.temperedPath(options.reference);
  const resolved = resolvePtOptions({
    path,
    seed: options.seed,
    rounds: options.rounds,
    scansPerRound: options.scansPerRound,
    initialScans: options.initialScans,
    sweeps: options.sweeps,
    scheme: options.scheme,
    adapt: options.adapt,
    copies: options.copies,
    betas: options.betas,
    source: options.source,
  });
  const coordinator = createCoordinator(resolved.seed, resolved.scheme, resolved.betas, resolved.copies);
  const R = coordinator.replicas;
  const modelJson = JSON.stringify(model.toJSON());
  const referenceJson = JSON.stringify(path.reference);
  let rows: PtRoundRow[] = [];
  /** Each copy's PtResult at the last checkpoint (its state and that round's record). */
  let copyResults: WirePtResult[] = [];
  let last: PtResultParts['last'] | undefined;

  const saved = options.runDir ? loadPtCheckpoint(options.runDir) : undefined;
  if (saved) {
    restoreCoordinator(coordinator, saved);
    rows = saved.rows;
    copyResults = saved.copyResults;
    if (coordinator.round >= resolved.rounds) last = summariseAgain(coordinator, saved, path.logZ0, resolved.adapt);
  }

  const timing: PtRunTiming = { roundWallSeconds: [], unitSeconds: [] };
  const checkpointEvery = Math.max(1, options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY);
  const constants = unitConstants(modelJson, referenceJson, resolved.seed, options.sampler ?? '', R, resolved.scheme, resolved.sweeps);
  // Heartbeats tell which workers are live: copies are placed on them and leave a lost one.
  const registry = new WorkerRegistry({ transport: options.transport, guard: options.guard ?? new MessageGuard() });
  const copyRounds = new PtCopyRounds(
    {
      transport: options.transport,
      runId: options.runId,
      copies: resolved.copies,
      constants,
      directory: registry,
      timeoutMs: options.timeoutMs,
      maxAttempts: 4,
      workerLoss: options.workerLoss,
      guard: options.guard,
      onAccepted: options.onAccepted,
      onRetry: options.onRetry,
    },
    saved ? { round: saved.round, states: saved.copyResults.map((r) => r.state!) } : undefined,
  );
  try {
    // Workers answer the registry's probe at once (in process: before it returns); copies
    // placed before every answer is in would crowd on the first workers to answer.
    if (coordinator.round < resolved.rounds && registry.count() === 0) {
      await Promise.race([registry.waitFor(1), sleep(PROBE_WAIT_MS)]);
      await sleep(PROBE_GRACE_MS);
    }
    while (coordinator.round < resolved.rounds) {
      const started = process.hrtime.bigint();
      const round = coordinator.round + 1;
      const scans = scansInRound(resolved, round);
      const roundBetas = Float64Array.from(coordinator.betas);
      const isLast = round === resolved.rounds;
      const wantState = round % checkpointEvery === 0 || isLast;
      // Observables from the last round only: nothing reads an earlier round's.
      const replies = await copyRounds.runRound(round, roundBetas, coordinator.scan, scans, { wantState, wantObservations: isLast, wantSeries: isLast && options.keepSeries === true });
      // Merge in copy order, never in arrival order.
      const unitSeconds = replies.reduce((sum, reply) => sum + (reply.seconds ?? 0), 0);
      const results = replies.map((reply) => reply.pt as WirePtResult);
      const { records, estimates, observables } = recordsAndEstimates(results, path.logZ0);
      for (const record of records) {
        if (record.scans !== scans || record.pairs !== R - 1) throw new Error(`a PT unit returned ${record.scans} scans of ${record.pairs} pairs, expected ${scans} of ${R - 1}`);
      }
      coordinator.scan += scans;
      const summary = finishRound(coordinator, records, path.logZ0, resolved.adapt, estimates);
      last = { summary, records, observables };
      rows.push(roundRow(summary));
      if (wantState) {
        copyResults = results;
        if (options.runDir) savePtCheckpoint(options.runDir, { coordinator, roundBetas, rows, copyResults });
      }
      timing.roundWallSeconds.push(Number(process.hrtime.bigint() - started) / 1e9);
      timing.unitSeconds.push(unitSeconds);
      options.onRound?.(rows[rows.length - 1], summary, timing.roundWallSeconds[timing.roundWallSeconds.length - 1]);
    }
  } finally {
    registry.close();
  }
  if (!last) throw new Error('PT: no round to report');
  const result = ptResultOf({ seed: resolved.seed, sweeps: resolved.sweeps, size: model.size, coordinator, rows, last });
  return { result, timing, lastRecords: last.records };
}

const DEFAULT_CHECKPOINT_EVERY = 4;
/** How long a run waits for a first answer to the registry's probe, and then for the others. */
const PROBE_WAIT_MS = 1000;
const PROBE_GRACE_MS = 200;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** What every unit of the run shares, named by a digest a chain host checks before it reuses a copy. */
function unitConstants(modelJson: string, referenceJson: string, seed: number, sampler: string, replicas: number, scheme: string, sweeps: number): PtUnitConstants {
  const fields = { modelJson, referenceJson, seed, sampler, replicas, scheme, sweeps };
  return { ...fields, configDigest: createHash('sha256').update(JSON.stringify(fields)).digest('hex').slice(0, 32) };
}

function restoreCoordinator(coordinator: PtCoordinatorState, saved: PtRuntimeCheckpoint): void {
  if (saved.betas.length !== coordinator.replicas || saved.chains.length !== coordinator.copies) {
    throw new Error(`the PT checkpoint holds ${saved.chains.length} copies of ${saved.betas.length} replicas; the spec asks for ${coordinator.copies} of ${coordinator.replicas}`);
  }
  coordinator.round = saved.round;
  coordinator.scan = saved.scan;
  coordinator.betas = Float64Array.from(saved.betas);
  saved.chains.forEach((totals, c) => {
    coordinator.chains[c].roundTrips = totals.roundTrips;
    coordinator.chains[c].restarts = totals.restarts;
  });
}

/**
 * The final round's summary, for a run resumed after its last checkpoint: finishRound is
 * pure given the ladder the round ran on and its records, so it gives the same figures again.
 */
function summariseAgain(coordinator: PtCoordinatorState, saved: PtRuntimeCheckpoint, logZ0: number, adapt: boolean): PtResultParts['last'] {
  const again = createCoordinator(0, coordinator.scheme, saved.roundBetas, coordinator.copies);
  again.round = saved.round - 1;
  const { records, estimates, observables } = recordsAndEstimates(saved.copyResults, logZ0);
  return { summary: finishRound(again, records, logZ0, adapt, estimates), records, observables };
}

/**
 * The copies' records, estimates and (last round) per-level observables, in copy order. A
 * result of protocol 2 (e.g. an older run folder's checkpoint) carries the per-scan series
 * instead: the estimate is computed from them here, and the observables by ptResultOf.
 */
function recordsAndEstimates(results: WirePtResult[], logZ0: number): { records: RoundRecord[]; estimates: SteppingStoneEstimate[]; observables?: LevelObservables[][] } {
  const rounds = results.map(copyRoundFromWire);
  const records = rounds.map((r) => r.record);
  const estimates = rounds.map(({ record, estimate }) => {
    if (estimate) return estimate;
    if (record.forward.length !== record.scans * record.pairs) throw new Error(`a PT result of ${record.scans} scans has neither an estimate nor the swap terms to compute one`);
    return steppingStone(record, logZ0);
  });
  const observables = rounds.every((r) => r.observables) ? rounds.map((r) => r.observables!) : undefined;
  return { records, estimates, ...(observables ? { observables } : {}) };
}
