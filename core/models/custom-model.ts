/**
 * A user-defined energy (custom-energy.ts) as a Model. `customEnergyModel` checks the
 * module's export against the contract, naming the module path and the field on failure;
 * the result runs on the same paths as built-in models:
 *   discrete kinds: uniform reference, heat-bath or Metropolis single-site chains
 *     (custom-discrete-chains.ts), exact log Z by enumeration when q^dimension <= 2^24;
 *   continuous: Gaussian reference N(0, sigma^2 I), MALA when the module gives a gradient,
 *     else random-walk Metropolis (gaussian-base-chains.ts); exact log Z only as the module's
 *     own closed form.
 * There is no registry entry: a custom model cannot be built from JSON alone, the CLI and
 * workers import the module by path and call `customEnergyModel`.
 */
import { InputError, IntractableError } from '../errors.js';
import { logSumExp } from '../math/logspace.js';
import type { ChainOptions, ChainSet, ExactLogZ, Model, ModelJson, ReferenceSpec, TemperedPath } from './model.js';
import type { CustomEnergy } from './custom-energy.js';
import { categoryValue, CustomDiscreteChains } from './custom-discrete-chains.js';
import { GaussianBasePath, gaussianReferenceSigma } from './gaussian-base-path.js';
import type { ContinuousEnergy } from './gaussian-base-chains.js';

/** Largest number of states enumeration visits. */
export const MAX_ENUMERATED_STATES = 2 ** 24;

export class CustomModel implements Model {
  readonly type = 'custom';
  readonly name: string | undefined;
  readonly size: number;
  readonly samplers: readonly string[];
  /** Categories per variable (discrete kinds). */
  readonly q: number;

  constructor(readonly energy: CustomEnergy, readonly source: string) {
    this.name = energy.name;
    this.size = energy.dimension;
    this.q = energy.kind === 'potts' ? energy.states! : 2;
    if (energy.kind !== 'continuous') this.samplers = ['heat-bath', 'metropolis'];
    else this.samplers = energy.gradient ? ['mala', 'rwm'] : ['rwm'];
  }

  exactMethods(): string[] {
    const methods: string[] = [];
    if (this.energy.kind !== 'continuous' && this.q ** this.size <= MAX_ENUMERATED_STATES) methods.push('enumeration');
    if (this.energy.logZ !== undefined) methods.push('closed-form');
    return methods;
  }

  exactLogZ(method = this.exactMethods()[0]): ExactLogZ {
    if (method === 'closed-form' && this.energy.logZ !== undefined) return { logZ: this.energy.logZ, method };
    if (method === 'enumeration' && this.exactMethods().includes('enumeration')) return { logZ: this.enumerateLogZ(), method };
    throw new IntractableError(this.source, 'dimension', `no exact method ${method ?? ''} for this custom energy (enumeration needs a discrete kind with at most 2^24 states); use --method ais or pt`);
  }

  /** log sum_x exp(-E(x)) over all q^dimension states, in mixed-radix order. */
  private enumerateLogZ(): number {
    const { q, size } = this;
    const kind = this.energy.kind;
    const digits = new Int32Array(size);
    const x = new Int32Array(size);
    for (let i = 0; i < size; i++) x[i] = categoryValue(kind, 0);
    const terms = new Float64Array(q ** size);
    for (let code = 0; code < terms.length; code++) {
      terms[code] = -this.energy.energy(x);
      // Increment the mixed-radix counter (least significant digit first).
      for (let i = 0; i < size; i++) {
        digits[i]++;
        if (digits[i] < q) {
          x[i] = categoryValue(kind, digits[i]);
          break;
        }
        digits[i] = 0;
        x[i] = categoryValue(kind, 0);
      }
    }
    return logSumExp(terms);
  }

  temperedPath(reference?: ReferenceSpec): TemperedPath {
    const e = this.energy;
    if (e.kind !== 'continuous') return new UniformDiscretePath(e, this.q, this.samplers);
    const sigma0 = gaussianReferenceSigma(reference ?? { kind: 'gaussian' }, e.reference?.sigma ?? 1);
    const scale = e.scale ?? sigma0;
    const target: ContinuousEnergy = {
      dimension: e.dimension,
      energy: (x) => e.energy(x),
      gradient: e.gradient ? (x, out) => e.gradient!(x, out) : undefined,
      curvature: 1 / (scale * scale),
    };
    return new GaussianBasePath(target, sigma0, this.samplers);
  }

  toJSON(): ModelJson {
    const json: ModelJson = { type: 'custom', module: this.source, kind: this.energy.kind, dimension: this.size };
    if (this.name !== undefined) json.name = this.name;
    if (this.energy.logZ !== undefined) json.logZ_exact = this.energy.logZ;
    return json;
  }
}

class UniformDiscretePath implements TemperedPath {
  readonly logZ0: number;
  readonly reference: ReferenceSpec = { kind: 'uniform' };

  constructor(private readonly energy: CustomEnergy, q: number, private readonly samplers: readonly string[]) {
    this.logZ0 = energy.dimension * Math.log(q);
  }

  createChains(count: number, options: ChainOptions = {}): ChainSet {
    const sampler = options.sampler ?? 'heat-bath';
    if (sampler !== 'heat-bath' && sampler !== 'metropolis') throw new RangeError(`no sampler ${sampler}; this model has ${this.samplers.join(', ')}`);
    return new CustomDiscreteChains(this.energy, count, sampler);
  }
}

/** Check a module's export against the contract; `source` (the module path) names errors. */
export function customEnergyModel(exported: unknown, source: string): CustomModel {
  if (exported === null || typeof exported !== 'object') throw new InputError(source, 'default export', 'must be an object implementing CustomEnergy (kind, dimension, energy)');
  const e = exported as Partial<CustomEnergy>;
  if (e.kind !== 'binary' && e.kind !== 'spin' && e.kind !== 'potts' && e.kind !== 'continuous') {
    throw new InputError(source, 'kind', `must be "binary", "spin", "potts" or "continuous", got ${JSON.stringify(e.kind)}`);
  }
  if (!Number.isInteger(e.dimension) || (e.dimension as number) < 1) throw new InputError(source, 'dimension', `must be a positive integer, got ${JSON.stringify(e.dimension)}`);
  if (typeof e.energy !== 'function') throw new InputError(source, 'energy', 'must be a function of the state returning a number');
  if (e.kind === 'potts' && !(Number.isInteger(e.states) && (e.states as number) >= 2)) throw new InputError(source, 'states', `potts needs an integer number of states >= 2, got ${JSON.stringify(e.states)}`);
  if (e.gradient !== undefined && (typeof e.gradient !== 'function' || e.kind !== 'continuous')) throw new InputError(source, 'gradient', 'must be a function (x, out) => void, and only for kind "continuous"');
  if (e.scale !== undefined && !(typeof e.scale === 'number' && e.scale > 0)) throw new InputError(source, 'scale', `must be a positive number, got ${JSON.stringify(e.scale)}`);
  const sigma = e.reference?.sigma;
  if (sigma !== undefined && !(typeof sigma === 'number' && sigma > 0)) throw new InputError(source, 'reference.sigma', `must be a positive number, got ${JSON.stringify(sigma)}`);
  if (e.logZ !== undefined && !Number.isFinite(e.logZ)) throw new InputError(source, 'logZ', `must be a finite number, got ${JSON.stringify(e.logZ)}`);
  return new CustomModel(e as CustomEnergy, source);
}
