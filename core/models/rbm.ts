/**
 * The Bernoulli-Bernoulli restricted Boltzmann machine (model-format.md, type "rbm"):
 * E(v, h) = -b.v - c.h - v^T W h over v in {0,1}^nv, h in {0,1}^nh. Chains live on the
 * visible units with the hidden ones summed out; their density is exp(-F(v)) with the free
 * energy F(v) = -b.v - sum_j softplus(c_j + (W^T v)_j).
 *
 * W is kept twice, row-major as W (nv x nh) and as W^T (nh x nv), so that both Gibbs half-steps
 * add contiguous rows (rbm/rbm-kernels.ts).
 */
import { IntractableError } from '../errors.js';
import type { ExactLogZ, Model, ModelJson, ModelType, ReferenceSpec } from './model.js';
import { readInteger, readMatrix, readOptionalString, readVector, requireUnitBeta } from './fields.js';
import { rbmExactLogZ, rbmExactMethods } from '../exact/rbm-exact.js';
import { rbmPath, type RbmPath } from './rbm/rbm-path.js';
import { sumSoftplus } from './rbm/rbm-kernels.js';
import { requireState } from './state-values.js';

export class Rbm implements Model {
  readonly type = 'rbm';
  readonly samplers = ['gibbs'] as const;
  readonly size: number;
  /** nh x nv, the transpose of W. */
  readonly WT: Float64Array;
  /** rowSumW[j] = sum_i W[i][j]; rowSumWT[i] = sum_j W[i][j]. */
  readonly rowSumW: Float64Array;
  readonly rowSumWT: Float64Array;

  constructor(
    readonly nv: number,
    readonly nh: number,
    /** nv x nh, row-major: W[i * nh + j] couples visible i and hidden j. */
    readonly W: Float64Array,
    readonly b: Float64Array,
    readonly c: Float64Array,
    readonly name: string | undefined,
    private readonly json?: ModelJson,
  ) {
    this.size = nv;
    this.WT = new Float64Array(nv * nh);
    this.rowSumW = new Float64Array(nh);
    this.rowSumWT = new Float64Array(nv);
    for (let i = 0; i < nv; i++) {
      for (let j = 0; j < nh; j++) {
        const w = W[i * nh + j];
        this.WT[j * nv + i] = w;
        this.rowSumW[j] += w;
        this.rowSumWT[i] += w;
      }
    }
  }

  /** F(v) = -b.v - sum_j softplus(c_j + (W^T v)_j) for one visible vector of 0/1 values. */
  freeEnergy(v: ArrayLike<number>, offset = 0): number {
    const { nv, nh, W } = this;
    const a = Float64Array.from(this.c);
    let bv = 0;
    for (let i = 0; i < nv; i++) {
      if (v[offset + i] === 0) continue;
      bv += this.b[i];
      const row = i * nh;
      for (let j = 0; j < nh; j++) a[j] += W[row + j];
    }
    return -bv - sumSoftplus(a, 0, nh, 1);
  }

  /** log p*(v) = -F(v) (Model.logDensityOf): the hidden units summed out. */
  logDensityOf(v: ArrayLike<number>): number {
    requireState(v, this.nv, 'binary');
    return -this.freeEnergy(v);
  }

  exactMethods(): string[] {
    return rbmExactMethods(this);
  }

  exactLogZ(method?: string): ExactLogZ {
    const methods = this.exactMethods();
    const chosen = method ?? methods[0];
    if (chosen === undefined || !methods.includes(chosen)) {
      throw new IntractableError(this.name ?? 'model', 'method', `exact log Z sums over the smaller layer, which needs min(nv, nh) <= 24 (here nv = ${this.nv}, nh = ${this.nh}${method ? `, method ${method}` : ''}); use --method ais`);
    }
    return { logZ: rbmExactLogZ(this, chosen === 'sum-visible' ? 'visible' : 'hidden'), method: chosen };
  }

  temperedPath(reference?: ReferenceSpec): RbmPath {
    return rbmPath(this, reference);
  }

  toJSON(): ModelJson {
    if (this.json) return this.json;
    const W: number[][] = [];
    for (let i = 0; i < this.nv; i++) W.push(Array.from(this.W.subarray(i * this.nh, (i + 1) * this.nh)));
    const out: ModelJson = { type: 'rbm', nv: this.nv, nh: this.nh, W, b: Array.from(this.b), c: Array.from(this.c) };
    if (this.name !== undefined) out.name = this.name;
    return out;
  }
}

export const rbmType: ModelType = {
  type: 'rbm',
  parse(json, file) {
    requireUnitBeta(json, file);
    const nv = readInteger(json, 'nv', file, 1);
    const nh = readInteger(json, 'nh', file, 1);
    const W = readMatrix(json, 'W', file, nv, nh);
    const b = readVector(json, 'b', file, nv);
    const c = readVector(json, 'c', file, nh);
    const name = readOptionalString(json, 'name', file);
    return new Rbm(nv, nh, W, b, c, name, json as ModelJson);
  },
};
