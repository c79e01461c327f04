/**
 * The Ising model on an arbitrary graph (model-format.md, type "ising"):
 *   E(s) = -sum_(i,j,J) J s_i s_j - sum_i h_i s_i,  p(s) = exp(-beta E(s)) / Z,  s_i in {-1, +1},
 * every coupling entry one bond term, repeated pairs adding up (merged in the CSR graph).
 * The tempered path starts from uniform spins (log Z0 = n log 2): log pi_b*(s) = -b beta E(s).
 * Exact log Z by Gray-code enumeration up to 24 spins.
 */
import { InputError, IntractableError } from '../errors.js';
import type { ChainOptions, ChainSet, ExactLogZ, Model, ModelJson, ModelType, ReferenceSpec, TemperedPath } from './model.js';
import { readInteger, readNumber, readOptionalString, readVector } from './fields.js';
import { buildSpinGraph, pairSum, type SpinGraph } from './spin-graph.js';
import { IsingChains, type IsingSampler } from './ising-chains.js';
import { enumerateSpinLogZ } from '../exact/enumerate.js';
import { MAX_ENUMERATION_SPINS, type PairwiseSpinModel } from '../exact/pairwise.js';
import { requireState } from './state-values.js';

export { IsingChains } from './ising-chains.js';

export class Ising implements Model {
  readonly type = 'ising';
  readonly samplers: readonly IsingSampler[] = ['metropolis', 'heatbath'];
  readonly size: number;
  readonly graph: SpinGraph;

  constructor(
    readonly n: number,
    readonly couplings: ReadonlyArray<readonly [number, number, number]>,
    readonly fields: Float64Array,
    readonly beta: number,
    readonly name: string | undefined,
    private readonly json: ModelJson,
  ) {
    this.size = n;
    this.graph = buildSpinGraph(n, couplings);
  }

  exactMethods(): string[] {
    return this.n <= MAX_ENUMERATION_SPINS ? ['enumeration'] : [];
  }

  exactLogZ(method?: string): ExactLogZ {
    const label = this.name ?? 'model';
    const chosen = method ?? 'enumeration';
    if (chosen !== 'enumeration') throw new IntractableError(label, 'method', `unknown exact method ${JSON.stringify(chosen)} for ising; known: enumeration`);
    if (this.n > MAX_ENUMERATION_SPINS) {
      throw new IntractableError(label, 'n', `enumeration visits 2^n states and stops at ${MAX_ENUMERATION_SPINS} spins, this model has ${this.n}; use --method ais`);
    }
    return { logZ: enumerateSpinLogZ(this.toPairwise()), method: chosen };
  }

  /** The same model with beta absorbed: K = beta J per entry, fields beta h. */
  toPairwise(): PairwiseSpinModel {
    return {
      n: this.n,
      couplings: this.couplings.map(([i, j, J]) => [i, j, this.beta * J] as [number, number, number]),
      fields: this.fields.map((h) => this.beta * h),
    };
  }

  /** E(s) for the spins at spins[base .. base + n), computed from scratch. */
  energyAt(spins: ArrayLike<number>, base = 0): number {
    let field = 0;
    for (let i = 0; i < this.n; i++) field += this.fields[i] * spins[base + i];
    return -pairSum(this.graph, spins, base) - field;
  }

  /** log p*(s) = -beta E(s) (Model.logDensityOf). */
  logDensityOf(spins: ArrayLike<number>): number {
    requireState(spins, this.n, 'spin');
    return -this.beta * this.energyAt(spins);
  }

  temperedPath(_reference?: ReferenceSpec): TemperedPath {
    return new IsingPath(this);
  }

  toJSON(): ModelJson {
    return this.json;
  }
}

class IsingPath implements TemperedPath {
  readonly logZ0: number;
  readonly reference: ReferenceSpec = { kind: 'uniform' };

  constructor(private readonly model: Ising) {
    this.logZ0 = model.n * Math.LN2;
  }

  createChains(count: number, options: ChainOptions = {}): ChainSet {
    const sampler = (options.sampler ?? 'metropolis') as IsingSampler;
    if (!this.model.samplers.includes(sampler)) {
      throw new InputError(this.model.name ?? 'model', 'sampler', `ising has no sampler ${JSON.stringify(options.sampler)}; known: ${this.model.samplers.join(', ')}`);
    }
    return new IsingChains(this.model, count, sampler);
  }
}

function readCouplings(json: Record<string, unknown>, file: string, n: number): Array<[number, number, number]> {
  const value = json.couplings;
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InputError(file, 'couplings', 'must be an array of [i, j, J] triples');
  return value.map((entry, k): [number, number, number] => {
    const field = `couplings[${k}]`;
    if (!Array.isArray(entry) || entry.length !== 3) throw new InputError(file, field, `must be a triple [i, j, J], got ${JSON.stringify(entry)}`);
    const [i, j, J] = entry as unknown[];
    for (const [index, v] of [i, j].entries()) {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= n) {
        throw new InputError(file, `${field}[${index}]`, `must be a spin index, an integer in [0, ${n - 1}], got ${JSON.stringify(v)}`);
      }
    }
    if (i === j) throw new InputError(file, field, `couples spin ${String(i)} to itself; i and j must differ`);
    if (typeof J !== 'number' || !Number.isFinite(J)) throw new InputError(file, `${field}[2]`, `must be a finite number, got ${JSON.stringify(J)}`);
    return [i as number, j as number, J];
  });
}

export const isingType: ModelType = {
  type: 'ising',
  parse(json, file) {
    const n = readInteger(json, 'n', file, 1);
    if (n > 2 ** 28) throw new InputError(file, 'n', `must be at most 2^28, got ${n}`);
    const couplings = readCouplings(json, file, n);
    const fields = readVector(json, 'fields', file, n, 0);
    const beta = readNumber(json, 'beta', file, 1);
    const name = readOptionalString(json, 'name', file);
    return new Ising(n, couplings, fields, beta, name, json as ModelJson);
  },
};
