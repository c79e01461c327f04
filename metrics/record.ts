/**
 * Small functions the coordinator and workers call to update their metrics, so call sites
 * stay one line and the metric semantics live here.
 */
import type { CoordinatorMetrics, WorkerMetrics } from './metrics.js';
import { rejectReasons, type MessageDirection, type RejectReason } from './names.js';
import type { UnitFigures, WorkFigures } from './unit-figures.js';

/** Adds a finished unit's figures, returned by its worker thread, to the process registry. */
export function recordUnit(metrics: WorkerMetrics, figures: UnitFigures): void {
  metrics.unitsCompleted.inc();
  recordWork(metrics, figures);
  if (Number.isFinite(figures.seconds) && figures.seconds >= 0) metrics.unitDuration.observe(figures.seconds);
}

/** Adds work reported part-way by a long-lived chain (PT replica, PCD particle). */
export function recordWork(metrics: WorkerMetrics, figures: WorkFigures): void {
  if (figures.sweeps > 0) metrics.sweeps.inc(figures.sweeps);
  if (figures.flips > 0) metrics.spinFlips.inc(figures.flips);
}

export function recordMessage(metrics: WorkerMetrics, direction: MessageDirection, bytes: number): void {
  if (bytes > 0) metrics.messageBytesOf[direction].inc(bytes);
}

export function recordRejected(metrics: WorkerMetrics, reason: RejectReason): void {
  metrics.messagesRejected.inc({ reason });
}

/**
 * Makes `ebm_messages_rejected_total{reason}` follow a table of drop counts kept elsewhere
 * (proto/guard.ts's MessageGuard.rejected): on every scrape or push the counter catches up by
 * the increase since the last one. Reasons outside the metric's closed list are ignored.
 */
export function followRejectedCounts(metrics: WorkerMetrics, counts: () => Readonly<Record<string, number>>): void {
  const seen = new Map<RejectReason, number>();
  const sync = () => {
    const now = counts();
    for (const reason of rejectReasons) {
      const value = now[reason] ?? 0;
      const increase = value - (seen.get(reason) ?? 0);
      if (increase > 0) metrics.messagesRejected.inc({ reason }, increase);
      seen.set(reason, value);
    }
  };
  // prom-client calls a metric's `collect` before it reads the values (Counter.get()).
  (metrics.messagesRejected as unknown as { collect?: () => void }).collect = sync;
}

/** Names the run; call once when it starts. */
export function recordRunInfo(metrics: CoordinatorMetrics, info: { run: string; method: string; model: string }): void {
  metrics.runInfo.set(info, 1);
}

/** The running log Z estimate; `ess` only for AIS. */
export function recordEstimate(metrics: CoordinatorMetrics, estimate: { logZ: number; stderr: number; ess?: number }): void {
  metrics.logZEstimate.set(estimate.logZ);
  metrics.logZStderr.set(estimate.stderr);
  if (estimate.ess !== undefined) metrics.aisEss.set(estimate.ess);
}

/**
 * One finished parallel tempering round: per-pair acceptance (index = pair), the round
 * trips completed during the round (a count, not the running total), and Lambda.
 */
export function recordPtRound(metrics: CoordinatorMetrics, round: { swapAcceptance: ArrayLike<number>; newRoundTrips: number; globalBarrier: number; seconds: number }): void {
  for (let pair = 0; pair < round.swapAcceptance.length; pair++) metrics.ptSwapAcceptanceOf(pair).set(round.swapAcceptance[pair]);
  if (round.newRoundTrips > 0) metrics.ptRoundTrips.inc(round.newRoundTrips);
  metrics.ptGlobalBarrier.set(round.globalBarrier);
  recordRound(metrics, round.seconds);
}

export function recordRound(metrics: CoordinatorMetrics, seconds: number): void {
  if (Number.isFinite(seconds) && seconds >= 0) metrics.roundDuration.observe(seconds);
}

/** One training epoch; NaN values are exported as NaN on purpose (an alert watches for them). */
export function recordTrainEpoch(metrics: CoordinatorMetrics, epoch: { epoch: number; gradientNorm: number; reconstructionError?: number; logLik?: number }): void {
  metrics.trainEpoch.set(epoch.epoch);
  metrics.trainGradientNorm.set(epoch.gradientNorm);
  if (epoch.reconstructionError !== undefined) metrics.trainReconstructionError.set(epoch.reconstructionError);
  if (epoch.logLik !== undefined) metrics.trainLogLik.set(epoch.logLik);
}
