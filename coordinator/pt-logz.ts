/**
 * The logz task by parallel tempering: the spec's `pt` options to a run on the workers
 * (pt-run.ts), the per-round table on the run's log as rounds finish, and the result with
 * DESIGN.md's PT fields and, where the exact value is known, its z-score.
 */
import { buildSchedule } from '../core/ais/schedule.js';
import { formatRoundLine, roundTableHeader } from '../core/pt/round-table.js';
import type { LogzSpec } from '../experiments/spec.js';
import { runPtOnWorkers } from './pt-run.js';
import type { TaskContext, TaskResult } from './task.js';

/** How long one PT unit (a round of one copy) may run before it goes to another worker. */
const PT_UNIT_TIMEOUT_MS = 30 * 60_000;

export async function runPtLogz(
  options: TaskContext<LogzSpec>,
  base: { task: string; name: string; seed: number } & Record<string, unknown>,
  exact: { logZ: number; source: string } | undefined,
): Promise<TaskResult> {
  const { spec, events } = options;
  const model = options.model;
  if (!model) throw new Error('a logz run needs a model');
  const pt = spec.pt;
  const betas = buildSchedule({ kind: pt.ladder, steps: pt.replicas - 1 }, options.specFile, 'pt.ladder');
  const { result, timing } = await runPtOnWorkers({
    transport: options.transport,
    runId: options.runId,
    model,
    seed: spec.seed,
    sampler: pt.sampler || undefined,
    betas,
    rounds: pt.rounds,
    scansPerRound: pt.scansPerRound || undefined,
    initialScans: pt.initialScans,
    sweeps: pt.sweeps,
    scheme: pt.scheme,
    adapt: pt.adapt,
    copies: pt.copies,
    runDir: options.runDir,
    checkpointEvery: pt.checkpointEvery,
    source: options.specFile,
    timeoutMs: PT_UNIT_TIMEOUT_MS,
    onRound: (row, summary, seconds) => {
      if (row.round === 1) events.note?.(roundTableHeader());
      events.note?.(formatRoundLine(row));
      events.progress(row.round, pt.rounds, `log Z ≈ ${row.logZ.toFixed(3)} ± ${row.stderr.toFixed(3)}`);
      events.estimate?.({ logZ: row.logZ, stderr: row.stderr });
      events.ptRound?.({ round: row.round, swapAcceptance: summary.swapAcceptance, newRoundTrips: summary.roundTrips, globalBarrier: summary.globalBarrier, seconds });
    },
    onAccepted: (_unitId, result, seconds) => events.unit?.(result, seconds),
    onRetry: (unitId, attempt, reason) => events.retry(unitId, attempt, reason),
    workerLoss: options.workerLoss,
    guard: options.guard,
  });
  const { method, ...fields } = result;
  const coordinatorSeconds = timing.roundWallSeconds.reduce((s, w, r) => s + Math.max(0, w - timing.unitSeconds[r] / Math.min(pt.copies, options.threads)), 0);
  return {
    ...base,
    method,
    ...fields,
    ladder: pt.ladder,
    ...(exact ? { exact: exact.logZ, exactSource: exact.source, zScore: (result.logZ - exact.logZ) / result.stderr } : {}),
    // Diagnostics (timing: may differ between runs): coordinator time outside the units.
    coordinationSeconds: coordinatorSeconds,
  };
}
