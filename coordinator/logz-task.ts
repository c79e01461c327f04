/**
 * The logz task: exact log Z, or AIS on the workers, with the exact value beside the
 * estimate wherever it is known (an exact method applies, or the model file stores one).
 */
import { buildSchedule } from '../core/ais/schedule.js';
import type { Model } from '../core/models/model.js';
import { storedLogZ } from '../core/models/model-file.js';
import type { LogzSpec } from '../experiments/spec.js';
import { runAis } from './ais-run.js';
import { runPtLogz } from './pt-logz.js';
import type { TaskContext, TaskResult } from './task.js';

/** How long one AIS unit may run before it is given to another worker. */
const AIS_UNIT_TIMEOUT_MS = 10 * 60_000;

export interface ExactReference {
  logZ: number;
  source: string;
}

/** The exact log Z where cheap to know: an exact method, else the value the file stores. */
export function exactReference(model: Model): ExactReference | undefined {
  const methods = model.exactMethods();
  if (methods.length > 0) {
    const exact = model.exactLogZ(methods[0]);
    return { logZ: exact.logZ, source: exact.method };
  }
  const stored = storedLogZ(model);
  return stored === undefined ? undefined : { logZ: stored, source: 'logZ_exact in the model file' };
}

export async function runLogzTask(options: TaskContext<LogzSpec>): Promise<TaskResult> {
  const { spec, events } = options;
  const model = options.model;
  if (!model) throw new Error('a logz run needs a model');
  const base = { task: 'logz', name: spec.name, model: model.name ?? model.type, modelType: model.type, seed: spec.seed };
  if (spec.method === 'exact') {
    const exact = model.exactLogZ();
    return { ...base, method: 'exact', exactMethod: exact.method, logZ: exact.logZ, stderr: 0, ci95: [exact.logZ, exact.logZ] };
  }
  if (spec.method === 'pt') return runPtLogz(options, base, exactReference(model));
  const ais = spec.ais;
  const betas = buildSchedule(ais.schedule, options.specFile, 'ais.schedule');
  const run = await runAis({
    transport: options.transport,
    runId: options.runId,
    model,
    betas,
    chains: ais.chains,
    chainsPerUnit: ais.chainsPerUnit,
    sweeps: ais.sweeps,
    seed: spec.seed,
    sampler: ais.sampler || undefined,
    tracePoints: ais.tracePoints,
    concurrency: Math.max(2, options.threads * 2),
    timeoutMs: AIS_UNIT_TIMEOUT_MS,
    checkpoint: options.checkpoint,
    onUnit: (done, total, running) => {
      events.progress(done, total, running ? `log Z ≈ ${running.logZ.toFixed(3)} ± ${running.stderr.toFixed(3)}` : undefined);
      if (running) events.estimate?.({ logZ: running.logZ, stderr: running.stderr, ess: running.ess });
    },
    onAccepted: (_unitId, result, seconds) => {
      events.unit?.(result, seconds);
      events.round?.(seconds);
    },
    onRetry: (unitId, attempt, reason) => events.retry(unitId, attempt, reason),
    workerLoss: options.workerLoss,
    guard: options.guard,
  });
  events.estimate?.({ logZ: run.estimate.logZ, stderr: run.estimate.stderr, ess: run.estimate.ess });
  const { estimate } = run;
  const exact = exactReference(model);
  return {
    ...base,
    method: 'ais',
    logZ: estimate.logZ,
    stderr: estimate.stderr,
    ci95: estimate.ci95,
    ess: estimate.ess,
    chains: ais.chains,
    betas: betas.length,
    sweeps: ais.sweeps,
    schedule: ais.schedule.kind,
    chainsPerUnit: ais.chainsPerUnit,
    units: run.units,
    logZ0: run.logZ0,
    reference: run.reference,
    ...(estimate.warning ? { warning: estimate.warning } : {}),
    ...(exact ? { exact: exact.logZ, exactSource: exact.source, zScore: (estimate.logZ - exact.logZ) / estimate.stderr } : {}),
    path: run.path,
    chainSweeps: run.sweeps,
  };
}
