/** The energy-based model family's task schemas, joined into the spec union by spec.ts. */
export { denoiseSpecSchema, type DenoiseSpec } from './denoise-spec.js';
export { hopfieldCapacitySpecSchema, type HopfieldCapacitySpec } from './hopfield-capacity-spec.js';
