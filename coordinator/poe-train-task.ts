/**
 * The train-poe task: a product of Student-t experts fitted by CD-k (core/train/poe-cd.ts).
 * It runs in the coordinator, not on the workers: the models are small (a few experts over a
 * handful of dimensions), so one update is microseconds of arithmetic per example, far less
 * than a unit's round trip, and the whole run takes about a second; the update's stream is
 * numbered by the update index, so the result is reproducible from the seed all the same.
 * Data are exact draws of a teacher poe (rejection sampling, core/train/poe-draws.ts): one
 * training set and one held-out set. Each epoch the held-out mean log-likelihood is computed
 * with log Z by quadrature when d <= 2. Writes model.json, a poe model file.
 */
import { join } from 'node:path';
import { InputError, NumericalError } from '../core/errors.js';
import type { StudentTProduct } from '../core/models/student-t-poe.js';
import { streamRng } from '../core/rng/rng.js';
import { learningRateAt } from '../core/train/learning-rate.js';
import { poeCdGradient, poeStep, zeroPoeVelocity } from '../core/train/poe-cd.js';
import { drawStudentTProduct } from '../core/train/poe-draws.js';
import { initialPoeParams, poeModelOf, poeParamsOfModel, poeParamsToModelJson, type PoeParams } from '../core/train/poe-params.js';
import type { PoeTrainSpec } from '../experiments/poe-train-spec.js';
import { writeJsonAtomic } from './atomic-file.js';
import { modelOfSpecField } from './bm-train-data.js';
import type { TaskContext, TaskResult } from './task.js';

export const POE_DATA_PURPOSE = 'train-poe.data';
export const POE_CD_PURPOSE = 'train-poe.cd';

export interface PoeCurvePoint {
  epoch: number;
  update: number;
  learningRate: number;
  /** Mean MALA acceptance over the epoch's updates (absent before training). */
  acceptance?: number;
  /** Held-out mean log-likelihood (nats) with log Z by quadrature, when d <= 2, and its standard error over the held-out rows. */
  testLogLik?: number;
  stderr?: number;
  logZ?: number;
}

/** Training and held-out draws of the teacher named in the spec. */
export function poeTrainingData(spec: PoeTrainSpec, specFile: string): { teacher: StudentTProduct; train: Float64Array; test: Float64Array } {
  const teacher = modelOfSpecField(spec.data.model, specFile, 'data.model', 'poe') as StudentTProduct;
  return {
    teacher,
    train: drawStudentTProduct(teacher, spec.data.rows, streamRng(spec.seed, POE_DATA_PURPOSE, 0)),
    test: drawStudentTProduct(teacher, spec.data.testRows, streamRng(spec.seed, POE_DATA_PURPOSE, 1)),
  };
}

/**
 * Mean log p(x) over rows with log Z by quadrature (d <= 2), and its standard error over the
 * rows (independent exact draws): the spread a different held-out set would give.
 */
export function poeMeanLogLikelihood(model: StudentTProduct, x: Float64Array): { logLik: number; stderr: number; logZ: number } {
  const logZ = model.exactLogZ('quadrature').logZ;
  const rows = x.length / model.d;
  let sum = 0;
  let sumSq = 0;
  for (let r = 0; r < rows; r++) {
    const f = -model.energy(x.subarray(r * model.d, (r + 1) * model.d));
    sum += f;
    sumSq += f * f;
  }
  const mean = sum / rows;
  const variance = rows > 1 ? Math.max(0, (sumSq - rows * mean * mean) / (rows - 1)) : Number.NaN;
  return { logLik: mean - logZ, stderr: Math.sqrt(variance / rows), logZ };
}

