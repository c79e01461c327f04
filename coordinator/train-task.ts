/**
 * The train task: PCD-k or CD-k (Tieleman 2008) with SGD, momentum, weight decay and a
 * learning-rate schedule, data-parallel over the workers. The coordinator holds the
 * parameters and the optimiser state; each update goes out as shards
 * (coordinator/train-update.ts) whose sums are reduced in shard order. PCD particles live on
 * the workers' chain hosts (coordinator/particle-shards.ts) and come back before each
 * checkpoint, on the last update and every PARTICLES_BACK_EVERY updates; in between,
 * `state.particles` is stale and must not be read. Checkpoints every `checkpointEvery`
 * updates and at each epoch's end; a run folder holding one is resumed from it.
 */
import { join } from 'node:path';
import { InputError, NumericalError } from '../core/errors.js';
import { streamRng } from '../core/rng/rng.js';
import { randomPermutation } from '../core/data/splits.js';
import { exactMeanLogLikelihood, meanLogPseudoLikelihood, meanReconstructionError } from '../core/train/evaluation.js';
import { learningRateAt } from '../core/train/learning-rate.js';
import { firstNonFinite, initialParams, paramsFromModelJson, paramsToModelJson, type RbmParams } from '../core/train/rbm-params.js';
import { sgdMomentumStepFromStatistics, zeroSgdState } from '../core/train/sgd-momentum.js';
import type { Statistics } from '../core/train/statistics.js';
import type { UnitResult } from '../proto/messages.js';
import type { TrainSpec } from '../experiments/train-spec.js';
import { writeJsonAtomic } from './atomic-file.js';
import type { TaskContext, TaskResult } from './task.js';
import { readTrainCheckpoint, writeTrainCheckpoint, type CurvePoint, type TrainState } from './train-checkpoint.js';
import { dataMarginals, loadTrainingData, type BinaryRows, type TrainingData } from './train-data.js';
import { EXACT_LAYER_LIMIT, finalEvaluation } from './train-evaluation.js';
import { runUpdate, shardCounts, type HeldParticles, type UpdatePlan, type UpdateRuntime } from './train-update.js';
import { temperingLadder } from '../core/train/tempered-particles.js';
import { MessageGuard } from '../proto/guard.js';
import { ParticleShards } from './particle-shards.js';
import { WorkerRegistry } from './worker-registry.js';

/** How long one shard may run before it is given to another worker. */
const SHARD_TIMEOUT_MS = 5 * 60_000;
/**
 * Updates between the particles coming back at the latest: a lost worker's shards replay at
 * most this many updates, and the coordinator keeps at most this many updates' parameters.
 */
const PARTICLES_BACK_EVERY = 4;
/** How long a run waits for a first answer to the registry's probe, and then for the others (as PT does). */
const PROBE_WAIT_MS = 1000;
const PROBE_GRACE_MS = 200;

export async function runTrainTask(context: TaskContext<TrainSpec>): Promise<TaskResult> {
  const { spec, runDir } = context;
  const data = loadTrainingData(spec, context.specFile);
  const { state, totalUpdates, lastGradientNorm } = await trainRbmOnData(context, data);
  const { nv, nh } = state.params;
  const last = state.curve[state.curve.length - 1];
  const evaluation = await finalEvaluation(state.params, data, context);
  // The AIS test log-likelihood of the end (ebm_train_loglik).
  const testLogLik = (evaluation as { testLogLik?: unknown }).testLogLik;
  if (typeof testLogLik === 'number' && Number.isFinite(lastGradientNorm)) context.events.trainEpoch?.({ epoch: spec.epochs, gradientNorm: lastGradientNorm, logLik: testLogLik });
  return {
    task: 'train',
    name: spec.name,
    method: spec.method,
    seed: spec.seed,
    nv,
    nh,
    k: spec.k,
    epochs: spec.epochs,
    updates: totalUpdates,
    batchSize: spec.batchSize,
    particles: spec.method === 'pcd' ? spec.particles : 0,
    sampler: spec.method === 'pcd' ? spec.sampler : 'cd',
    ...(spec.method === 'pcd' && spec.sampler === 'pt' ? { temperingBetas: Array.from(temperingBetasOf(spec)) } : {}),
    shardSize: spec.shardSize,
    data: data.description,
    binarization: spec.data.dataset === 'bars-stripes' ? 'none (binary data)' : spec.data.binarization,
    trainRows: data.train.rows,
    modelFile: join(runDir, 'model.json'),
    /** Per evaluated epoch (the report's EpochPoint fields: epoch, reconstructionError, ...). */
    learningCurve: state.curve,
    ...(last ? { reconstructionError: last.reconstructionError, pseudoLogLik: last.pseudoLogLik } : {}),
    ...evaluation,
  };
}

export interface TrainingOutcome {
  /** The final state (parameters, velocity, particles, learning curve). */
  state: TrainState;
  totalUpdates: number;
  /** The last epoch's gradient norm (NaN when this process ran no full epoch). */
  lastGradientNorm: number;
}

