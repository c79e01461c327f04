/**
 * The `dbn` task: a deep belief network with two hidden layers trained greedily, layer by
 * layer (Hinton, Osindero & Teh 2006), each layer an RBM fitted by the train task's distributed
 * PCD; then the variational lower bound on the test log-likelihood (Salakhutdinov & Murray
 * 2008) beside the first-layer RBM's AIS / RAISE sandwich on the same test examples.
 */
import { z } from 'zod';
import { commonFields } from './common-spec.js';
import { scheduleSchema } from './logz-spec.js';
import { trainDataSchema, trainEvaluationSchema, trainSpecSchema } from './train-spec.js';

const positiveInt = z.number().int().min(1);

/** One layer's RBM and its training: the train task's fields, at the train task's defaults. */
export const dbnLayerSchema = trainSpecSchema.pick({
  nh: true,
  initScale: true,
  epochs: true,
  batchSize: true,
  particles: true,
  k: true,
  method: true,
  sampler: true,
  pt: true,
  learningRate: true,
  schedule: true,
  momentum: true,
  weightDecay: true,
  shardSize: true,
  checkpointEvery: true,
  kernel: true,
});

export const dbnEvaluationSchema = z.strictObject({
  /** Test examples (the first N) for the bound and the first layer's AIS figure; 0 = all. */
  examples: z.number().int().min(0).default(0),
  /** Samples h1 ~ q(h1 | v) per test example in the bound's expectation. */
  boundSamples: positiveInt.default(10),
  /** Training examples (the first N) for each layer's per-epoch reconstruction error and pseudo-likelihood. */
  trainingExamples: positiveInt.default(1000),
  /** Exact per-epoch log-likelihood of a layer small enough to enumerate (either side <= 20 units). */
  exactLogLik: z.boolean().default(true),
  /**
   * AIS (Salakhutdinov & Murray 2008: base rates from the layer's training data), on the
   * workers, for the first layer's log Z and for the top RBM's log Z_top. A layer with a side
   * of at most 20 units gets exact log Z instead.
   */
  ais: z
    .strictObject({
      /** AIS chains. */
      chains: positiveInt.default(100),
      /** Chains per work unit (fixed by the spec, for determinism). */
      chainsPerUnit: positiveInt.default(4),
      /** The temperatures; the default is Salakhutdinov & Murray's 14,500. */
      schedule: scheduleSchema.default({ kind: 'salakhutdinov' }),
      /** The WebAssembly SIMD kernel (float32 sampling, float64 weights) or the float64 reference. */
      sampler: z.enum(['gibbs-wasm', 'gibbs']).default('gibbs-wasm'),
    })
    .prefault({}),
  /** RAISE (Burda et al. 2015) for the lower side of the first layer's sandwich, on the first `examples` test examples. */
  raise: trainEvaluationSchema.shape.raise,
  /** filters.png (first layer) and samples.png (the DBN: Gibbs in the top RBM, then down), for square images. */
  images: trainEvaluationSchema.shape.images,
});

export const dbnSpecSchema = z.strictObject({
  task: z.literal('dbn'),
  ...commonFields,
  /** The training data (as for the train task); the test images are the bound's test set. */
  data: trainDataSchema.prefault({}),
  /** The two hidden layers, bottom first: layer 1 is fitted to the data, layer 2 to layer 1's hidden samples. */
  layers: z.array(dbnLayerSchema).length(2),
  /** Samples h1 ~ q(h1 | v) per training example that make layer 2's training rows (seeded stream). */
  hiddenSamples: positiveInt.default(1),
  evaluation: dbnEvaluationSchema.prefault({}),
});

export type DbnSpec = z.infer<typeof dbnSpecSchema>;
