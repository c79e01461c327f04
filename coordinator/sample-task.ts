/**
 * The sample task: chains at the model itself, cut into units of a fixed size, merged in
 * unit-id order, diagnosed (split R-hat, bulk/tail ESS, tau, MCSE: Vehtari et al. 2021), and
 * written where people can load them: NPY arrays, JSON lines, and a PNG grid for images.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Model } from '../core/models/model.js';
import { modelFromJson } from '../core/models/model-file.js';
import { mergeSampleUnits, planSampleUnits } from '../core/sample/sample-plan.js';
import { encodeSampleFile, imageShapeOf, observableNpy } from '../core/sample/sample-output.js';
import { observablesOf, resolveObservables, sampleResult } from '../core/sample/sample-result.js';
import type { SampleSet, SampleUnitOutput } from '../core/sample/sample-unit.js';
import { seriesFromBytes, statesFromBytes, type StateType } from '../core/sample/state-array.js';
import { summarise } from '../core/sample/summary.js';
import type { SampleSpec } from '../experiments/spec.js';
import type { UnitResult } from '../proto/messages.js';
import type { ebm } from '../proto/generated/ebm.js';
import { collectUnits } from './collect-units.js';
import { samplePt } from './sample-pt.js';
import type { TaskContext, TaskResult } from './task.js';

/** How long one sampling unit may run before it is given to another worker. */
const SAMPLE_UNIT_TIMEOUT_MS = 30 * 60_000;

/** The model's kernel for a method name: 'gibbs' is heat bath where a model calls it so. */
export function resolveSampler(model: Model, method: string, file: string): string | undefined {
  if (method === '') return undefined;
  if (model.samplers.includes(method)) return method;
  if (method === 'gibbs' && model.samplers.includes('heatbath')) return 'heatbath';
  if (method === 'gibbs' && model.samplers.length > 0) return undefined; // the model's Gibbs kernel is its default
  throw new InputError(file, 'sample.method', `${model.type} has no sampler ${JSON.stringify(method)}; it has ${model.samplers.join(', ')}`);
}

function unitOutput(unitId: number, chains: number, draws: number, result: UnitResult): SampleUnitOutput {
  const s = result.sample as ebm.v1.SampleResult; // decoded messages are full instances
  const output: SampleUnitOutput = {
    unitId,
    chains,
    draws,
    observables: [...s.observables],
    series: seriesFromBytes(s.series, s.observables.length),
    stateSize: s.stateSize,
  };
  if (s.states && s.states.length > 0) output.states = statesFromBytes(s.stateType as StateType, s.states);
  return output;
}

/** One sampling run at one temperature (or the model's own): its model and unit-id offset. */
interface SamplePoint {
  beta?: number;
  model: Model;
  firstUnit: number;
}

export async function runSampleTask(context: TaskContext<SampleSpec>): Promise<TaskResult> {
  const { spec, events } = context;
  const model = context.model;
  if (!model) throw new Error('a sample run needs a model');
  const options = spec.sample;
  if (options.method === 'pt') return runSampleByPt(context, model);
  const sampler = resolveSampler(model, options.method, context.specFile);
  const observables = resolveObservables(observablesOf(model.temperedPath(), sampler), options.observables, context.specFile, 'sample.observables');
  const plan = planSampleUnits(options.chains, options.chainsPerUnit);
  const points: SamplePoint[] =
    options.betas.length === 0
      ? [{ model: model, firstUnit: 0 }]
      : options.betas.map((beta, i) => ({ beta, model: withBeta(model, beta, context.specFile, i), firstUnit: i * plan.length }));
  const unitCount = points.length * plan.length;
  const modelJsons = points.map((p) => JSON.stringify(p.model.toJSON()));
  const results = await collectUnits({
    transport: context.transport,
    runId: context.runId,
    unitCount,
    build: (unitId) => {
      const point = Math.floor(unitId / plan.length);
      return {
        sample: {
          modelJson: modelJsons[point],
          chains: plan[unitId % plan.length].chains,
          burnIn: options.burnIn,
          thin: options.thin,
          draws: options.draws,
          seed: spec.seed,
          sampler: sampler ?? '',
          observables,
          keepStates: options.keepStates,
        },
      };
    },
    concurrency: Math.max(2, context.threads * 2),
    timeoutMs: SAMPLE_UNIT_TIMEOUT_MS,
    checkpoint: context.checkpoint,
    onResult: (_id, _result, done) => events.progress(done, unitCount),
    onAccepted: (_id, result, seconds) => events.unit?.(result, seconds),
    onRetry: (unitId, attempt, reason) => events.retry(unitId, attempt, reason),
    workerLoss: context.workerLoss,
    guard: context.guard,
  });
  const method = sampler ?? model.samplers[0];
  const settings = { seed: spec.seed, sampler: method, chains: options.chains, chainsPerUnit: options.chainsPerUnit, burnIn: options.burnIn, thin: options.thin, draws: options.draws };
  const runs = points.map((point, i) => {
    // Units of one temperature, renumbered from 0 for merging (the stream used the global id).
    const set = mergeSampleUnits(plan.map((u) => unitOutput(u.unitId, u.chains, options.draws, results.get(point.firstUnit + u.unitId)!)));
    const result = sampleResult(summarise(set), settings);
    const folder = points.length === 1 ? 'samples' : `samples/beta-${i}`;
    return {
      ...(point.beta === undefined ? {} : { beta: point.beta }),
      ...result,
      observables: withReferences(result.observables, point.model),
      files: writeSampleFiles(context.runDir, folder, set, point.model),
    };
  });
  const base = { task: 'sample', name: spec.name, model: model.name ?? model.type };
  if (points.length === 1) return { ...base, ...runs[0] };
  return { ...base, method: 'sample', ...settings, converged: runs.every((r) => r.converged), temperatures: runs };
}

