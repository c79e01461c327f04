/**
 * The dbn task's layers as train runs: each layer gets a train spec (experiments/train-spec.ts)
 * built from the dbn spec and its own sub-folder of the run folder, layer-1/ and layer-2/,
 * holding that layer's checkpoints, unit checkpoint (its AIS units), model.json and pictures.
 * A resumed dbn run finds a finished layer's checkpoint there and goes straight on.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DbnSpec } from '../experiments/dbn-spec.js';
import { trainSpecSchema, type TrainSpec } from '../experiments/train-spec.js';
import type { TaskContext } from './task.js';
import { UnitCheckpoint } from './unit-checkpoint.js';

/** Layer `layer` (1-based) as a train spec: its own seed (run seed + layer - 1) and the dbn's evaluation settings. */
export function layerTrainSpec(spec: DbnSpec, layer: number): TrainSpec {
  const e = spec.evaluation;
  return trainSpecSchema.parse({
    task: 'train',
    name: `${spec.name}-layer-${layer}`.slice(-64),
    seed: spec.seed + layer - 1,
    ...spec.layers[layer - 1],
    data: spec.data,
    evaluation: {
      examples: e.trainingExamples,
      exactLogLik: e.exactLogLik,
      ais: { chains: e.ais.chains, chainsPerUnit: e.ais.chainsPerUnit, schedule: e.ais.schedule, sampler: e.ais.sampler, examples: e.examples },
      raise: e.raise,
      images: { filters: e.images.filters, samples: Math.max(1, e.images.samples), sweeps: e.images.sweeps },
    },
  });
}

/** The run context of one layer: its sub-folder, run id, unit checkpoint and progress label. */
export function layerContext(context: TaskContext<DbnSpec>, layer: number): TaskContext<TrainSpec> {
  const part = `layer-${layer}`;
  const runDir = join(context.runDir, part);
  mkdirSync(runDir, { recursive: true });
  return {
    ...context,
    spec: layerTrainSpec(context.spec, layer),
    model: undefined,
    runDir,
    runId: `${context.runId}-${part}`.slice(-64),
    checkpoint: new UnitCheckpoint(runDir),
    events: { ...context.events, progress: (done, total, detail) => context.events.progress(done, total, `${part}${detail ? `, ${detail}` : ''}`) },
  };
}
