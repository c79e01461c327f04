/**
 * The `train-bm` task: fit a Boltzmann machine (model-format.md type "bm", with optional hidden
 * units) by persistent contrastive divergence (Tieleman 2008), data shards and particle shards
 * on the workers.
 */
import { z } from 'zod';
import { commonFields, modelRefSchema } from './common-spec.js';
import { learningRateScheduleSchema } from './train-spec.js';

const positiveInt = z.number().int().min(1);

export const bmTrainDataSchema = z.discriminatedUnion('kind', [
  /**
   * Exact draws of a known bm's visible units (the first n - hidden; enumeration, n <= 20):
   * the teacher whose parameters learning should recover.
   */
  z.strictObject({
    kind: z.literal('model'),
    /** The teacher: a bm model-file path (relative to the spec's folder) or an inline bm object. */
    model: modelRefSchema,
    /** Training examples drawn. */
    rows: positiveInt.default(1000),
  }),
  /** Bars and stripes on a side x side square (2^(side+1) - 2 distinct patterns), each repeated `copies` times. */
  z.strictObject({
    kind: z.literal('bars-stripes'),
    side: z.number().int().min(2).max(4).default(3),
    copies: positiveInt.default(10),
  }),
]);

export const bmTrainSpecSchema = z.strictObject({
  task: z.literal('train-bm'),
  ...commonFields,
  /** The initial machine (a bm file path or inline object); absent = small random couplings, see below. */
  model: modelRefSchema.optional(),
  /** Units without a model: binary {0,1} or spin {-1,+1}. */
  units: z.enum(['binary', 'spin']).default('binary'),
  /** Hidden units without a model (added after the visible ones; lateral connections everywhere). */
  hidden: z.number().int().min(0).default(0),
  /** Standard deviation of the initial couplings; visible biases start at the data's log-odds. */
  initScale: z.number().min(0).default(0.01),
  /** The training data. */
  data: bmTrainDataSchema.default({ kind: 'bars-stripes', side: 3, copies: 10 }),
  /** Passes over the training data. */
  epochs: z.number().int().min(1).default(20),
  /** Examples per minibatch (one update each); the last partial batch of an epoch is dropped. */
  batchSize: positiveInt.default(100),
  /** Persistent fantasy particles of the negative phase, independent of the worker count. */
  particles: positiveInt.default(100),
  /** Gibbs sweeps per update, for the particles and for the clamped chains of the positive phase. */
  k: positiveInt.default(1),
  /** The base learning rate. */
  learningRate: z.number().gt(0).default(0.05),
  /** How the learning rate changes along the run. */
  schedule: learningRateScheduleSchema.default({ kind: 'constant' }),
  /** Classical momentum on the parameter velocity, 0 = plain SGD. */
  momentum: z.number().min(0).lt(1).default(0.5),
  /** L2 penalty on W (not on biases). */
  weightDecay: z.number().min(0).default(0),
  /** Rows (of the minibatch, and of the particles) per work unit. Fixed by the spec, never by the worker count, for determinism. */
  shardSize: positiveInt.default(50),
  /** Write a checkpoint every this many updates (and at each epoch's end); 0 = only at epoch ends. */
  checkpointEvery: z.number().int().min(0).default(100),
  /** Per-epoch exact mean log-likelihood of the training data, when n <= 20 (enumeration). */
  exactLogLik: z.boolean().default(true),
});

export type BmTrainSpec = z.infer<typeof bmTrainSpecSchema>;