/**
 * The training loop on binary rows already in memory (the train task's data, or another
 * task's, e.g. a DBN's hidden samples): resumes from runDir's checkpoint when there is one,
 * checkpoints as it goes, and leaves model.json in runDir. No final evaluation.
 */
export async function trainRbmOnData(context: TaskContext<TrainSpec>, data: TrainingData): Promise<TrainingOutcome> {
  const { spec, runDir, events } = context;
  const state = readTrainCheckpoint(runDir) ?? initialState(spec, context, data);
  const { nv, nh } = state.params;
  if (nv !== data.train.nv) throw new InputError(context.specFile, 'model', `has ${nv} visible units but the data has ${data.train.nv}`);
  const updatesPerEpoch = Math.floor(data.train.rows / spec.batchSize);
  if (updatesPerEpoch === 0) throw new Error(`the batch size ${spec.batchSize} exceeds the ${data.train.rows} training rows`);
  const totalUpdates = spec.epochs * updatesPerEpoch;
  const plan: UpdatePlan = { method: spec.method, k: spec.k, seed: spec.seed, shardSize: spec.shardSize, kernel: spec.kernel, temperingBetas: temperingBetasOf(spec) };
  const runtime: UpdateRuntime = {
    transport: context.transport,
    runId: context.runId,
    concurrency: Math.max(2, context.threads * 2),
    timeoutMs: SHARD_TIMEOUT_MS,
    onRetry: (unitId: number, attempt: number, reason: string) => events.retry(unitId, attempt, reason),
    onResult: (_unitId: number, result: UnitResult, seconds: number) => events.unit?.(result, seconds),
    workerLoss: context.workerLoss,
    guard: context.guard,
  };
  const evalRows = firstRows(data.patterns ?? data.train, spec.evaluation.examples);
  const batch = new Uint8Array(spec.batchSize * nv);
  let order: Int32Array | undefined;

  events.progress(state.nextUpdate, totalUpdates);
  let epochStarted = process.hrtime.bigint();
  let lastGradientNorm = Number.NaN;
  const particles = spec.method === 'pcd' && state.nextUpdate < totalUpdates ? await heldParticles(context, plan, runtime, state, spec.batchSize) : undefined;
  try {
    while (state.nextUpdate < totalUpdates) {
      const u = state.nextUpdate;
      const epoch = Math.floor(u / updatesPerEpoch);
      const position = u % updatesPerEpoch;
      if (!order || position === 0) order = epochOrder(spec.seed, epoch, data.train.rows);
      for (let r = 0; r < spec.batchSize; r++) {
        const row = order[position * spec.batchSize + r];
        batch.set(data.train.values.subarray(row * nv, (row + 1) * nv), r * nv);
      }
      const rate = learningRateAt(spec.learningRate, spec.schedule, u, totalUpdates, updatesPerEpoch);
      const checkpointAfter = (u + 1) % updatesPerEpoch === 0 || (spec.checkpointEvery > 0 && (u + 1) % spec.checkpointEvery === 0);
      const held: HeldParticles | undefined = particles && { shards: particles.shards, wantParticles: checkpointAfter || u + 1 === totalUpdates || (u + 1) % PARTICLES_BACK_EVERY === 0 };
      const { positive, negative } = await runUpdate(u, state.params, batch, state.particles, plan, runtime, held);
      // Throws a NumericalError on a NaN / infinite gradient before changing anything.
      sgdMomentumStepFromStatistics(state.params, state.velocity, positive, negative, { rate, momentum: spec.momentum, weightDecay: spec.weightDecay });
      const bad = firstNonFinite(state.params);
      if (bad !== undefined) throw new NumericalError(`update ${u} made the weights non-finite (${bad}); lower the learning rate. The last good checkpoint is kept.`);
      state.nextUpdate = u + 1;
      const epochDone = state.nextUpdate % updatesPerEpoch === 0;
      if (epochDone && ((epoch + 1) % spec.evaluation.everyEpochs === 0 || state.nextUpdate === totalUpdates)) {
        state.curve.push(evaluate(state.params, evalRows, spec, epoch + 1, state.nextUpdate, rate));
        writeJsonAtomic(join(runDir, 'model.json'), paramsToModelJson(state.params, spec.name));
      }
      if (checkpointAfter) writeTrainCheckpoint(runDir, state);
      if (epochDone) {
        // Metrics: the epoch's last gradient and, where this epoch was evaluated, its figures.
        const point = state.curve[state.curve.length - 1];
        const evaluated = point?.epoch === epoch + 1 ? point : undefined;
        lastGradientNorm = gradientNorm(positive, negative);
        events.trainEpoch?.({
          epoch: epoch + 1,
          gradientNorm: lastGradientNorm,
          reconstructionError: evaluated?.reconstructionError,
          seconds: Number(process.hrtime.bigint() - epochStarted) / 1e9,
        });
        epochStarted = process.hrtime.bigint();
      }
      events.progress(state.nextUpdate, totalUpdates, `epoch ${epoch + 1}/${spec.epochs}`);
    }
  } finally {
    particles?.registry.close();
  }

  writeJsonAtomic(join(runDir, 'model.json'), paramsToModelJson(state.params, spec.name));
  return { state, totalUpdates, lastGradientNorm };
}

