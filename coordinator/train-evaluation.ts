/**
 * The end-of-run evaluation of a trained RBM. Small models (either layer <= 20 units): the
 * exact mean log-likelihood (bars and stripes: of the distinct patterns, beside the optimum
 * -log(patterns)). Larger ones: the test log-likelihood mean(-F(v)) - log Z with log Z by AIS
 * on the workers (Salakhutdinov & Murray 2008, base rates from the training data).
 * AIS under-estimates log Z on average, so this test log-likelihood leans high: it is the
 * upper side of the sandwich. The lower side is RAISE (Burda, Grosse & Salakhutdinov 2015;
 * coordinator/train-raise.ts) on the first `raise.examples` test examples; the upper side is
 * recomputed on the same examples so that the gap compares like with like.
 * Then filters.png and samples.png (coordinator/train-images.ts).
 */
import { buildSchedule } from '../core/ais/schedule.js';
import { baseRatesFromData } from '../core/models/rbm/base-rates.js';
import { modelFromJson } from '../core/models/model-file.js';
import { exactMeanLogLikelihood } from '../core/train/evaluation.js';
import { paramsToModelJson, type RbmParams } from '../core/train/rbm-params.js';
import type { TrainSpec } from '../experiments/train-spec.js';
import type { Rbm } from '../core/models/rbm.js';
import type { Model, ReferenceSpec } from '../core/models/model.js';
import { runAis } from './ais-run.js';
import { writeTrainImages } from './train-images.js';
import { raiseSandwich } from './train-raise.js';
import type { TaskContext } from './task.js';
import type { TrainingData } from './train-data.js';

/** Largest smaller layer for exact evaluation (2^20 terms per log Z). */
export const EXACT_LAYER_LIMIT = 20;
const AIS_UNIT_TIMEOUT_MS = 10 * 60_000;

/** AIS settings shared by the train and dbn tasks' evaluations. */
export interface RbmAisSettings {
  schedule: TrainSpec['evaluation']['ais']['schedule'];
  sampler: TrainSpec['evaluation']['ais']['sampler'];
  chains: number;
  chainsPerUnit: number;
}

/** An AIS run with the base-rate reference and the schedule it ran on (RAISE reuses both). */
export interface RbmAisRun {
  run: Awaited<ReturnType<typeof runAis>>;
  reference: ReferenceSpec;
  betas: Float64Array;
}

/**
 * log Z of an RBM by AIS on the workers from the base-rate distribution of `trainingValues`
 * (Salakhutdinov & Murray 2008), with the run's unit checkpoint so a resumed run reuses
 * finished units; `label` names the progress line.
 */
export async function rbmAisOnWorkers(model: Model, trainingValues: Uint8Array, ais: RbmAisSettings, context: TaskContext, label: string): Promise<RbmAisRun> {
  const reference = { kind: 'base-rate', visibleBias: Array.from(baseRatesFromData(trainingValues, model.size)) };
  const betas = buildSchedule(ais.schedule, context.specFile, 'evaluation.ais.schedule');
  const run = await runAis({
    transport: context.transport,
    runId: context.runId,
    model,
    reference,
    sampler: ais.sampler,
    betas,
    chains: ais.chains,
    chainsPerUnit: ais.chainsPerUnit,
    sweeps: 1,
    seed: context.spec.seed,
    tracePoints: 10,
    concurrency: Math.max(2, context.threads * 2),
    timeoutMs: AIS_UNIT_TIMEOUT_MS,
    checkpoint: context.checkpoint,
    onUnit: (done, total) => context.events.progress(done, total, label),
    onRetry: (unitId, attempt, reason) => context.events.retry(unitId, attempt, reason),
    workerLoss: context.workerLoss,
    guard: context.guard,
  });
  return { run, reference, betas };
}

export async function finalEvaluation(params: RbmParams, data: TrainingData, context: TaskContext<TrainSpec>): Promise<Record<string, unknown>> {
  const { spec } = context;
  if (Math.min(params.nv, params.nh) <= EXACT_LAYER_LIMIT) {
    const rows = data.patterns ?? data.test ?? data.train;
    const out: Record<string, unknown> = { exactLogLik: exactMeanLogLikelihood(params, rows.values, rows.rows) };
    if (data.patterns) out.optimumLogLik = -Math.log(data.patterns.rows);
    return { ...out, ...imagesOf(params, data, context) };
  }
  const ais = spec.evaluation.ais;
  if (ais.chains === 0) return imagesOf(params, data, context);
  const model = modelFromJson(paramsToModelJson(params, spec.name), 'trained model');
  const { run, reference, betas } = await rbmAisOnWorkers(model, data.train.values, ais, context, 'AIS log Z');
  const rows = data.test ?? data.train;
  const count = ais.examples === 0 ? rows.rows : Math.min(ais.examples, rows.rows);
  const rbm = model as unknown as { freeEnergy(v: ArrayLike<number>, offset?: number): number };
  let sumNegF = 0;
  for (let r = 0; r < count; r++) sumNegF -= rbm.freeEnergy(rows.values, r * params.nv);
  const logZ = run.estimate.logZ;
  const sandwich = await raiseSandwich({ model: model as Rbm, reference, betas, rows, estimate: run.estimate, spec, context });
  return {
    testLogLik: sumNegF / count - logZ,
    stderr: run.estimate.stderr,
    testExamples: count,
    testSet: data.test ? 'test' : 'train',
    logZ,
    logZStderr: run.estimate.stderr,
    aisChains: ais.chains,
    aisBetas: betas.length,
    ess: run.estimate.ess,
    aisSampler: ais.sampler,
    ...(run.estimate.warning ? { warning: run.estimate.warning } : {}),
    ...sandwich,
    ...imagesOf(params, data, context),
  };
}

/** filters.png and samples.png, with base rates from the training data as the chains' start. */
function imagesOf(params: RbmParams, data: TrainingData, context: TaskContext<TrainSpec>): Record<string, unknown> {
  const { images } = context.spec.evaluation;
  if (images.filters === 0 && images.samples === 0) return {};
  const model = modelFromJson(paramsToModelJson(params, context.spec.name), 'trained model') as Rbm;
  const base = baseRatesFromData(data.train.values, params.nv);
  return writeTrainImages(model, base, context.runDir, { ...images, samples: Math.max(1, images.samples), seed: context.spec.seed });
}
