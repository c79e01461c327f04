/**
 * One attempt of one unit, as both dispatchers make it (coordinator/dispatch.ts for stateless
 * units, coordinator/stateful-rounds.ts for held ones): request, check the reply belongs to
 * this run and unit, and sort what came back into what the dispatcher does next.
 */
import type { MessageGuard } from '../proto/guard.js';
import { UnitResult } from '../proto/messages.js';
import { NoServersError, TransportTimeoutError, type Transport } from '../proto/transport.js';

/** A unit failed on every attempt (or with an error that retrying cannot fix). */
export class UnitFailedError extends Error {
  constructor(readonly unitId: number, readonly kind: string, message: string) {
    super(`unit ${unitId} failed: ${message}`);
    this.name = 'UnitFailedError';
  }
}

/** A unit's error that retrying cannot fix: the unit itself is bad. */
const PERMANENT_KINDS = new Set(['InputError', 'IntractableError', 'RangeError']);

export type AttemptOutcome =
  | { kind: 'ok'; reply: UnitResult }
  /** The worker answered with an error a retry may fix (PERMANENT_KINDS throw UnitFailedError instead). */
  | { kind: 'error'; error: string; reason: string }
  | { kind: 'retry'; reason: string }
  /** Nobody serves the subject. */
  | { kind: 'no-servers' };

export interface AttemptTarget {
  transport: Transport;
  runId: string;
  timeoutMs: number;
  guard?: MessageGuard;
}

export async function requestUnit(target: AttemptTarget, subject: string, payload: Uint8Array, unitId: number): Promise<AttemptOutcome> {
  try {
    const bytes = await target.transport.request(subject, payload, { timeoutMs: target.timeoutMs });
    const reply = target.guard ? target.guard.unitResult(bytes) : UnitResult.decode(bytes);
    if (!reply) return { kind: 'retry', reason: 'the reply was dropped by the message guard' };
    if (reply.runId !== target.runId || reply.unitId !== unitId) return { kind: 'retry', reason: `reply for ${reply.runId}/${reply.unitId}` };
    if (reply.error) {
      const kind = reply.error.kind ?? '';
      if (PERMANENT_KINDS.has(kind)) throw new UnitFailedError(unitId, kind, reply.error.message ?? '');
      return { kind: 'error', error: kind, reason: `${kind}: ${reply.error.message}` };
    }
    return { kind: 'ok', reply };
  } catch (err) {
    if (err instanceof UnitFailedError) throw err;
    if (err instanceof NoServersError) return { kind: 'no-servers' };
    return { kind: 'retry', reason: err instanceof TransportTimeoutError ? 'timed out' : (err as Error).message };
  }
}