/** method pt: draws from the target replica of PT copies (sample-pt.ts), diagnosed the same way. */
async function runSampleByPt(context: TaskContext<SampleSpec>, model: Model): Promise<TaskResult> {
  const { spec } = context;
  const options = spec.sample;
  if (options.betas.length > 0) throw new InputError(context.specFile, 'sample.betas', 'method pt samples the model itself: its ladder covers the temperatures');
  const observables = resolveObservables(observablesOf(model.temperedPath()), options.observables, context.specFile, 'sample.observables');
  const set = await samplePt(context, model, observables);
  const result = sampleResult(summarise(set), { seed: spec.seed, sampler: 'pt', chains: options.chains, chainsPerUnit: 1, burnIn: 0, thin: options.thin, draws: set.draws });
  const dir = join(context.runDir, 'samples');
  mkdirSync(dir, { recursive: true });
  for (const name of set.observables) writeFileSync(join(dir, `${name}.npy`), observableNpy(set, name));
  return {
    task: 'sample',
    name: spec.name,
    model: model.name ?? model.type,
    ...result,
    replicas: options.pt.replicas,
    rounds: options.pt.rounds,
    observables: withReferences(result.observables, model),
    files: set.observables.map((name) => `samples/${name}.npy`),
  };
}

/** The model at another inverse temperature (its file's `beta` replaced). */
function withBeta(model: Model, beta: number, file: string, index: number): Model {
  const json = model.toJSON();
  if (json.beta === undefined && !['ising2d', 'ising'].includes(model.type)) {
    throw new InputError(file, `sample.betas[${index}]`, `a ${model.type} model has no temperature to change`);
  }
  return modelFromJson({ ...json, beta, logZ_exact: undefined }, file, 'model.');
}

/** Each observable's exact mean where the model knows it, with the estimate's z-score. */
function withReferences<T extends { mean: number; mcse: number }>(observables: Record<string, T>, model: Model): Record<string, T & { exact?: unknown[] }> {
  const references = model.referenceValues?.() ?? [];
  const out: Record<string, T & { exact?: unknown[] }> = {};
  for (const [name, o] of Object.entries(observables)) {
    const exact = references.filter((r) => r.observable === name).map((r) => ({ value: r.value, source: r.source, zScore: (o.mean - r.value) / o.mcse }));
    out[name] = exact.length > 0 ? { ...o, exact } : o;
  }
  return out;
}

/** Observables as NPY (chains x draws), states as NPY and JSON lines, images as a PNG grid. */
function writeSampleFiles(runDir: string, folder: string, set: SampleSet, model: Model): string[] {
  const dir = join(runDir, folder);
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const write = (name: string, data: Uint8Array) => {
    writeFileSync(join(dir, name), data);
    files.push(`${folder}/${name}`);
  };
  const imageShape = model.imageShape ?? imageShapeOf(model.size, model.toJSON());
  for (const name of set.observables) write(`${name}.npy`, observableNpy(set, name));
  if (set.states) {
    write('states.npy', encodeSampleFile(set, 'npy', imageShape));
    write('samples.jsonl', encodeSampleFile(set, 'jsonl'));
    if (imageShape) write('samples.png', encodeSampleFile(set, 'png', imageShape));
  }
  return files;
}
