/** The `sample` task: draw samples from a model, with convergence diagnostics. */
import { z } from 'zod';
import { commonFields, modelRefSchema } from './common-spec.js';

export const sampleOptionsSchema = z.strictObject({
  /** Independent chains; R-hat needs at least 2 (4 is the usual advice). */
  chains: z.number().int().min(1).default(4),
  /** Chains per work unit. Fixed by the spec, never by the worker count, for determinism. */
  chainsPerUnit: z.number().int().min(1).default(1),
  /**
   * The kernel: one of the model's samplers (metropolis, heatbath, wolff, gibbs, ...);
   * 'gibbs' means heat bath where a model calls it so; 'pt' draws from the b = 1 replica of
   * parallel tempering (one PT copy per chain; states are not kept); '' = the model's default.
   */
  method: z.string().default(''),
  /**
   * With method pt: replicas on the ladder, and rounds (doubling in length; the last round's
   * scans are the draws, so `draws` is not used; `thin` is the sweeps per scan), and the
   * rounds between checkpoints of the copies' states (the last round always).
   */
  pt: z
    .strictObject({ replicas: z.number().int().min(2).default(8), rounds: z.number().int().min(1).default(8), checkpointEvery: z.number().int().min(1).default(4) })
    .prefault({}),
  /** Sweeps discarded at the start of every chain. */
  burnIn: z.number().int().min(0).default(1000),
  /** Sweeps between kept draws. */
  thin: z.number().int().min(1).default(1),
  /** Draws kept per chain. */
  draws: z.number().int().min(1).default(1000),
  /** Observables to record and diagnose; empty = all the model reports. */
  observables: z.array(z.string()).default([]),
  /** Keep the sampled states (for the NPY / JSON-lines / PNG outputs). */
  keepStates: z.boolean().default(true),
  /**
   * Inverse temperatures to sample at, each a run of its own (models with a `beta` field);
   * empty = the model's own.
   */
  betas: z.array(z.number().gt(0)).default([]),
});

export const sampleSpecSchema = z.strictObject({
  task: z.literal('sample'),
  ...commonFields,
  /** The model: a path to a model file or an inline model object. */
  model: modelRefSchema,
  sample: sampleOptionsSchema.prefault({}),
});

export type SampleSpec = z.infer<typeof sampleSpecSchema>;
