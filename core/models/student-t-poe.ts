/**
 * Product of Student-t experts (Welling, Hinton & Osindero 2003), model type "poe" with
 * `"experts": "student-t"`:
 *
 *   {"type": "poe", "experts": "student-t", "d": 2, "W": [[1, 0], [0.6, 0.8]], "alpha": [1, 1.5], "sigma": 3}
 *
 * | field | meaning |
 * |---|---|
 * | `experts` | `"student-t"` (the only kind so far; binary experts are the RBM) |
 * | `d` | dimension of x in R^d (quadrature log Z: d <= 2) |
 * | `W` | J rows of d numbers: the expert filters w_j |
 * | `alpha` | J positive exponents, default all 1 |
 * | `sigma` | width of the Gaussian term that keeps the density normalisable, > 0 |
 *
 *   E(x) = sum_j alpha_j log(1 + (w_j.x)^2 / 2) + |x|^2 / (2 sigma^2),  p(x) = exp(-E(x)) / Z.
 * Each factor (1 + u^2/2)^(-alpha_j) is a Student-t density of u = w_j.x with 2 alpha_j - 1
 * degrees of freedom, up to scale; the Gaussian term is this file's addition (the paper uses
 * a complete set of filters instead). grad E = sum_j alpha_j (w_j.x) / (1 + (w_j.x)^2/2) w_j + x/sigma^2.
 *
 * Path: Gaussian reference N(0, sigma0^2 I) (default sigma0 = sigma), MALA chains
 * (gaussian-base-chains.ts). Exact-in-practice log Z for d <= 2 by the trapezoid rule, which
 * converges geometrically for analytic, rapidly decaying integrands (Trefethen & Weideman 2014).
 */
import { IntractableError, InputError } from '../errors.js';
import { logSumExp } from '../math/logspace.js';
import type { ExactLogZ, Model, ModelJson, ModelType, ReferenceSpec, TemperedPath } from './model.js';
import { readInteger, readMatrix, readNumber, readOptionalString, readVector } from './fields.js';
import type { ContinuousEnergy } from './gaussian-base-chains.js';
import { GaussianBasePath, gaussianReferenceSigma } from './gaussian-base-path.js';

export class StudentTProduct implements Model, ContinuousEnergy {
  readonly type = 'poe';
  readonly samplers = ['mala', 'rwm'] as const;
  readonly size: number;
  readonly dimension: number;
  readonly experts: number;
  /** Upper bound on the Hessian of E: 1/sigma^2 + sum_j alpha_j |w_j|^2. */
  readonly curvature: number;

  constructor(
    readonly d: number,
    /** J x d filters, row-major. */
    readonly W: Float64Array,
    readonly alpha: Float64Array,
    readonly sigma: number,
    readonly name: string | undefined,
    private readonly json: ModelJson,
  ) {
    this.size = d;
    this.dimension = d;
    this.experts = alpha.length;
    let curvature = 1 / (sigma * sigma);
    for (let j = 0; j < this.experts; j++) curvature += alpha[j] * this.filterNormSquared(j);
    this.curvature = curvature;
  }

  private filterNormSquared(j: number): number {
    let sq = 0;
    for (let i = 0; i < this.d; i++) sq += this.W[j * this.d + i] ** 2;
    return sq;
  }

  energy(x: Float64Array): number {
    const { d, W, alpha } = this;
    let e = 0;
    let sq = 0;
    for (let i = 0; i < d; i++) sq += x[i] * x[i];
    for (let j = 0; j < this.experts; j++) {
      let u = 0;
      for (let i = 0; i < d; i++) u += W[j * d + i] * x[i];
      e += alpha[j] * Math.log1p(0.5 * u * u);
    }
    return e + sq / (2 * this.sigma * this.sigma);
  }

  gradient(x: Float64Array, out: Float64Array): void {
    const { d, W, alpha } = this;
    const inv = 1 / (this.sigma * this.sigma);
    for (let i = 0; i < d; i++) out[i] = x[i] * inv;
    for (let j = 0; j < this.experts; j++) {
      let u = 0;
      for (let i = 0; i < d; i++) u += W[j * d + i] * x[i];
      const scale = (alpha[j] * u) / (1 + 0.5 * u * u);
      for (let i = 0; i < d; i++) out[i] += scale * W[j * d + i];
    }
  }

  exactMethods(): string[] {
    return this.d <= 2 ? ['quadrature'] : [];
  }

  exactLogZ(method = 'quadrature'): ExactLogZ {
    if (method !== 'quadrature' || this.d > 2) throw new IntractableError(this.name ?? 'model', 'd', `quadrature log Z needs d <= 2, got ${this.d}; use --method ais`);
    return { logZ: this.quadratureLogZ(), method: 'quadrature' };
  }

  /**
   * log of the integral of exp(-E) by the trapezoid rule on [-10 sigma, 10 sigma]^d (the
   * Gaussian term makes the rest below e^-50 of the peak). The integrand has poles at
   * w_j.x = +-i sqrt 2, so a spacing a sixth of that distance leaves an error near
   * exp(-2 pi 6), far below double rounding.
   */
  quadratureLogZ(refine = 1): number {
    let maxNorm = 0;
    for (let j = 0; j < this.experts; j++) maxNorm = Math.max(maxNorm, Math.sqrt(this.filterNormSquared(j)));
    const h = Math.min(this.sigma / 4, maxNorm > 0 ? Math.SQRT2 / (6 * maxNorm) : Infinity) / refine;
    const half = Math.ceil((10 * this.sigma) / h);
    const points = 2 * half + 1;
    const x = new Float64Array(this.d);
    if (this.d === 1) {
      const terms = new Float64Array(points);
      for (let k = 0; k < points; k++) {
        x[0] = (k - half) * h;
        terms[k] = -this.energy(x);
      }
      return logSumExp(terms) + Math.log(h);
    }
    const row = new Float64Array(points);
    const rows = new Float64Array(points);
    for (let a = 0; a < points; a++) {
      x[0] = (a - half) * h;
      for (let k = 0; k < points; k++) {
        x[1] = (k - half) * h;
        row[k] = -this.energy(x);
      }
      rows[a] = logSumExp(row);
    }
    return logSumExp(rows) + 2 * Math.log(h);
  }

  temperedPath(reference: ReferenceSpec = { kind: 'gaussian' }): TemperedPath {
    return new GaussianBasePath(this, gaussianReferenceSigma(reference, this.sigma), this.samplers);
  }

  toJSON(): ModelJson {
    return this.json;
  }
}

export const poeType: ModelType = {
  type: 'poe',
  parse(json, file) {
    if (json.experts !== 'student-t') throw new InputError(file, 'experts', `must be "student-t" (binary experts are the "rbm" type), got ${JSON.stringify(json.experts)}`);
    const d = readInteger(json, 'd', file, 1);
    if (!Array.isArray(json.W) || json.W.length === 0) throw new InputError(file, 'W', `must be a non-empty list of rows of ${d} numbers (the expert filters)`);
    const experts = json.W.length;
    const W = readMatrix(json, 'W', file, experts, d);
    const alpha = readVector(json, 'alpha', file, experts, 1);
    alpha.forEach((a, j) => {
      if (!(a > 0)) throw new InputError(file, `alpha[${j}]`, `must be > 0, got ${a}`);
    });
    const sigma = readNumber(json, 'sigma', file);
    if (!(sigma > 0)) throw new InputError(file, 'sigma', `must be > 0, got ${sigma}`);
    return new StudentTProduct(d, W, alpha, sigma, readOptionalString(json, 'name', file), json as ModelJson);
  },
};
