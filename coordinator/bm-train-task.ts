/**
 * The train-bm task: a Boltzmann machine fitted by persistent contrastive divergence (Tieleman
 * 2008). Positive phase: a persistent clamped chain per training example (its visible units
 * fixed to the example, its hidden units Gibbs-sampled, k sweeps per visit, carried over to the
 * next visit), the persistent-chain variant of Salakhutdinov & Hinton 2009's data-dependent
 * phase, which uses mean-field there instead; we sample, so the statistics stay unbiased
 * given the chains' states and the same kernel serves both phases. A fully visible machine
 * has no hidden units, so its positive phase is exactly the data's statistics. Negative phase:
 * persistent free particles, k sweeps per update. Both run as shards on the workers
 * (coordinator/bm-update.ts); the coordinator holds the parameters, the optimiser state and
 * the chains, writes model.json (a bm model file) and checkpoints, and resumes from one.
 */
import { join } from 'node:path';
import { InputError, NumericalError } from '../core/errors.js';
import type { BoltzmannMachine } from '../core/models/bm.js';
import { streamRng } from '../core/rng/rng.js';
import { randomPermutation } from '../core/data/splits.js';
import { EXACT_BM_UNITS, exactBmMeanLogLikelihood } from '../core/train/bm-exact.js';
import { bmParamsToModelJson, firstNonFiniteBm, initialBmParams, type BmParams } from '../core/train/bm-params.js';
import { bmGradient, bmGradientNorm, bmSgdStep, zeroBmVelocity } from '../core/train/bm-sgd.js';
import { learningRateAt } from '../core/train/learning-rate.js';
import type { BmTrainSpec } from '../experiments/bm-train-spec.js';
import type { UnitResult } from '../proto/messages.js';
import { writeJsonAtomic } from './atomic-file.js';
import { readBmCheckpoint, writeBmCheckpoint, type BmCurvePoint, type BmTrainState } from './bm-checkpoint.js';
import { loadBmTrainingData, visibleMeans, type BmTrainingData } from './bm-train-data.js';
import { runBmUpdate, type BmUpdateRuntime } from './bm-update.js';
import type { TaskContext, TaskResult } from './task.js';

/** How long one shard may run before it is given to another worker. */
const SHARD_TIMEOUT_MS = 5 * 60_000;

export async function runBmTrainTask(context: TaskContext<BmTrainSpec>): Promise<TaskResult> {
  const { spec, runDir, events } = context;
  const initial = context.model as BoltzmannMachine | undefined;
  if (initial && initial.type !== 'bm') throw new InputError(context.specFile, 'model', `must be a bm model, got ${initial.type}`);
  const spin = initial ? initial.units === 'spin' : spec.units === 'spin';
  const data = loadBmTrainingData(spec, context.specFile, spin);
  const state = readBmCheckpoint(runDir) ?? initialState(spec, initial, data, spin);
  const { params } = state;
  const n = params.n;
  if (n - params.hidden !== data.nv) throw new InputError(context.specFile, 'model', `has ${n - params.hidden} visible units but the data has ${data.nv}`);
  const updatesPerEpoch = Math.floor(data.rows / spec.batchSize);
  if (updatesPerEpoch === 0) throw new InputError(context.specFile, 'batchSize', `${spec.batchSize} exceeds the ${data.rows} training rows`);
  const totalUpdates = spec.epochs * updatesPerEpoch;
  const exact = spec.exactLogLik && n <= EXACT_BM_UNITS;
  const runtime: BmUpdateRuntime = {
    transport: context.transport,
    runId: context.runId,
    concurrency: Math.max(2, context.threads * 2),
    timeoutMs: SHARD_TIMEOUT_MS,
    onRetry: (unitId, attempt, reason) => events.retry(unitId, attempt, reason),
    onResult: (_unitId: number, result: UnitResult, seconds: number) => events.unit?.(result, seconds),
    workerLoss: context.workerLoss,
    guard: context.guard,
  };
  if (state.curve.length === 0) state.curve.push(curvePoint(params, data, exact, 0, 0, spec.learningRate));

  const batch = new Int8Array(spec.batchSize * n);
  let order: Int32Array | undefined;
  let gradientNorm = Number.NaN;
  events.progress(state.nextUpdate, totalUpdates);
  while (state.nextUpdate < totalUpdates) {
    const u = state.nextUpdate;
    const epoch = Math.floor(u / updatesPerEpoch);
    const position = u % updatesPerEpoch;
    if (!order || position === 0) order = bmEpochOrder(spec.seed, epoch, data.rows);
    const rowsOfBatch = order.subarray(position * spec.batchSize, (position + 1) * spec.batchSize);
    rowsOfBatch.forEach((row, r) => batch.set(state.clamped.subarray(row * n, (row + 1) * n), r * n));
    const rate = learningRateAt(spec.learningRate, spec.schedule, u, totalUpdates, updatesPerEpoch);
    const { positive, negative } = await runBmUpdate(u, params, batch, state.particles, { k: spec.k, seed: spec.seed, shardSize: spec.shardSize }, runtime);
    rowsOfBatch.forEach((row, r) => state.clamped.set(batch.subarray(r * n, (r + 1) * n), row * n));
    const gradient = bmGradient(positive, negative, n);
    gradientNorm = bmGradientNorm(gradient, n);
    // Throws a NumericalError on a NaN / infinite gradient before changing anything.
    bmSgdStep(params, state.velocity, gradient, { rate, momentum: spec.momentum, weightDecay: spec.weightDecay });
    const bad = firstNonFiniteBm(params);
    if (bad !== undefined) throw new NumericalError(`update ${u} made the weights non-finite (${bad}); lower the learning rate. The last good checkpoint is kept.`);
    state.nextUpdate = u + 1;
    const epochDone = state.nextUpdate % updatesPerEpoch === 0;
    if (epochDone) {
      state.curve.push(curvePoint(params, data, exact, epoch + 1, state.nextUpdate, rate, gradientNorm));
      writeJsonAtomic(join(runDir, 'model.json'), bmParamsToModelJson(params, spec.name));
      // logLik is the test log-likelihood in the metrics: the exact training figure stays in the curve.
      events.trainEpoch?.({ epoch: epoch + 1, gradientNorm });
    }
    if (epochDone || (spec.checkpointEvery > 0 && state.nextUpdate % spec.checkpointEvery === 0)) writeBmCheckpoint(runDir, state);
    events.progress(state.nextUpdate, totalUpdates, `epoch ${epoch + 1}/${spec.epochs}`);
  }

  writeJsonAtomic(join(runDir, 'model.json'), bmParamsToModelJson(params, spec.name));
  const last = state.curve[state.curve.length - 1];
  return {
    task: 'train-bm',
    name: spec.name,
    method: 'pcd',
    seed: spec.seed,
    n,
    hidden: params.hidden,
    units: params.spin ? 'spin' : 'binary',
    positivePhase: params.hidden > 0 ? 'persistent clamped Gibbs chains, one per training example' : 'exact (fully visible)',
    k: spec.k,
    epochs: spec.epochs,
    updates: totalUpdates,
    batchSize: spec.batchSize,
    particles: spec.particles,
    shardSize: spec.shardSize,
    data: data.description,
    trainRows: data.rows,
    modelFile: join(runDir, 'model.json'),
    learningCurve: state.curve,
    ...(last?.trainLogLik !== undefined ? { trainLogLik: last.trainLogLik } : {}),
    summary: `PCD-${spec.k}, ${n} units (${params.hidden} hidden), ${spec.epochs} epochs` +
      (last?.trainLogLik !== undefined ? `; exact training log-likelihood ${state.curve[0].trainLogLik!.toFixed(4)} -> ${last.trainLogLik.toFixed(4)} nats per example` : '') +
      `; model ${join(runDir, 'model.json')}`,
  };
}

