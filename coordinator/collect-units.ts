/**
 * Runs a set of independent units to completion: units already in the checkpoint are taken
 * from it, the rest are dispatched, and each result is checkpointed as it arrives. Returns
 * every result by unit id; the caller reduces them in unit-id order.
 */
import { UnitResult } from '../proto/messages.js';
import type { Transport } from '../proto/transport.js';
import { dispatchUnits, type WorkerLossSignal } from './dispatch.js';
import type { MessageGuard } from '../proto/guard.js';
import type { UnitCheckpoint } from './unit-checkpoint.js';

export interface CollectOptions {
  transport: Transport;
  runId: string;
  unitCount: number;
  /** The body of unit `unitId`'s request (the dispatcher adds version, run, unit and attempt). */
  build: (unitId: number) => Record<string, unknown>;
  concurrency: number;
  timeoutMs: number;
  checkpoint: UnitCheckpoint;
  /** After each result (restored ones first, in id order), with the count done so far. */
  onResult?: (unitId: number, result: UnitResult, done: number) => void;
  /** After each result dispatched in this run (not restored): the seconds from first dispatch to acceptance. */
  onAccepted?: (unitId: number, result: UnitResult, seconds: number) => void;
  onRetry?: (unitId: number, attempt: number, reason: string) => void;
  workerLoss?: WorkerLossSignal;
  guard?: MessageGuard;
}

export async function collectUnits(options: CollectOptions): Promise<Map<number, UnitResult>> {
  const { checkpoint, unitCount } = options;
  const results = new Map<number, UnitResult>();
  for (const [id, bytes] of checkpoint.completed()) {
    if (id < unitCount) results.set(id, UnitResult.decode(bytes));
  }
  for (const id of [...results.keys()].sort((a, b) => a - b)) options.onResult?.(id, results.get(id)!, results.size);
  const missing = [...Array(unitCount).keys()].filter((id) => !results.has(id));
  await dispatchUnits(missing, options.build, {
    transport: options.transport,
    runId: options.runId,
    concurrency: options.concurrency,
    timeoutMs: options.timeoutMs,
    maxAttempts: 4,
    onResult: (unitId, result, seconds) => {
      checkpoint.record(unitId, UnitResult.encode(result).finish());
      results.set(unitId, result);
      options.onAccepted?.(unitId, result, seconds);
      options.onResult?.(unitId, result, results.size);
    },
    onRetry: options.onRetry,
    workerLoss: options.workerLoss,
    guard: options.guard,
    // Distributed runs (the only ones that can lose a worker) back up stragglers.
    ...(options.workerLoss ? { backups: { factor: 4, minMs: 3000 } } : {}),
  });
  checkpoint.flush();
  return results;
}
