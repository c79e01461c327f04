/**
 * The `hopfield-capacity` task: retrieval overlap against load alpha = P / N for Hopfield
 * networks with Hebbian storage (core/models/hopfield-retrieval.ts), and the breakdown load
 * per N (Amit, Gutfreund & Sompolinsky 1985 predict alpha_c ~ 0.138 as N grows).
 */
import { z } from 'zod';
import { commonFields } from './common-spec.js';

export const hopfieldCapacitySpecSchema = z.strictObject({
  task: z.literal('hopfield-capacity'),
  ...commonFields,
  /** Network sizes. */
  sizes: z.array(z.number().int().min(10).max(4000)).min(1).default([500, 1000]),
  /** Loads alpha = P / N, strictly increasing. */
  alphas: z
    .array(z.number().gt(0).max(1))
    .min(2)
    .refine((a) => a.every((v, i) => i === 0 || v > a[i - 1]), 'must increase strictly')
    .default([0.06, 0.08, 0.1, 0.11, 0.12, 0.13, 0.14, 0.15, 0.16, 0.18, 0.2]),
  /** Independent networks (fresh patterns) per size; each is one work unit. */
  trials: z.number().int().min(1).default(10),
  /** Fraction of the cue's units flipped away from the stored pattern. */
  flipFraction: z.number().min(0).lt(0.5).default(0.05),
  /** Breakdown: where the mean overlap falls below this (and a trial counts as retrieving when its overlap reaches it). */
  threshold: z.number().gt(0).lt(1).default(0.9),
});

export type HopfieldCapacitySpec = z.infer<typeof hopfieldCapacitySpecSchema>;