function curvePoint(params: BmParams, data: BmTrainingData, exact: boolean, epoch: number, update: number, learningRate: number, gradientNorm?: number): BmCurvePoint {
  return {
    epoch,
    update,
    learningRate,
    ...(gradientNorm !== undefined ? { gradientNorm } : {}),
    ...(exact ? { trainLogLik: exactBmMeanLogLikelihood(params, data.visible) } : {}),
  };
}

function initialState(spec: BmTrainSpec, initial: BoltzmannMachine | undefined, data: BmTrainingData, spin: boolean): BmTrainState {
  const params: BmParams = initial
    ? { n: initial.n, spin, hidden: initial.hidden, W: Float64Array.from(initial.W), b: Float64Array.from(initial.b) }
    : initialBmParams(data.nv + spec.hidden, spin, spec.hidden, spec.initScale, visibleMeans(data, spin), streamRng(spec.seed, 'train-bm.init', 0));
  const { n } = params;
  const nv = data.nv;
  const low = spin ? -1 : 0;
  // Clamped chains: the example's visible units; hidden units start uniform.
  const clamped = new Int8Array(data.rows * n);
  const hiddenRng = streamRng(spec.seed, 'train-bm.hidden', 0);
  for (let r = 0; r < data.rows; r++) {
    if (nv <= n) clamped.set(data.visible.subarray(r * nv, (r + 1) * nv), r * n);
    for (let j = nv; j < n; j++) clamped[r * n + j] = hiddenRng.nextU32() & 1 ? 1 : low;
  }
  // Particles: visible units from the data's marginals (a cheap start near the data), hidden uniform.
  const means = visibleMeans(data, spin);
  const particles = new Int8Array(spec.particles * n);
  const rng = streamRng(spec.seed, 'train-bm.particles', 0);
  for (let p = 0; p < spec.particles; p++) {
    for (let i = 0; i < n; i++) {
      const on = i < nv ? (spin ? (1 + means[i]) / 2 : means[i]) : 0.5;
      particles[p * n + i] = rng.nextDouble() < on ? 1 : low;
    }
  }
  return { params, velocity: zeroBmVelocity(n), clamped, particles, nextUpdate: 0, curve: [] };
}

/** The epoch's minibatch order: a random permutation from the epoch's own stream. */
export function bmEpochOrder(seed: number, epoch: number, rows: number): Int32Array {
  return randomPermutation(rows, streamRng(seed, 'train-bm.shuffle', epoch));
}
