/**
 * Hands units out and collects their results: the only place (with the run loops) that
 * waits, retries and times out. Each unit is requested until one attempt succeeds; a unit
 * whose worker dies or stalls times out and goes to another worker with attempt + 1. Results
 * are keyed by unit id, so which attempt or worker produced one never shows in an estimate.
 */
import { UnitRequest, UnitResult } from '../proto/messages.js';
import { NoServersError, TransportTimeoutError, type Transport } from '../proto/transport.js';
import { subjects } from '../proto/subjects.js';
import { PROTOCOL_VERSION } from '../proto/version.js';

export interface DispatchOptions {
  transport: Transport;
  runId: string;
  /** Units in flight at once (about the number of worker threads, or a few more). */
  concurrency: number;
  /** How long one attempt may take before the unit is given to another worker. */
  timeoutMs: number;
  /** Attempts per unit before the run fails (failures and timeouts count; waiting for workers does not). */
  maxAttempts: number;
  /** Called once per unit, in completion order, with its successful result. */
  onResult?: (unitId: number, result: UnitResult) => void;
  /** Called when an attempt fails and the unit is retried. */
  onRetry?: (unitId: number, attempt: number, reason: string) => void;
}

/** A unit failed on every attempt (or with an error that retrying cannot fix). */
export class UnitFailedError extends Error {
  constructor(readonly unitId: number, readonly kind: string, message: string) {
    super(`unit ${unitId} failed: ${message}`);
    this.name = 'UnitFailedError';
  }
}

/** Errors a retry cannot fix: the unit itself is bad. */
const PERMANENT_KINDS = new Set(['InputError', 'IntractableError', 'RangeError']);

export async function dispatchUnits(
  unitIds: readonly number[],
  build: (unitId: number) => Omit<UnitRequest, 'protocolVersion' | 'runId' | 'unitId' | 'attempt'> | Record<string, unknown>,
  options: DispatchOptions,
): Promise<Map<number, UnitResult>> {
  const results = new Map<number, UnitResult>();
  const queue = [...unitIds];
  const subject = subjects.units(options.runId);
  let failure: Error | undefined;

  const runOne = async (unitId: number): Promise<void> => {
    let attempt = 0;
    let noServerWaits = 0;
    while (!failure) {
      const payload = UnitRequest.encode(
        UnitRequest.create({ ...build(unitId), protocolVersion: PROTOCOL_VERSION, runId: options.runId, unitId, attempt }),
      ).finish();
      let reason: string;
      try {
        const reply = UnitResult.decode(await options.transport.request(subject, payload, { timeoutMs: options.timeoutMs }));
        if (reply.runId !== options.runId || reply.unitId !== unitId) {
          reason = `reply for ${reply.runId}/${reply.unitId}`;
        } else if (reply.error) {
          if (PERMANENT_KINDS.has(reply.error.kind ?? '')) throw new UnitFailedError(unitId, reply.error.kind ?? '', reply.error.message ?? '');
          reason = `${reply.error.kind}: ${reply.error.message}`;
        } else {
          results.set(unitId, reply);
          options.onResult?.(unitId, reply);
          return;
        }
      } catch (err) {
        if (err instanceof UnitFailedError) throw err;
        if (err instanceof NoServersError) {
          // No worker yet (or all gone): wait for one to join, without spending attempts.
          await sleep(Math.min(2000, 100 * 2 ** Math.min(noServerWaits++, 5)));
          continue;
        }
        reason = err instanceof TransportTimeoutError ? 'timed out' : (err as Error).message;
      }
      attempt++;
      if (attempt >= options.maxAttempts) throw new UnitFailedError(unitId, 'retries', `${attempt} attempts, last: ${reason}`);
      options.onRetry?.(unitId, attempt, reason);
    }
  };

  const lanes = Array.from({ length: Math.max(1, Math.min(options.concurrency, queue.length)) }, async () => {
    while (queue.length > 0 && !failure) {
      const unitId = queue.shift()!;
      try {
        await runOne(unitId);
      } catch (err) {
        failure ??= err as Error;
      }
    }
  });
  await Promise.all(lanes);
  if (failure) throw failure;
  return results;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
