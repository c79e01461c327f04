/**
 * The sample task: chains at the model itself, cut into units of a fixed size, merged in
 * unit-id order, diagnosed (split R-hat, bulk/tail ESS, tau, MCSE: Vehtari et al. 2021), and
 * written where people can load them: NPY arrays, JSON lines, and a PNG grid for images.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Model } from '../core/models/model.js';
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

export async function runSampleTask(context: TaskContext<SampleSpec>): Promise<TaskResult> {
  const { spec, model, events } = context;
  const options = spec.sample;
  const sampler = resolveSampler(model, options.method, context.specFile);
  const observables = resolveObservables(observablesOf(model.temperedPath(), sampler), options.observables, context.specFile, 'sample.observables');
  const plan = planSampleUnits(options.chains, options.chainsPerUnit);
  const modelJson = JSON.stringify(model.toJSON());
  const results = await collectUnits({
    transport: context.transport,
    runId: context.runId,
    unitCount: plan.length,
    build: (unitId) => ({
      sample: {
        modelJson,
        chains: plan[unitId].chains,
        burnIn: options.burnIn,
        thin: options.thin,
        draws: options.draws,
        seed: spec.seed,
        sampler: sampler ?? '',
        observables,
        keepStates: options.keepStates,
      },
    }),
    concurrency: Math.max(2, context.threads * 2),
    timeoutMs: SAMPLE_UNIT_TIMEOUT_MS,
    checkpoint: context.checkpoint,
    onResult: (_id, _result, done) => events.progress(done, plan.length),
    onRetry: (unitId, attempt, reason) => events.retry(unitId, attempt, reason),
    workerLoss: context.workerLoss,
    guard: context.guard,
  });
  const set = mergeSampleUnits(plan.map((u) => unitOutput(u.unitId, u.chains, options.draws, results.get(u.unitId)!)));
  const summary = summarise(set);
  const method = sampler ?? model.samplers[0];
  return {
    task: 'sample',
    name: spec.name,
    model: model.name ?? model.type,
    ...sampleResult(summary, { seed: spec.seed, sampler: method, chains: options.chains, chainsPerUnit: options.chainsPerUnit, burnIn: options.burnIn, thin: options.thin, draws: options.draws }),
    files: writeSampleFiles(context.runDir, set, model),
  };
}

/** Observables as NPY (chains x draws), states as NPY and JSON lines, images as a PNG grid. */
function writeSampleFiles(runDir: string, set: SampleSet, model: Model): string[] {
  const dir = join(runDir, 'samples');
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const write = (name: string, data: Uint8Array) => {
    writeFileSync(join(dir, name), data);
    files.push(`samples/${name}`);
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
