/**
 * What a task runner gets and returns. Each task (logz, sample, train, ...) is one runner in
 * coordinator/tasks.ts; the CLI runs whichever the spec names, on whichever runtime.
 */
import type { Model } from '../core/models/model.js';
import type { Spec } from '../experiments/spec.js';
import type { MessageGuard } from '../proto/guard.js';
import type { UnitResult } from '../proto/messages.js';
import type { Transport } from '../proto/transport.js';
import type { WorkerLossSignal } from './dispatch.js';
import type { UnitCheckpoint } from './unit-checkpoint.js';

/** Things a run reports as it goes: progress bars, logs and metrics listen to them. */
export interface RunEvents {
  progress(done: number, total: number, detail?: string): void;
  retry(unitId: number, attempt: number, reason: string): void;
  /** A running or final estimate (metrics gauges follow it). */
  estimate?(values: { logZ?: number; stderr?: number; ess?: number }): void;
  /** A line for the log on standard error (PT's per-round table). */
  note?(line: string): void;
  /**
   * A unit's result was accepted (dispatched in this process, not restored from a checkpoint):
   * the result carries the worker's compute `seconds` and the body's chain-sweeps; `seconds`
   * here is the coordinator's wait from first dispatch to acceptance.
   */
  unit?(result: UnitResult, seconds: number): void;
  /** A coordinator round ended (an AIS batch: one unit from dispatch to acceptance), in seconds. */
  round?(seconds: number): void;
  /** A parallel tempering round ended (PT on the runtime, coordinator/pt-*.ts). */
  ptRound?(summary: PtRoundSummary): void;
  /** A training epoch ended (coordinator/train-task.ts). */
  trainEpoch?(summary: TrainEpochSummary): void;
}

export interface PtRoundSummary {
  round: number;
  /** Acceptance rate of each neighbouring pair in this round (pair i swaps beta_i and beta_i+1). */
  swapAcceptance: ArrayLike<number>;
  /** Round trips completed during this round (not the running total). */
  newRoundTrips: number;
  /** Global communication barrier Lambda (Syed et al. 2021) after this round. */
  globalBarrier: number;
  /** Wall time of the round, in seconds. */
  seconds: number;
}

export interface TrainEpochSummary {
  epoch: number;
  gradientNorm: number;
  reconstructionError?: number;
  /** Latest AIS estimate of the mean test log-likelihood per example (nats), where evaluated. */
  logLik?: number;
  /** Wall time of the epoch, in seconds. */
  seconds?: number;
}

export interface TaskContext<S extends Spec = Spec> {
  spec: S;
  /** The spec's model (undefined when the spec names none, e.g. training from random weights). */
  model: Model | undefined;
  /** Where the spec came from, for error messages. */
  specFile: string;
  runDir: string;
  runId: string;
  transport: Transport;
  /** Worker threads available (sets how many units are in flight). */
  threads: number;
  checkpoint: UnitCheckpoint;
  events: RunEvents;
  /** Lost workers (distributed runs): in-flight units get another attempt. */
  workerLoss?: WorkerLossSignal;
  /** Drops and counts malformed replies. */
  guard?: MessageGuard;
}

/** A task's result: at least these fields, plus whatever the task reports. */
export type TaskResult = Record<string, unknown> & { task: string; name: string; method: string };

export type TaskRunner<S extends Spec = Spec> = (context: TaskContext<S>) => Promise<TaskResult>;
