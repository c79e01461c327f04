/**
 * The `train-poe` task: fit a product of Student-t experts (model type "poe") by contrastive
 * divergence (Hinton 2002; Welling, Hinton & Osindero 2003), in the coordinator.
 */
import { z } from 'zod';
import { commonFields, modelRefSchema } from './common-spec.js';
import { learningRateScheduleSchema } from './train-spec.js';

const positiveInt = z.number().int().min(1);

export const poeTrainSpecSchema = z.strictObject({
  task: z.literal('train-poe'),
  ...commonFields,
  /** The initial model (a poe file path or inline object); absent = random filters, see below. */
  model: modelRefSchema.optional(),
  /** Experts (filters) without a model. */
  experts: positiveInt.default(4),
  /** Width of the fixed Gaussian term without a model (the teacher's, usually). */
  sigma: z.number().gt(0).default(3),
  /** Standard deviation of the initial filter entries. */
  initScale: z.number().min(0).default(0.3),
  /** Initial exponents alpha. */
  initAlpha: z.number().gt(0).default(1),
  /** The data: exact draws (rejection sampling) of a known poe, a training and a held-out set. */
  data: z
    .strictObject({
      /** The teacher: a poe model-file path (relative to the spec's folder) or an inline poe object. */
      model: modelRefSchema,
      /** Training examples. */
      rows: positiveInt.default(2000),
      /** Held-out examples for the test log-likelihood. */
      testRows: positiveInt.default(1000),
    }),
  /** Passes over the training data. */
  epochs: positiveInt.default(20),
  /** Examples per minibatch (one update each); the last partial batch of an epoch is dropped. */
  batchSize: positiveInt.default(100),
  /** Sampler steps from the data per update (CD-k). */
  k: positiveInt.default(1),
  /** mala (Langevin with a Metropolis correction) or rwm (random-walk Metropolis). */
  sampler: z.enum(['mala', 'rwm']).default('mala'),
  /** The base learning rate. */
  learningRate: z.number().gt(0).default(0.02),
  /** How the learning rate changes along the run. */
  schedule: learningRateScheduleSchema.default({ kind: 'constant' }),
  /** Classical momentum on the parameter velocity. */
  momentum: z.number().min(0).lt(1).default(0.5),
  /** Learn the exponents alpha too (in log alpha), not only the filters. */
  learnAlpha: z.boolean().default(true),
});

export type PoeTrainSpec = z.infer<typeof poeTrainSpecSchema>;
