/**
 * The piscina task, run on a worker thread: decode a UnitRequest, run it, encode the
 * UnitResult. Failures come back as a UnitError in the result, never as a thrown error, so
 * the coordinator can tell input errors (not retried) from failures (retried elsewhere).
 */
import { UnitRequest, UnitResult, wire } from '../proto/messages.js';
import { PROTOCOL_VERSION } from '../proto/version.js';
import { unitRunners } from './unit-kinds.js';

export interface UnitTask {
  payload: Uint8Array;
  worker: string;
}

export default function runUnitTask(task: UnitTask): Uint8Array {
  const started = process.hrtime.bigint();
  const request = UnitRequest.decode(task.payload);
  const result = UnitResult.create({
    protocolVersion: PROTOCOL_VERSION,
    runId: request.runId,
    unitId: request.unitId,
    attempt: request.attempt,
    worker: task.worker,
  });
  try {
    const kind = request.body;
    const runner = kind ? unitRunners[kind] : undefined;
    if (!runner) throw new Error(`unit ${request.unitId} has no known body (${String(kind)})`);
    runner(request, result);
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    result.error = wire.UnitError.create({ kind: error.name, message: error.message });
  }
  result.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return UnitResult.encode(result).finish();
}
