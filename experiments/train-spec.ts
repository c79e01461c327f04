/** The `train` task: fit an RBM by PCD-k or CD-k (Tieleman 2008), data-parallel over workers. */
import { z } from 'zod';
import { commonFields, modelRefSchema } from './common-spec.js';
import { scheduleSchema } from './logz-spec.js';

const positiveInt = z.number().int().min(1);

/** How grey levels in [0, 1] become 0/1 visible states. */
export const binarizationSchema = z.discriminatedUnion('kind', [
  /** v = 1 where the intensity is above `threshold`. */
  z.strictObject({ kind: z.literal('threshold'), threshold: z.number().min(0).max(1).default(0.5) }),
  /** v ~ Bernoulli(intensity), drawn once from `seed` (Salakhutdinov & Murray 2008). */
  z.strictObject({ kind: z.literal('sample'), seed: z.number().int().min(0).default(1) }),
]);

export const trainDataSchema = z.strictObject({
  /** bars-stripes (generated), fashion-mnist (the Debian dataset-fashion-mnist files), or idx (your own IDX files). */
  dataset: z.enum(['bars-stripes', 'fashion-mnist', 'idx']).default('bars-stripes'),
  /** bars-stripes: the side of the square image (2^(side+1) - 2 distinct patterns). */
  side: z.number().int().min(2).max(6).default(4),
  /** bars-stripes: copies of each pattern in the training set. */
  copies: positiveInt.default(16),
  /** fashion-mnist: the folder holding the IDX files (also --data). */
  dir: z.string().default('/usr/share/datasets/fashion-mnist'),
  /** idx: the training images file (IDX, plain or gzip), relative to the spec's folder. */
  trainImages: z.string().default(''),
  /** idx: the test images file; empty = none. */
  testImages: z.string().default(''),
  /** How grey levels become binary. */
  binarization: binarizationSchema.default({ kind: 'threshold', threshold: 0.5 }),
  /** Use only the first N training images; 0 = all. */
  limit: z.number().int().min(0).default(0),
});

/** The learning rate along the run (core/train/learning-rate.ts). */
export const learningRateScheduleSchema = z.discriminatedUnion('kind', [
  /** The same rate throughout. */
  z.strictObject({ kind: z.literal('constant') }),
  /** Linearly from learningRate down to learningRate * finalFraction at the last update. */
  z.strictObject({ kind: z.literal('linear'), finalFraction: z.number().min(0).max(1).default(0) }),
  /** learningRate * decay^(epochs elapsed), smoothly per update. */
  z.strictObject({ kind: z.literal('exponential'), decay: z.number().gt(0).max(1).default(0.9) }),
]);

export const trainEvaluationSchema = z.strictObject({
  /** Training examples (the first N, fixed) on which each epoch's pseudo-likelihood and reconstruction error are measured. */
  examples: positiveInt.default(1000),
  /** Measure every this many epochs (and always after the last). */
  everyEpochs: positiveInt.default(1),
  /** Exact log-likelihood per epoch when the model is small enough to enumerate (nh <= 20). */
  exactLogLik: z.boolean().default(true),
  /**
   * The final test log-likelihood by AIS (Salakhutdinov & Murray 2008: base rates from the
   * training data), run on the workers when the model is too large for exact log Z.
   */
  ais: z
    .strictObject({
      /** AIS chains; 0 = no AIS evaluation. */
      chains: z.number().int().min(0).default(100),
      /** Chains per work unit (fixed by the spec, for determinism). */
      chainsPerUnit: positiveInt.default(4),
      /** The temperatures; the default is Salakhutdinov & Murray's 14,500. */
      schedule: scheduleSchema.default({ kind: 'salakhutdinov' }),
      /** Test examples whose mean -F(v) enters; 0 = all. */
      examples: z.number().int().min(0).default(0),
      /** The AIS sampler: the WebAssembly SIMD kernel (float32 sampling, float64 weights) or the float64 reference. */
      sampler: z.enum(['gibbs-wasm', 'gibbs']).default('gibbs-wasm'),
    })
    .prefault({}),
  /**
   * The lower side of the sandwich: RAISE (Burda, Grosse & Salakhutdinov 2015) on the first
   * `examples` test examples, with the AIS schedule and sampler; the upper side is forward
   * AIS on the same examples.
   */
  raise: z
    .strictObject({
      /** Test examples; 0 = no RAISE. */
      examples: z.number().int().min(0).default(100),
      chainsPerExample: positiveInt.default(1),
    })
    .prefault({}),
  /** filters.png and samples.png for square images (nv = side^2). */
  images: z
    .strictObject({
      filters: z.number().int().min(0).default(100),
      samples: z.number().int().min(0).default(100),
      sweeps: positiveInt.default(1000),
    })
    .prefault({}),
});

export const trainSpecSchema = z.strictObject({
  task: z.literal('train'),
  ...commonFields,
  /** The initial RBM: a model-file path or an inline rbm object; absent = random weights of size nv x nh. */
  model: modelRefSchema.optional(),
  /** Hidden units, when no initial model is given (nv comes from the data). */
  nh: positiveInt.default(500),
  /** Standard deviation of the initial weights (Hinton 2010 suggests 0.01); visible biases start at the data's log-odds. */
  initScale: z.number().min(0).default(0.01),
  /** The training data. */
  data: trainDataSchema.prefault({}),
  /** Passes over the training data. */
  /** 0 = only evaluate the given `model`. */
  epochs: z.number().int().min(0).default(10),
  /** Examples per minibatch (one update each); the last partial batch of an epoch is dropped. */
  batchSize: positiveInt.default(100),
  /** Persistent fantasy particles (PCD), independent of the worker count. */
  particles: positiveInt.default(100),
  /** Gibbs steps per update. */
  k: positiveInt.default(1),
  /** pcd: persistent chains (Tieleman 2008); cd: chains restart at the data (Hinton 2002). */
  method: z.enum(['pcd', 'cd']).default('pcd'),
  /**
   * Where PCD's negative phase comes from: gibbs (each particle one chain) or pt (each
   * particle a ladder of tempered chains with swaps, Desjardins et al. 2010; the statistics
   * come from the beta = 1 replicas).
   */
  sampler: z.enum(['gibbs', 'pt']).default('gibbs'),
  /** The PT-PCD ladder: `replicas` inverse temperatures evenly spaced from `minBeta` to 1. */
  pt: z.strictObject({ replicas: z.number().int().min(2).default(5), minBeta: z.number().gt(0).lt(1).default(0.5) }).prefault({}),
  /** The base learning rate. */
  learningRate: z.number().gt(0).default(0.01),
  /** How the learning rate changes along the run. */
  schedule: learningRateScheduleSchema.default({ kind: 'constant' }),
  /** Classical momentum on the parameter velocity, 0 = plain SGD. */
  momentum: z.number().min(0).lt(1).default(0.5),
  /** L2 penalty on W (not on biases). */
  weightDecay: z.number().min(0).default(0.0001),
  /** Rows (of the minibatch, and of the particles) per work unit. Fixed by the spec, never by the worker count, for determinism. */
  shardSize: positiveInt.default(50),
  /** Write a checkpoint every this many updates (and at each epoch's end); 0 = only at epoch ends. */
  checkpointEvery: z.number().int().min(0).default(100),
  /** Per-epoch measures. */
  evaluation: trainEvaluationSchema.prefault({}),
  /** Training kernel on the workers: reference (float64 TypeScript) or wasm-f32 (WebAssembly SIMD). */
  kernel: z.enum(['reference', 'wasm-f32']).default('wasm-f32'),
});

export type TrainSpec = z.infer<typeof trainSpecSchema>;
