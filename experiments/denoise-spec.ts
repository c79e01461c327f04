/**
 * The `denoise` task: flip a fraction of the pixels of Fashion-MNIST test images, restore them
 * with the Ising posterior (core/denoise/), and report the pixel errors before and after, for
 * the posterior mean (MPM) and the annealed MAP estimate.
 */
import { z } from 'zod';
import { BOND_STENCILS, type BondStencilName } from '../core/denoise/grid-bonds.js';
import { commonFields } from './common-spec.js';

const homogeneousPriorSchema = z.strictObject({
  /** none (or absent): this homogeneous prior; pseudo-likelihood: the learned one below. */
  learn: z.literal('none').optional(),
  /** Coupling of the 4 nearest neighbours. */
  J: z.number().min(0).default(0.5),
  /** Coupling of the 4 diagonal neighbours (0 = a 4-neighbour prior). */
  Jd: z.number().min(0).default(0),
  /** Scale of the per-pixel field fitted to clean training images (0 = none); core/denoise/pixel-prior.ts. */
  fieldScale: z.number().min(0).default(0),
  /** Training images the field is fitted to (the first N of the training set). */
  fieldImages: z.number().int().min(1).max(60000).default(20000),
});

/**
 * A pairwise Ising prior learnt by maximum pseudo-likelihood (Besag 1975) from the first
 * `images` clean (binarised) training images, never the test images. The fit is written to the
 * run folder as prior.json; `from` reuses such a file instead of fitting again.
 */
const learnedPriorSchema = z.strictObject({
  learn: z.literal('pseudo-likelihood'),
  /** Bonds: nearest (4 neighbours), diagonal (8), distance2 (+ 2 steps along rows/columns), knight (+ knight's moves). */
  stencil: z.enum(Object.keys(BOND_STENCILS) as [BondStencilName, ...BondStencilName[]]).default('diagonal'),
  /** Training images fitted (the first N of the 60,000). */
  images: z.number().int().min(1).max(60000).default(50000),
  /** L2 penalty on the couplings, per image of the mean log-pseudo-likelihood. */
  couplingL2: z.number().min(0).default(1e-3),
  /** L2 penalty on the fields (> 0 keeps pixels that never have ink finite). */
  fieldL2: z.number().gt(0).default(1e-3),
  /** L-BFGS iterations at most (it stops earlier when the gradient's largest component is below 1e-4). */
  maxIterations: z.number().int().min(1).default(300),
  /** A prior.json from an earlier denoise run (path relative to the spec's folder) to reuse instead of fitting; the other fields are then unused. */
  from: z.string().optional(),
});

export type LearnedPriorSpec = z.infer<typeof learnedPriorSchema>;

export const denoiseSpecSchema = z.strictObject({
  task: z.literal('denoise'),
  ...commonFields,
  /** Folder with the four Fashion-MNIST IDX files (plain or .gz); default the Debian package's. */
  data: z.string().default('/usr/share/datasets/fashion-mnist'),
  /** Test images restored (the first N of the test set). */
  images: z.number().int().min(1).max(10000).default(40),
  /** Fraction of pixels flipped independently (the likelihood's flip rate too). */
  flip: z.number().gt(0).lt(0.5).default(0.1),
  /** Greyscale -> binary: ink where the pixel >= threshold (0..255). */
  threshold: z.number().int().min(1).max(255).default(128),
  /**
   * The Ising prior: either homogeneous (one coupling J, optional diagonal Jd, an optional
   * per-pixel field), or learned (`learn: pseudo-likelihood`): a field per pixel and a coupling
   * per bond fitted to clean training images (core/denoise/pairwise-prior.ts).
   */
  prior: z.discriminatedUnion('learn', [learnedPriorSchema, homogeneousPriorSchema]).prefault({}),
  /** gibbs (checkerboard heat bath) or pt (parallel tempering, 8 replicas down to beta 0.7). */
  method: z.enum(['gibbs', 'pt']).default('gibbs'),
  /** Sweeps (or PT rounds) discarded before averaging. */
  burnIn: z.number().int().min(0).default(50),
  /** Sweeps (or PT rounds) averaged for the posterior mean. */
  samples: z.number().int().min(1).default(200),
  /** Annealing sweeps for the MAP estimate (geometric beta 0.1 -> 10, then ICM). */
  annealSteps: z.number().int().min(1).default(200),
});

export type DenoiseSpec = z.infer<typeof denoiseSpecSchema>;
