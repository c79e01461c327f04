/**
 * The `denoise` task: flip a fraction of the pixels of Fashion-MNIST test images, restore them
 * with the Ising posterior (core/denoise/), and report the pixel errors before and after, for
 * the posterior mean (MPM) and the annealed MAP estimate.
 */
import { z } from 'zod';
import { commonFields } from './common-spec.js';

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
  /** The Ising prior. */
  prior: z
    .strictObject({
      /** Coupling of the 4 nearest neighbours. */
      J: z.number().min(0).default(0.5),
      /** Coupling of the 4 diagonal neighbours (0 = a 4-neighbour prior). */
      Jd: z.number().min(0).default(0),
      /** Scale of the per-pixel field fitted to clean training images (0 = none); core/denoise/pixel-prior.ts. */
      fieldScale: z.number().min(0).default(0),
      /** Training images the field is fitted to (the first N of the training set). */
      fieldImages: z.number().int().min(1).max(60000).default(20000),
    })
    .prefault({}),
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