/**
 * The particle shards of a PCD run, held on the workers from `state`'s particles on, and the
 * registry that tells the live workers (shards are placed on them and leave a lost one).
 */
async function heldParticles(context: TaskContext<TrainSpec>, plan: UpdatePlan, runtime: UpdateRuntime, state: TrainState, batchSize: number): Promise<{ shards: ParticleShards; registry: WorkerRegistry }> {
  const { nv, nh } = state.params;
  const perParticle = Math.max(1, plan.temperingBetas.length);
  const counts = shardCounts(batchSize, state.particles.length / nv / perParticle, plan);
  const registry = new WorkerRegistry({ transport: context.transport, guard: context.guard ?? new MessageGuard() });
  // Workers answer the registry's probe at once (in process: before it returns); shards
  // placed before every answer is in would crowd on the first workers to answer.
  if (registry.count() === 0) {
    await Promise.race([registry.waitFor(1), new Promise((resolve) => setTimeout(resolve, PROBE_WAIT_MS))]);
    await new Promise((resolve) => setTimeout(resolve, PROBE_GRACE_MS));
  }
  const shards = new ParticleShards(
    { transport: runtime.transport, runId: runtime.runId, directory: registry, timeoutMs: runtime.timeoutMs, maxAttempts: 4, workerLoss: runtime.workerLoss, guard: runtime.guard, onAccepted: runtime.onResult, onRetry: runtime.onRetry },
    { nv, nh, k: plan.k, seed: plan.seed, kernel: plan.kernel, temperingBetas: plan.temperingBetas, shardSize: plan.shardSize, unitsPerUpdate: counts.data + counts.particles, dataShards: counts.data },
    state.nextUpdate,
    state.particles,
  );
  return { shards, registry };
}

/** The PT-PCD ladder, or none for plain PCD / CD. */
function temperingBetasOf(spec: TrainSpec): Float64Array {
  return spec.method === 'pcd' && spec.sampler === 'pt' ? temperingLadder(spec.pt.replicas, spec.pt.minBeta) : new Float64Array(0);
}

/** Euclidean norm of the likelihood gradient <v h>_data - <v h>_model over W, b and c (weight decay aside). */
function gradientNorm(positive: Statistics, negative: Statistics): number {
  let sum = 0;
  for (const key of ['w', 'b', 'c'] as const) {
    const p = positive[key];
    const n = negative[key];
    for (let i = 0; i < p.length; i++) {
      const g = p[i] / positive.rows - n[i] / negative.rows;
      sum += g * g;
    }
  }
  return Math.sqrt(sum);
}

function initialState(spec: TrainSpec, context: TaskContext<TrainSpec>, data: TrainingData): TrainState {
  const nv = data.train.nv;
  const params: RbmParams = context.model
    ? paramsFromModelJson(context.model.toJSON() as Record<string, unknown>, context.specFile)
    : initialParams(nv, spec.nh, spec.initScale, dataMarginals(data.train), streamRng(spec.seed, 'train.init', 0));
  const particles = new Uint8Array(spec.method === 'pcd' ? spec.particles * Math.max(1, temperingBetasOf(spec).length) * nv : 0);
  // Particles start as independent draws from the data marginals, a cheap start near the data.
  const marginals = dataMarginals(data.train);
  const rng = streamRng(spec.seed, 'train.particles', 0);
  for (let i = 0; i < particles.length; i++) particles[i] = rng.nextDouble() < marginals[i % nv] ? 1 : 0;
  return { params, velocity: zeroSgdState(params.nv, params.nh), particles, nextUpdate: 0, curve: [] };
}

/** The epoch's minibatch order: a random permutation from the epoch's own stream. */
export function epochOrder(seed: number, epoch: number, rows: number): Int32Array {
  return randomPermutation(rows, streamRng(seed, 'train.shuffle', epoch));
}

function firstRows(x: BinaryRows, n: number): BinaryRows {
  const rows = Math.min(n, x.rows);
  return { rows, nv: x.nv, values: x.values.subarray(0, rows * x.nv) };
}

function evaluate(params: RbmParams, rows: BinaryRows, spec: TrainSpec, epoch: number, update: number, learningRate: number): CurvePoint {
  const point: CurvePoint = {
    epoch,
    update,
    learningRate,
    reconstructionError: meanReconstructionError(params, rows.values, rows.rows),
    pseudoLogLik: meanLogPseudoLikelihood(params, rows.values, rows.rows),
  };
  if (spec.evaluation.exactLogLik && Math.min(params.nv, params.nh) <= EXACT_LAYER_LIMIT) {
    point.exactLogLik = exactMeanLogLikelihood(params, rows.values, rows.rows);
  }
  return point;
}
