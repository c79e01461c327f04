/**
 * The parameters of a product of Student-t experts being trained (core/models/student-t-poe.ts):
 * filters W (J x d), exponents alpha (J, > 0) and the fixed width sigma of the Gaussian term,
 * and their model file. Training moves log alpha rather than alpha, so alpha stays positive.
 */
import { matrixToRows } from '../models/fields.js';
import type { ModelJson } from '../models/model.js';
import { StudentTProduct } from '../models/student-t-poe.js';
import type { Rng } from '../rng/rng.js';

export interface PoeParams {
  d: number;
  experts: number;
  /** experts x d, row-major. */
  W: Float64Array;
  alpha: Float64Array;
  sigma: number;
}

export function poeParamsToModelJson(p: PoeParams, name?: string): ModelJson {
  return {
    type: 'poe',
    ...(name ? { name } : {}),
    experts: 'student-t',
    d: p.d,
    W: matrixToRows(p.W, p.experts, p.d),
    alpha: Array.from(p.alpha),
    sigma: p.sigma,
  };
}

/** The model of `p` (sharing its arrays: build a new one after each change). */
export function poeModelOf(p: PoeParams, name?: string): StudentTProduct {
  return new StudentTProduct(p.d, p.W, p.alpha, p.sigma, name, poeParamsToModelJson(p, name));
}

/** Filters N(0, scale^2) per entry, exponents `alpha0`. */
export function initialPoeParams(d: number, experts: number, sigma: number, scale: number, alpha0: number, rng: Rng): PoeParams {
  const W = new Float64Array(experts * d);
  for (let k = 0; k < W.length; k++) W[k] = scale * rng.nextGaussian();
  return { d, experts, W, alpha: new Float64Array(experts).fill(alpha0), sigma };
}

export function poeParamsOfModel(m: StudentTProduct): PoeParams {
  return { d: m.d, experts: m.experts, W: Float64Array.from(m.W), alpha: Float64Array.from(m.alpha), sigma: m.sigma };
}
