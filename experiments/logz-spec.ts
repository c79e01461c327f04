/** The `logz` task: estimate log Z of one model by an exact method, AIS or PT. */
import { z } from 'zod';
import { commonFields, modelRefSchema } from './common-spec.js';

const positiveInt = z.number().int().min(1);

/** AIS schedules (core/ais/schedule.ts). */
export const scheduleSchema = z.discriminatedUnion('kind', [
  /** b_k = k / K. */
  z.strictObject({ kind: z.literal('linear'), steps: positiveInt }),
  /** Geometric from `start` to 1 (b_0 = 0). */
  z.strictObject({ kind: z.literal('geometric'), steps: positiveInt, start: z.number().gt(0).lt(1).default(1e-4) }),
  /** Sigmoid (Grosse et al. 2013), dense at both ends; `width` sets how dense. */
  z.strictObject({ kind: z.literal('sigmoid'), steps: positiveInt, width: z.number().gt(0).default(4) }),
  /** Salakhutdinov & Murray (2008): 14,500 temperatures, for RBMs. */
  z.strictObject({ kind: z.literal('salakhutdinov') }),
  /** Your own list, from 0 to 1, strictly increasing. */
  z.strictObject({ kind: z.literal('list'), betas: z.array(z.number().min(0).max(1)).min(2) }),
]);

export const aisOptionsSchema = z.strictObject({
  /** Independent chains; the estimate's standard error falls like 1 / sqrt(chains). */
  chains: positiveInt.default(256),
  /** Chains per work unit. Fixed by the spec, never by the worker count, for determinism. */
  chainsPerUnit: positiveInt.default(8),
  /** The temperatures b_0 = 0 < ... < b_K = 1. */
  schedule: scheduleSchema.default({ kind: 'linear', steps: 1000 }),
  /** Sweeps of the kernel at each intermediate temperature. */
  sweeps: positiveInt.default(1),
  /** The kernel (as the model lists it); empty = the model's default. */
  sampler: z.string().default(''),
  /** Points of the log Z(b) curve recorded along the path. */
  tracePoints: positiveInt.default(50),
});

/** Parallel tempering (Syed et al. 2021): core/pt/, run on the workers by coordinator/pt-run.ts. */
export const ptOptionsSchema = z.strictObject({
  /** Ladder points per copy, both ends included; about 2 Lambda suffice (the result suggests a number). */
  replicas: z.number().int().min(2).default(16),
  /** Rounds; the ladder is frozen within a round and adapted between rounds. */
  rounds: positiveInt.default(10),
  /** Scans per round; 0 = doubling, initialScans * 2^(r-1) scans in round r (Syed et al. 2021). */
  scansPerRound: z.number().int().min(0).default(0),
  /** First round's scans when doubling; raise it (e.g. 16) so early rounds equilibrate before they place the ladder. */
  initialScans: positiveInt.default(2),
  /** Local sweeps per replica per scan. */
  sweeps: positiveInt.default(1),
  /** deo: deterministic even-odd swaps (non-reversible); reversible: random parity each scan. */
  scheme: z.enum(['deo', 'reversible']).default('deo'),
  /** Re-place the ladder between rounds so that neighbouring pairs reject equally. */
  adapt: z.boolean().default(true),
  /** Independent PT chains of the same target in one run, sharing one ladder; estimates pool. */
  copies: positiveInt.default(1),
  /**
   * Rounds between the copies' states coming back from the workers (the last round always):
   * the run folder's checkpoint, and where a lost worker's copies restart from.
   */
  checkpointEvery: positiveInt.default(4),
  /** The initial ladder: evenly spaced (linear), geometric from 1e-4, or sigmoid. */
  ladder: z.enum(['linear', 'geometric', 'sigmoid']).default('linear'),
  /** The kernel (as the model lists it); empty = the model's default. */
  sampler: z.string().default(''),
});

export const logzSpecSchema = z.strictObject({
  task: z.literal('logz'),
  ...commonFields,
  /** The model: a path to a model file or an inline model object. */
  model: modelRefSchema,
  /** exact (small or solvable models), ais (Neal 2001), pt (parallel tempering, stepping stone). */
  method: z.enum(['exact', 'ais', 'pt']).default('ais'),
  /** AIS settings; used when method is ais. */
  ais: aisOptionsSchema.prefault({}),
  /** PT settings; used when method is pt. */
  pt: ptOptionsSchema.prefault({}),
});

export type LogzSpec = z.infer<typeof logzSpecSchema>;
export type AisOptions = z.infer<typeof aisOptionsSchema>;
export type PtSpecOptions = z.infer<typeof ptOptionsSchema>;