export async function runPoeTrainTask(context: TaskContext<PoeTrainSpec>): Promise<TaskResult> {
  const { spec, runDir, events } = context;
  const { teacher, train, test } = poeTrainingData(spec, context.specFile);
  const d = teacher.d;
  const initial = context.model as StudentTProduct | undefined;
  if (initial && initial.type !== 'poe') throw new InputError(context.specFile, 'model', `must be a poe model, got ${initial.type}`);
  if (initial && initial.d !== d) throw new InputError(context.specFile, 'model', `has d = ${initial.d} but the data have d = ${d}`);
  const params: PoeParams = initial ? poeParamsOfModel(initial) : initialPoeParams(d, spec.experts, spec.sigma, spec.initScale, spec.initAlpha, streamRng(spec.seed, 'train-poe.init', 0));
  const velocity = zeroPoeVelocity(params);
  const rows = spec.data.rows;
  const updatesPerEpoch = Math.floor(rows / spec.batchSize);
  if (updatesPerEpoch === 0) throw new InputError(context.specFile, 'batchSize', `${spec.batchSize} exceeds the ${rows} training rows`);
  const totalUpdates = spec.epochs * updatesPerEpoch;
  const evaluate = (point: PoeCurvePoint): PoeCurvePoint => (d <= 2 ? { ...point, ...renameLogLik(poeMeanLogLikelihood(poeModelOf(params), test)) } : point);
  const curve: PoeCurvePoint[] = [evaluate({ epoch: 0, update: 0, learningRate: spec.learningRate })];
  const batch = new Float64Array(spec.batchSize * d);
  let acceptance = 0;
  let order: Uint32Array | undefined;
  events.progress(0, totalUpdates);
  for (let u = 0; u < totalUpdates; u++) {
    const epoch = Math.floor(u / updatesPerEpoch);
    const position = u % updatesPerEpoch;
    if (!order || position === 0) order = poeEpochOrder(spec.seed, epoch, rows);
    for (let r = 0; r < spec.batchSize; r++) {
      const row = order[position * spec.batchSize + r];
      batch.set(train.subarray(row * d, (row + 1) * d), r * d);
    }
    const rate = learningRateAt(spec.learningRate, spec.schedule, u, totalUpdates, updatesPerEpoch);
    const gradient = poeCdGradient({ params, batch, k: spec.k, sampler: spec.sampler, rng: streamRng(spec.seed, POE_CD_PURPOSE, u) });
    acceptance += gradient.acceptance;
    poeStep(params, velocity, gradient, { rate, momentum: spec.momentum, learnAlpha: spec.learnAlpha });
    if (!params.W.every(Number.isFinite) || !params.alpha.every((a) => Number.isFinite(a) && a > 0)) {
      throw new NumericalError(`update ${u} made the parameters non-finite; lower the learning rate`);
    }
    if ((u + 1) % updatesPerEpoch === 0) {
      curve.push(evaluate({ epoch: epoch + 1, update: u + 1, learningRate: rate, acceptance: acceptance / updatesPerEpoch }));
      acceptance = 0;
      writeJsonAtomic(join(runDir, 'model.json'), poeParamsToModelJson(params, spec.name));
      events.progress(u + 1, totalUpdates, `epoch ${epoch + 1}/${spec.epochs}`);
      // Let progress output and signals through between epochs.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  writeJsonAtomic(join(runDir, 'model.json'), poeParamsToModelJson(params, spec.name));
  const last = curve[curve.length - 1];
  const teacherFit = d <= 2 ? poeMeanLogLikelihood(teacher, test).logLik : undefined;
  return {
    task: 'train-poe',
    name: spec.name,
    method: `cd-${spec.k}`,
    seed: spec.seed,
    sampler: spec.sampler,
    d,
    experts: params.experts,
    sigma: params.sigma,
    learnAlpha: spec.learnAlpha,
    epochs: spec.epochs,
    updates: totalUpdates,
    batchSize: spec.batchSize,
    trainRows: rows,
    testRows: spec.data.testRows,
    data: `exact draws (rejection sampling) of ${teacher.name ?? 'a poe'} (d = ${d}, ${teacher.experts} experts)`,
    modelFile: join(runDir, 'model.json'),
    learningCurve: curve,
    ...(last.testLogLik !== undefined ? { testLogLik: last.testLogLik, stderr: last.stderr, logZ: last.logZ, logZMethod: 'quadrature' } : {}),
    ...(teacherFit !== undefined ? { teacherTestLogLik: teacherFit } : {}),
    summary: `CD-${spec.k} (${spec.sampler}), ${params.experts} experts in ${d}D, ${spec.epochs} epochs` +
      (last.testLogLik !== undefined ? `; held-out log-likelihood ${curve[0].testLogLik!.toFixed(4)} -> ${last.testLogLik.toFixed(4)} nats (teacher ${teacherFit!.toFixed(4)})` : '') +
      `; model ${join(runDir, 'model.json')}`,
  };
}

function renameLogLik(x: { logLik: number; stderr: number; logZ: number }): { testLogLik: number; stderr: number; logZ: number } {
  return { testLogLik: x.logLik, stderr: x.stderr, logZ: x.logZ };
}

/** The epoch's minibatch order: a Fisher-Yates shuffle from the epoch's own stream. */
function poeEpochOrder(seed: number, epoch: number, rows: number): Uint32Array {
  const order = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) order[i] = i;
  const rng = streamRng(seed, 'train-poe.shuffle', epoch);
  for (let i = rows - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
