/**
 * An AIS run: cut the chains into units of a fixed size (unit id -> RNG stream), dispatch
 * them, and reduce their log weights in unit-id order. The unit size comes from the spec,
 * never from the number of workers, so the estimate is bitwise the same for any worker count,
 * transport or history of failures.
 */
import { aisEstimate, aisTraceCurve, type AisEstimate } from '../core/ais/ais-estimate.js';
import { evenTraceIndices } from '../core/ais/ais-chains.js';
import type { Model, ReferenceSpec } from '../core/models/model.js';
import { bytesFloat64, float64Bytes, int32Bytes, type UnitResult } from '../proto/messages.js';
import type { Transport } from '../proto/transport.js';
import { collectUnits } from './collect-units.js';
import type { WorkerLossSignal } from './dispatch.js';
import type { MessageGuard } from '../proto/guard.js';
import { UnitCheckpoint } from './unit-checkpoint.js';

export interface AisRunOptions {
  transport: Transport;
  runId: string;
  model: Model;
  reference?: ReferenceSpec;
  betas: Float64Array;
  chains: number;
  chainsPerUnit: number;
  sweeps: number;
  seed: number;
  sampler?: string;
  /** Points of the log Z(b) curve to record along the path. */
  tracePoints: number;
  concurrency: number;
  timeoutMs: number;
  checkpoint?: UnitCheckpoint;
  /** After each unit: progress, and the running estimate over the chains finished so far. */
  onUnit?: (done: number, total: number, running?: AisEstimate) => void;
  /** After each unit dispatched in this run (not restored), with the seconds from dispatch to acceptance. */
  onAccepted?: (unitId: number, result: UnitResult, seconds: number) => void;
  onRetry?: (unitId: number, attempt: number, reason: string) => void;
  workerLoss?: WorkerLossSignal;
  guard?: MessageGuard;
}

export interface AisRunResult {
  estimate: AisEstimate;
  logZ0: number;
  reference: ReferenceSpec;
  /** log Z(b) at points along the path (b is the path parameter in [0, 1]). */
  path: { b: number; logZ: number }[];
  units: number;
  sweeps: number;
}

export async function runAis(options: AisRunOptions): Promise<AisRunResult> {
  const { model, betas, chains, chainsPerUnit } = options;
  const path = model.temperedPath(options.reference);
  const K = betas.length - 1;
  const traceAt = evenTraceIndices(K, options.tracePoints);
  const unitCount = Math.ceil(chains / chainsPerUnit);
  const chainsOf = (unitId: number) => Math.min(chainsPerUnit, chains - unitId * chainsPerUnit);
  const modelJson = JSON.stringify(model.toJSON());
  const referenceJson = JSON.stringify(path.reference);
  const betaBytes = float64Bytes(betas);
  const traceBytes = int32Bytes(traceAt);

  // Log weights of finished chains in completion order: for the running estimate only.
  const finished: number[] = [];
  const results = await collectUnits({
    transport: options.transport,
    runId: options.runId,
    unitCount,
    build: (unitId) => ({
      ais: {
        modelJson,
        referenceJson,
        betas: betaBytes,
        chains: chainsOf(unitId),
        sweeps: options.sweeps,
        seed: options.seed,
        sampler: options.sampler ?? '',
        traceAt: traceBytes,
      },
    }),
    concurrency: options.concurrency,
    timeoutMs: options.timeoutMs,
    checkpoint: options.checkpoint ?? new UnitCheckpoint(undefined),
    onResult: (_unitId, result, done) => {
      finished.push(...bytesFloat64(result.ais!.logWeights));
      options.onUnit?.(done, unitCount, aisEstimate(finished, path.logZ0));
    },
    onAccepted: options.onAccepted,
    onRetry: options.onRetry,
    workerLoss: options.workerLoss,
    guard: options.guard,
  });

  // Reduce in unit-id order: chain c of unit u is global chain u * chainsPerUnit + c.
  const logWeights = new Float64Array(chains);
  const trace = new Float64Array(traceAt.length * chains);
  let sweeps = 0;
  for (let id = 0; id < unitCount; id++) {
    const ais = results.get(id)!.ais!;
    const w = bytesFloat64(ais.logWeights);
    const n = chainsOf(id);
    if (w.length !== n) throw new Error(`unit ${id} returned ${w.length} log weights, expected ${n}`);
    logWeights.set(w, id * chainsPerUnit);
    const t = bytesFloat64(ais.trace);
    for (let j = 0; j < traceAt.length; j++) trace.set(t.subarray(j * n, (j + 1) * n), j * chains + id * chainsPerUnit);
    sweeps += ais.sweeps ?? 0;
  }
  for (let i = 0; i < chains; i++) {
    if (Number.isNaN(logWeights[i])) throw new Error(`chain ${i} has a NaN log weight`);
  }
  const curve = aisTraceCurve(trace, chains, path.logZ0);
  return {
    estimate: aisEstimate(logWeights, path.logZ0),
    logZ0: path.logZ0,
    reference: path.reference,
    path: [{ b: 0, logZ: path.logZ0 }, ...Array.from(traceAt, (k, j) => ({ b: betas[k], logZ: curve[j] }))],
    units: unitCount,
    sweeps,
  };
}
