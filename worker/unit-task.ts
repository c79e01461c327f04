/**
 * The piscina task, run on a worker thread: decode a UnitRequest, run it, encode the
 * UnitResult. Failures come back as a UnitError in the result, never as a thrown error, so
 * the coordinator can tell input errors (not retried) from failures (retried elsewhere).
 */
import { UnitRequest, UnitResult, wire } from '../proto/messages.js';
import type { ReusedWriter } from '../proto/reused-writer.js';
import { PROTOCOL_VERSION } from '../proto/version.js';
import type { UnitFigures } from '../metrics/unit-figures.js';
import { modelFromWire } from './model-cache.js';
import { unitRunners } from './unit-kinds.js';

export interface UnitTask {
  payload: Uint8Array;
  worker: string;
}

/** The encoded result, and the figures the main thread adds to the process's metrics. */
export interface UnitTaskOutput {
  reply: Uint8Array;
  figures: UnitFigures;
}

export default function runUnitTask(task: UnitTask): UnitTaskOutput {
  return runEncodedUnit(task, (request, result) => {
    const kind = request.body;
    const runner = kind ? unitRunners[kind] : undefined;
    if (!runner) throw new Error(`unit ${request.unitId} has no known body (${String(kind)})`);
    runner(request, result);
  });
}

/**
 * Decode, run, encode: what every unit shares, on a piscina thread or a chain host. `run`
 * may return the model's size (sites per chain) when the request does not carry the model.
 * `writer`: encode on a writer kept between units, into shared memory (a chain host's large
 * round records reach the main thread without a copy).
 */
export function runEncodedUnit(task: UnitTask, run: (request: UnitRequest, result: UnitResult) => number | void, writer?: ReusedWriter): UnitTaskOutput {
  const started = process.hrtime.bigint();
  const request = UnitRequest.decode(task.payload);
  const result = UnitResult.create({
    protocolVersion: PROTOCOL_VERSION,
    runId: request.runId,
    unitId: request.unitId,
    attempt: request.attempt,
    worker: task.worker,
  });
  let sites: number | undefined;
  try {
    sites = run(request, result) ?? undefined;
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    result.error = wire.UnitError.create({ kind: error.name, message: error.message });
  }
  result.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const reply = writer ? writer.encodeShared((w) => UnitResult.encode(result, w)) : UnitResult.encode(result).finish();
  return { reply, figures: unitFigures(request, result, sites) };
}

/**
 * Chain-sweeps from the result's body, and spin flips counted as sweeps x the model's sites
 * (single-site updates attempted: kernels do not report acceptances). The model comes from
 * the thread's cache, which the runner has just filled.
 */
function unitFigures(request: UnitRequest, result: UnitResult, knownSites: number | undefined): UnitFigures {
  const body = result.body && result.body !== 'error' ? (result[result.body] as { sweeps?: number } | null | undefined) : undefined;
  const sweeps = Number(body?.sweeps ?? 0);
  const modelJson = request.body ? (request[request.body] as { modelJson?: string } | null | undefined)?.modelJson : undefined;
  let sites = knownSites ?? 0;
  if (sweeps > 0 && knownSites === undefined && modelJson) {
    try {
      sites = modelFromWire(modelJson).size;
    } catch {
      sites = 0; // the runner already reported the model's problem in the result
    }
  }
  return { sweeps, flips: sweeps * sites, seconds: result.seconds };
}
