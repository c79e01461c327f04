/**
 * A parallel-tempering run on the workers (issue 4). A unit is one round of one copy
 * (core/pt/copy-round.ts): it carries the copy's replica states and streams, its permutation,
 * index-process marks and swap stream, and returns them with the round's record. Between
 * rounds the coordinator merges the copies' records in copy order, calls finishRound (the
 * shared ladder is adapted from the pooled acceptance), checkpoints the whole PT state in the
 * run folder and dispatches the next round.
 *
 * Every stream is keyed by (seed, purpose, slot or copy) and every reduction runs in copy
 * order, so the result is bitwise the one runPt computes on one thread, for any number of
 * workers and across `ebm resume`. States travel only between coordinator and worker.
 */
import type { Model, ReferenceSpec } from '../core/models/model.js';
import { createCoordinator, type PtCoordinatorState } from '../core/pt/coordinator.js';
import { finishRound, type RoundSummary } from '../core/pt/finish-round.js';
import { resolvePtOptions, scansInRound } from '../core/pt/pt-options.js';
import type { RoundRecord } from '../core/pt/round-record.js';
import { ptResultOf, roundRow, type PtResult, type PtRoundRow } from '../core/pt/run-pt.js';
import type { SwapScheme } from '../core/pt/swap.js';
import { float64Bytes, type UnitResult } from '../proto/messages.js';
import { roundRecordFromWire } from '../proto/pt-wire.js';
import type { Transport } from '../proto/transport.js';
import { dispatchUnits, type WorkerLossSignal } from './dispatch.js';
import type { MessageGuard } from '../proto/guard.js';
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
  /** Where the per-round checkpoint goes (undefined: none). */
  runDir?: string;
  /** Names the options' origin in input errors. */
  source: string;
  concurrency: number;
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
  /** Each copy's last PtResult (its state and its last round's record). */
  let copyResults: WirePtResult[] = [];
  let last: { summary: RoundSummary; records: RoundRecord[] } | undefined;

  const saved = options.runDir ? loadPtCheckpoint(options.runDir) : undefined;
  if (saved) {
    restoreCoordinator(coordinator, saved);
    rows = saved.rows;
    copyResults = saved.copyResults;
    if (coordinator.round >= resolved.rounds) last = summariseAgain(coordinator, saved, path.logZ0, resolved.adapt);
  }

  const timing: PtRunTiming = { roundWallSeconds: [], unitSeconds: [] };
  while (coordinator.round < resolved.rounds) {
    const started = process.hrtime.bigint();
    const round = coordinator.round + 1;
    const scans = scansInRound(resolved, round);
    const roundBetas = Float64Array.from(coordinator.betas);
    const betaBytes = float64Bytes(Float64Array.from(roundBetas));
    // Unit ids are unique over the run: round-major, then copy.
    const ids = Array.from({ length: resolved.copies }, (_, c) => coordinator.round * resolved.copies + c);
    const results = await dispatchUnits(
      ids,
      (unitId) => {
        const copy = unitId - coordinator.round * resolved.copies;
        return {
          pt: {
            modelJson,
            referenceJson,
            seed: resolved.seed,
            sampler: options.sampler ?? '',
            copy,
            replicas: R,
            betas: betaBytes,
            scheme: resolved.scheme,
            scanStart: coordinator.scan,
            scans,
            sweeps: resolved.sweeps,
            ...(copyResults[copy] ? { state: copyResults[copy].state } : {}),
          },
        };
      },
      {
        transport: options.transport,
        runId: options.runId,
        concurrency: options.concurrency,
        timeoutMs: options.timeoutMs,
        maxAttempts: 4,
        onResult: options.onAccepted,
        onRetry: options.onRetry,
        workerLoss: options.workerLoss,
        guard: options.guard,
      },
    );
    // Merge in copy order, never in arrival order.
    let unitSeconds = 0;
    copyResults = ids.map((id) => {
      const reply = results.get(id)!;
      unitSeconds += reply.seconds ?? 0;
      return reply.pt as WirePtResult;
    });
    const records = copyResults.map(roundRecordFromWire);
    for (const record of records) {
      if (record.scans !== scans || record.pairs !== R - 1) throw new Error(`a PT unit returned ${record.scans} scans of ${record.pairs} pairs, expected ${scans} of ${R - 1}`);
    }
    coordinator.scan += scans;
    const summary = finishRound(coordinator, records, path.logZ0, resolved.adapt);
    last = { summary, records };
    rows.push(roundRow(summary));
    if (options.runDir) savePtCheckpoint(options.runDir, { coordinator, roundBetas, rows, copyResults });
    timing.roundWallSeconds.push(Number(process.hrtime.bigint() - started) / 1e9);
    timing.unitSeconds.push(unitSeconds);
    options.onRound?.(rows[rows.length - 1], summary, timing.roundWallSeconds[timing.roundWallSeconds.length - 1]);
  }
  if (!last) throw new Error('PT: no round to report');
  const result = ptResultOf({ seed: resolved.seed, sweeps: resolved.sweeps, size: model.size, coordinator, rows, last });
  return { result, timing, lastRecords: last.records };
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
function summariseAgain(coordinator: PtCoordinatorState, saved: PtRuntimeCheckpoint, logZ0: number, adapt: boolean): { summary: RoundSummary; records: RoundRecord[] } {
  const again = createCoordinator(0, coordinator.scheme, saved.roundBetas, coordinator.copies);
  again.round = saved.round - 1;
  const records = saved.copyResults.map(roundRecordFromWire);
  return { summary: finishRound(again, records, logZ0, adapt), records };
}
