/**
 * The square-lattice Ising model on an L x M torus (model-format.md, type "ising2d"):
 * E(s) = -J sum_bonds s_i s_j - h sum_i s_i,  p(s) = exp(-beta E(s)) / Z,  s_i in {-1, +1}.
 *
 * The tempered path starts from the uniform distribution (b = 0, log Z0 = N log 2) and
 * multiplies the inverse temperature: log pi_b*(s) = -b beta E(s). Chains live in
 * ising2d-chains.ts.
 *
 * Exact log Z: 'kaufman' (h = 0, any size; Kaufman 1949), 'transfer-matrix' (narrow
 * lattices, any h), 'enumeration' (N <= 24).
 */
import { InputError, IntractableError } from '../errors.js';
import type { ChainOptions, ChainSet, ExactLogZ, Model, ModelJson, ModelType, ReferenceSpec, ReferenceValue, TemperedPath } from './model.js';
import { kaufmanEnergyPerSite, onsagerEnergyPerSite } from '../exact/ising2d-energy.js';
import { readInteger, readNumber, readOptionalString } from './fields.js';
import { Ising2dChains, type Ising2dSampler } from './ising2d-chains.js';
import { kaufmanApplies, kaufmanLogZ } from '../exact/kaufman.js';
import { transferMatrixApplies, transferMatrixLogZ } from '../exact/transfer-matrix.js';
import { enumerateSpinLogZ } from '../exact/enumerate.js';
import { MAX_ENUMERATION_SPINS, type PairwiseSpinModel } from '../exact/pairwise.js';
import { requireState } from './state-values.js';

export { Ising2dChains } from './ising2d-chains.js';

export class Ising2d implements Model {
  readonly type = 'ising2d';
  readonly samplers: readonly Ising2dSampler[] = ['metropolis', 'heatbath', 'wolff', 'metropolis+wolff'];
  readonly size: number;
  readonly imageShape: readonly [number, number];

  constructor(
    readonly rows: number,
    readonly cols: number,
    readonly J: number,
    readonly h: number,
    readonly beta: number,
    readonly name: string | undefined,
    private readonly json: ModelJson,
  ) {
    this.size = rows * cols;
    this.imageShape = [rows, cols];
  }

  exactMethods(): string[] {
    const methods: string[] = [];
    if (kaufmanApplies(this.rows, this.cols, this.J, this.h, this.beta)) methods.push('kaufman');
    if (transferMatrixApplies(this.rows, this.cols)) methods.push('transfer-matrix');
    if (this.size <= MAX_ENUMERATION_SPINS) methods.push('enumeration');
    return methods;
  }

  exactLogZ(method?: string): ExactLogZ {
    const label = this.name ?? 'model';
    const chosen = method ?? this.exactMethods()[0];
    if (chosen === undefined) {
      throw new IntractableError(label, 'method', `no exact method applies to a ${this.rows}x${this.cols} torus with h = ${this.h}, J = ${this.J} (kaufman needs h = 0; transfer-matrix a narrow lattice; enumeration N <= ${MAX_ENUMERATION_SPINS}); use --method ais`);
    }
    const { rows, cols, J, h, beta } = this;
    switch (chosen) {
      case 'kaufman':
        return { logZ: kaufmanLogZ(rows, cols, J, h, beta, label), method: chosen };
      case 'transfer-matrix':
        return { logZ: transferMatrixLogZ(rows, cols, J, h, beta, label), method: chosen };
      case 'enumeration':
        if (this.size > MAX_ENUMERATION_SPINS) {
          throw new IntractableError(label, 'method', `enumeration visits 2^N states and stops at ${MAX_ENUMERATION_SPINS} spins, this torus has ${this.size}; use --method ais`);
        }
        return { logZ: enumerateSpinLogZ(this.toPairwise()), method: chosen };
      default:
        throw new IntractableError(label, 'method', `unknown exact method ${JSON.stringify(chosen)} for ising2d; known: kaufman, transfer-matrix, enumeration`);
    }
  }

