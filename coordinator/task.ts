/**
 * What a task runner gets and returns. Each task (logz, sample, train, ...) is one runner in
 * coordinator/tasks.ts; the CLI runs whichever the spec names, on whichever runtime.
 */
import type { Model } from '../core/models/model.js';
import type { Spec } from '../experiments/spec.js';
import type { MessageGuard } from '../proto/guard.js';
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
