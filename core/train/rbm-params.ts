/**
 * The parameters of a Bernoulli-Bernoulli RBM as training sees them: raw typed arrays, so the
 * training math does not depend on the model class (core/models/rbm.ts) and ships as bytes.
 * E(v, h) = -b.v - c.h - v^T W h (model-format.md, type "rbm").
 */
import { InputError } from '../errors.js';
import { readInteger, readMatrix, readOptionalString, readVector, matrixToRows } from '../models/fields.js';
import type { Rng } from '../rng/rng.js';

export interface RbmParams {
  nv: number;
  nh: number;
  /** nv x nh, row-major: W[i * nh + j] couples visible i and hidden j. */
  W: Float64Array;
  /** nv visible biases. */
  b: Float64Array;
  /** nh hidden biases. */
  c: Float64Array;
}

export function zeroParams(nv: number, nh: number): RbmParams {
  return { nv, nh, W: new Float64Array(nv * nh), b: new Float64Array(nv), c: new Float64Array(nh) };
}

export function cloneParams(p: RbmParams): RbmParams {
  return { nv: p.nv, nh: p.nh, W: Float64Array.from(p.W), b: Float64Array.from(p.b), c: Float64Array.from(p.c) };
}

/**
 * Small random weights, W_ij ~ N(0, scale^2), zero hidden biases, and visible biases at the
 * logit of the (smoothed) data marginals (Hinton 2010, "A practical guide to training RBMs", 8.1).
 */
export function initialParams(nv: number, nh: number, scale: number, marginals: Float64Array | undefined, rng: Rng): RbmParams {
  const p = zeroParams(nv, nh);
  for (let i = 0; i < p.W.length; i++) p.W[i] = scale * rng.nextGaussian();
  if (marginals) for (let i = 0; i < nv; i++) p.b[i] = Math.log(marginals[i] / (1 - marginals[i]));
  return p;
}

/** The model file object (model-format.md, type "rbm"). */
export function paramsToModelJson(p: RbmParams, name?: string): Record<string, unknown> {
  return { type: 'rbm', ...(name ? { name } : {}), nv: p.nv, nh: p.nh, W: matrixToRows(p.W, p.nv, p.nh), b: Array.from(p.b), c: Array.from(p.c) };
}

/** Reads an rbm model object (an initial model or a checkpoint); bad fields are InputErrors. */
export function paramsFromModelJson(json: Record<string, unknown>, file: string): RbmParams {
  if (json.type !== 'rbm') throw new InputError(file, 'type', `training needs an "rbm" model, got ${JSON.stringify(json.type)}`);
  readOptionalString(json, 'name', file);
  const nv = readInteger(json, 'nv', file, 1);
  const nh = readInteger(json, 'nh', file, 1);
  return { nv, nh, W: readMatrix(json, 'W', file, nv, nh), b: readVector(json, 'b', file, nv), c: readVector(json, 'c', file, nh) };
}

/** Throws unless every parameter is finite (a blown-up model must not be written as good). */
export function firstNonFinite(p: RbmParams): string | undefined {
  for (const [name, arr] of [['W', p.W], ['b', p.b], ['c', p.c]] as const) {
    for (let i = 0; i < arr.length; i++) if (!Number.isFinite(arr[i])) return `${name}[${i}] = ${arr[i]}`;
  }
  return undefined;
}
