/** The schemas of the Boltzmann-machine and product-of-experts learning tasks, joined into the spec union by spec.ts. */
import { bmTrainSpecSchema } from './bm-train-spec.js';
import { poeTrainSpecSchema } from './poe-train-spec.js';

export const learningSpecSchemas = [bmTrainSpecSchema, poeTrainSpecSchema] as const;
export type { BmTrainSpec } from './bm-train-spec.js';
export type { PoeTrainSpec } from './poe-train-spec.js';
