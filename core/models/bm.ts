/**
 * The Boltzmann machine (Ackley, Hinton & Sejnowski 1985), model-format.md type "bm":
 *   E(x) = -1/2 x^T W x - b.x,  p(x) = exp(-E(x)) / Z,  x_i in {0,1} ("binary") or {-1,+1} ("spin"),
 * W symmetric with a zero diagonal (checked). Optional field `hidden: k` marks the last k units
 * as hidden (lateral connections allowed everywhere); chains still sample all n units, and
 * `logMarginal(v)` sums the hidden ones out exactly for small k.
 *
 * Path: uniform reference (log Z0 = n log 2), log pi_b = -b E(x); sequential Gibbs sweeps
 * (pairwise-gibbs-chains.ts). Exact log Z: the spin form (model-format.md "Equivalences") fed
 * to the enumerator in core/exact.
 */
import { IntractableError, InputError } from '../errors.js';
import { enumerateSpinLogZ } from '../exact/enumerate.js';
import { logSumExp } from '../math/logspace.js';
import type { ExactLogZ, Model, ModelJson, ModelType, ReferenceSpec, TemperedPath } from './model.js';
import { readInteger, readMatrix, readOptionalString, readVector, requireUnitBeta } from './fields.js';
import { PairwiseGibbsChains, pairwiseToSpinForm, UniformPairwisePath, type PairwiseParams } from './pairwise-gibbs-chains.js';
import { MAX_ENUMERATION_SPINS, type PairwiseSpinModel } from '../exact/pairwise.js';
import { requireState } from './state-values.js';

/** Largest number of units (or hidden units) exact enumeration is offered for. */
export const MAX_ENUMERATED_UNITS = MAX_ENUMERATION_SPINS;

export class BoltzmannMachine implements Model {
  readonly type = 'bm';
  readonly samplers = ['gibbs'] as const;
  readonly size: number;
  readonly params: PairwiseParams;

  constructor(
    readonly n: number,
    readonly units: 'binary' | 'spin',
    readonly W: Float64Array,
    readonly b: Float64Array,
    readonly hidden: number,
    readonly name: string | undefined,
    private readonly json: ModelJson,
  ) {
    this.size = n;
    this.params = { n, spin: units === 'spin', W, b };
  }

  /** E(x) for one state of all n units (the reference; chains track local fields). */
  energy(x: ArrayLike<number>): number {
    const { n, W, b } = this;
    let e = 0;
    for (let i = 0; i < n; i++) {
      let pair = 0;
      for (let j = i + 1; j < n; j++) pair += W[i * n + j] * x[j];
      e -= x[i] * (pair + b[i]);
    }
    return e;
  }

  /**
   * log p*(v) (Model.logDensityOf) for the visible units v (the first n - hidden): -E(v) when
   * fully visible, else log sum_h exp(-E(v, h)) by enumerating the hidden units (<= 24). A
   * whole state of n units (as chains and samples hold them) is accepted too: its hidden
   * entries are checked and then summed out like any others.
   */
  logDensityOf(x: ArrayLike<number>): number {
    const nv = this.n - this.hidden;
    if (this.hidden > 0 && x.length === this.n) {
      requireState(x, this.n, this.units);
      return this.logMarginal(Array.prototype.slice.call(x, 0, nv) as number[], 0);
    }
    requireState(x, nv, this.units);
    if (this.hidden === 0) return -this.energy(x);
    return this.logMarginal(x, 0);
  }

  exactMethods(): string[] {
    return this.n <= MAX_ENUMERATED_UNITS ? ['enumeration'] : [];
  }

  exactLogZ(method = 'enumeration'): ExactLogZ {
    if (method !== 'enumeration' || this.n > MAX_ENUMERATED_UNITS) {
      throw new IntractableError(this.name ?? 'model', 'n', `exact log Z by ${method} needs n <= ${MAX_ENUMERATED_UNITS} units, got ${this.n}; use --method ais or pt`);
    }
    return { logZ: enumerateSpinLogZ(this.spinForm()), method: 'enumeration' };
  }

  /** The pairwise spin form: log weight(s) = sum K_ij s_i s_j + h.s + constant. */
  spinForm(): PairwiseSpinModel {
    return pairwiseToSpinForm(this.params);
  }

  /**
   * log p(v) for visible units v (the first n - hidden units), summing the hidden units out
   * by enumeration; `logZ` defaults to the exact one.
   */
  logMarginal(v: ArrayLike<number>, logZ = this.exactLogZ().logZ): number {
    const k = this.hidden;
    const nv = this.n - k;
    if (v.length !== nv) throw new RangeError(`visible state must have ${nv} units, got ${v.length}`);
    if (k > MAX_ENUMERATED_UNITS) throw new IntractableError(this.name ?? 'model', 'hidden', `marginal needs <= ${MAX_ENUMERATED_UNITS} hidden units, got ${k}`);
    const low = this.units === 'spin' ? -1 : 0;
    const x = new Float64Array(this.n);
    for (let i = 0; i < nv; i++) x[i] = v[i];
    const terms = new Float64Array(2 ** k);
    for (let code = 0; code < terms.length; code++) {
      for (let j = 0; j < k; j++) x[nv + j] = (code >>> j) & 1 ? 1 : low;
      terms[code] = -this.energy(x);
    }
    return logSumExp(terms) - logZ;
  }

  /**
   * Chains with the visible units (the first n - hidden) clamped: `clamp(c, v)` sets chain c's
   * visible units, `advance(rng, 1, k)` samples the hidden ones from p(h | v) (the positive
   * phase of learning with hidden units).
   */
  createClampedChains(count: number): PairwiseGibbsChains {
    return new PairwiseGibbsChains(this.params, count, this.n - this.hidden);
  }

  temperedPath(_reference?: ReferenceSpec): TemperedPath {
    return new UniformPairwisePath(this.params, 'bm');
  }

  toJSON(): ModelJson {
    return this.json;
  }
}

/** Read an n x n matrix and check it is symmetric with a zero diagonal. */
export function readSymmetricMatrix(json: Record<string, unknown>, key: string, file: string, n: number): Float64Array {
  const W = readMatrix(json, key, file, n, n);
  for (let i = 0; i < n; i++) {
    if (W[i * n + i] !== 0) throw new InputError(file, `${key}[${i}][${i}]`, `the diagonal must be 0, got ${W[i * n + i]}`);
    for (let j = i + 1; j < n; j++) {
      if (W[i * n + j] !== W[j * n + i]) throw new InputError(file, `${key}[${i}][${j}]`, `W must be symmetric: ${W[i * n + j]} != W[${j}][${i}] = ${W[j * n + i]}`);
    }
  }
  return W;
}

export const bmType: ModelType = {
  type: 'bm',
  parse(json, file) {
    requireUnitBeta(json, file);
    const n = readInteger(json, 'n', file, 1);
    const units = json.units ?? 'binary';
    if (units !== 'binary' && units !== 'spin') throw new InputError(file, 'units', `must be "binary" or "spin", got ${JSON.stringify(units)}`);
    const W = readSymmetricMatrix(json, 'W', file, n);
    const b = readVector(json, 'b', file, n);
    const hidden = readInteger(json, 'hidden', file, 0, 0);
    if (hidden >= n) throw new InputError(file, 'hidden', `must be less than n = ${n}, got ${hidden}`);
    return new BoltzmannMachine(n, units, W, b, hidden, readOptionalString(json, 'name', file), json as ModelJson);
  },
};