  /** The same model as a pairwise spin model (beta absorbed): 2 L M bonds, field on every site. */
  toPairwise(): PairwiseSpinModel {
    const { rows, cols } = this;
    const K = this.beta * this.J;
    const couplings: Array<[number, number, number]> = [];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const i = r * cols + c;
        couplings.push([i, r * cols + ((c + 1) % cols), K], [i, ((r + 1) % rows) * cols + c, K]);
      }
    }
    return { n: this.size, couplings, fields: new Float64Array(this.size).fill(this.beta * this.h) };
  }

  temperedPath(_reference?: ReferenceSpec): TemperedPath {
    return new Ising2dPath(this);
  }

  toJSON(): ModelJson {
    return this.json;
  }

  /**
   * The exact mean energy at h = 0: Kaufman's finite torus (the value a sampler must hit) and
   * Onsager's infinite lattice (what the finite one approaches).
   */
  referenceValues(): ReferenceValue[] {
    const { rows, cols, J, h, beta } = this;
    if (h !== 0 || !kaufmanApplies(rows, cols, J, h, beta) || beta === 0) return [];
    return [
      { observable: 'energy', value: this.size * kaufmanEnergyPerSite(rows, cols, J, beta), source: 'Kaufman 1949, finite torus' },
      { observable: 'energy', value: this.size * onsagerEnergyPerSite(J, beta), source: 'Onsager 1944, infinite lattice' },
    ];
  }

  /** log p*(s) = -beta E(s) (Model.logDensityOf). */
  logDensityOf(spins: ArrayLike<number>): number {
    requireState(spins, this.size, 'spin');
    return -this.beta * this.energy(spins);
  }

  /** Energy of one state (a reference implementation; chains track it incrementally). */
  energy(spins: ArrayLike<number>): number {
    const { rows, cols } = this;
    let bonds = 0;
    let mag = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const s = spins[r * cols + c];
        bonds += s * (spins[r * cols + ((c + 1) % cols)] + spins[((r + 1) % rows) * cols + c]);
        mag += s;
      }
    }
    return -this.J * bonds - this.h * mag;
  }
}

class Ising2dPath implements TemperedPath {
  readonly logZ0: number;
  readonly reference: ReferenceSpec = { kind: 'uniform' };

  constructor(private readonly model: Ising2d) {
    this.logZ0 = model.size * Math.LN2;
  }

  createChains(count: number, options: ChainOptions = {}): ChainSet {
    const model = this.model;
    const sampler = (options.sampler ?? 'metropolis') as Ising2dSampler;
    const label = model.name ?? 'model';
    if (!model.samplers.includes(sampler)) {
      throw new InputError(label, 'sampler', `ising2d has no sampler ${JSON.stringify(options.sampler)}; known: ${model.samplers.join(', ')}`);
    }
    if (sampler.endsWith('wolff') && !(model.h === 0 && model.J > 0 && model.beta > 0)) {
      throw new InputError(label, 'sampler', `${sampler} cluster updates need h = 0, J > 0 and beta > 0 (got h = ${model.h}, J = ${model.J}, beta = ${model.beta}); use metropolis or heatbath`);
    }
    return new Ising2dChains(model, count, sampler);
  }
}

export const ising2dType: ModelType = {
  type: 'ising2d',
  parse(json, file) {
    const rows = readInteger(json, 'rows', file, 3);
    const cols = readInteger(json, 'cols', file, 3);
    const J = readNumber(json, 'J', file, 1);
    const h = readNumber(json, 'h', file, 0);
    const beta = readNumber(json, 'beta', file);
    const name = readOptionalString(json, 'name', file);
    if (rows * cols > 2 ** 30) throw new InputError(file, 'rows', `rows x cols must be at most 2^30, got ${rows * cols}`);
    return new Ising2d(rows, cols, J, h, beta, name, json as ModelJson);
  },
};
