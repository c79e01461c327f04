/** Fields every task's spec shares. */
import { z } from 'zod';

/** A model: a path to a model file (relative to the spec's folder) or an inline model object. */
export const modelRefSchema = z.union([z.string().min(1), z.looseObject({ type: z.string() })]);

export const commonFields = {
  /** Names the run and its folder: letters, digits, '-', '_'. */
  name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "letters, digits, '-' or '_' (at most 64)"),
  /** Free text shown in reports. */
  description: z.string().default(''),
  /** Every random stream derives from it (with the stream's purpose and unit id). */
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(1),
  /** Worker threads of the embedded runtime (overridden by --workers); 0 = one per core. */
  workers: z.number().int().min(0).default(0),
};
