/**
 * The AIS / PT path of an RBM (Salakhutdinov & Murray 2008), from a base-rate reference with
 * visible biases bA (W = 0, c = 0) to the model:
 *
 *   log Z_A = nh log 2 + sum_i softplus(bA_i).
 *
 * References accepted (ReferenceSpec):
 *   { kind: 'base-rate', visibleBias: number[] }  fitted base rates (from data or samples);
 *   { kind: 'base-rate', chains?, sweeps?, seed? } base rates from the model's own samples;
 *   { kind: 'uniform' }                             bA = 0 (for completeness: a poor start).
 * No reference means base rates from the model's samples with the default budget. A
 * coordinator fits the reference once and ships `reference` (with visibleBias) to workers.
 */
import { InputError } from '../../errors.js';
import { softplus } from '../../math/logspace.js';
import { streamRng } from '../../rng/rng.js';
import type { ChainOptions, ChainSet, ReferenceSpec, TemperedPath } from '../model.js';
import type { Rbm } from '../rbm.js';
import { baseRatesFromModelSamples } from './base-rates.js';
import { RbmChains } from './rbm-chains.js';
import { WasmRbmChains, type RbmAisInstantiate } from '../../kernels/wasm-rbm-chains.js';

/**
 * Samplers: 'gibbs' is the float64 TypeScript reference (RbmChains); 'gibbs-wasm' the
 * WebAssembly SIMD kernel (WasmRbmChains: float32 sampling, float64 weights), available when
 * the path was given the compiled module with withWasm().
 */
export const RBM_SAMPLERS = ['gibbs', 'gibbs-wasm'] as const;

export class RbmPath implements TemperedPath {
  readonly logZ0: number;
  readonly reference: ReferenceSpec;

  constructor(
    readonly model: Rbm,
    readonly baseBias: Float64Array,
    kind: 'base-rate' | 'uniform',
    /** The compiled assembly/rbm-ais.ts, one fresh instance per chain set; enables 'gibbs-wasm'. */
    readonly wasm?: RbmAisInstantiate,
  ) {
    let sum = model.nh * Math.LN2;
    for (let i = 0; i < baseBias.length; i++) sum += softplus(baseBias[i]);
    this.logZ0 = sum;
    this.reference = kind === 'uniform' ? { kind } : { kind, visibleBias: Array.from(baseBias) };
  }

  /** The same path with the WebAssembly kernel available as sampler 'gibbs-wasm'. */
  withWasm(instantiate: RbmAisInstantiate): RbmPath {
    return new RbmPath(this.model, this.baseBias, this.reference.kind === 'uniform' ? 'uniform' : 'base-rate', instantiate);
  }

  /** The reference sampler's chains unless options.sampler says otherwise. */
  createChains(count: number): RbmChains;
  createChains(count: number, options?: ChainOptions): RbmChains | WasmRbmChains;
  createChains(count: number, options: ChainOptions = {}): RbmChains | WasmRbmChains {
    const sampler = options.sampler ?? 'gibbs';
    if (sampler === 'gibbs') return new RbmChains(this.model, this.baseBias, count);
    if (sampler === 'gibbs-wasm') {
      if (!this.wasm) throw new RangeError('rbm sampler gibbs-wasm needs the compiled module (RbmPath.withWasm)');
      return new WasmRbmChains(this.wasm(), this.model, this.baseBias, count);
    }
    throw new RangeError(`rbm has no sampler ${sampler}; known: ${RBM_SAMPLERS.join(', ')}`);
  }
}

/** Resolve a reference spec for `model`; `file` names the source in errors. */
export function rbmPath(model: Rbm, reference: ReferenceSpec | undefined, file = 'reference'): RbmPath {
  const spec = reference ?? { kind: 'base-rate' };
  if (spec.kind === 'uniform') return new RbmPath(model, new Float64Array(model.nv), 'uniform');
  if (spec.kind !== 'base-rate') throw new InputError(file, 'kind', `rbm references are "base-rate" or "uniform", got ${JSON.stringify(spec.kind)}`);
  const given = spec.visibleBias;
  if (given !== undefined) {
    if (!Array.isArray(given) || given.length !== model.nv) throw new InputError(file, 'visibleBias', `must be an array of ${model.nv} numbers`);
    const bias = new Float64Array(model.nv);
    for (let i = 0; i < model.nv; i++) {
      const x = given[i];
      if (typeof x !== 'number' || !Number.isFinite(x)) throw new InputError(file, `visibleBias[${i}]`, `must be a finite number, got ${JSON.stringify(x)}`);
      bias[i] = x;
    }
    return new RbmPath(model, bias, 'base-rate');
  }
  const seed = optionalInteger(spec, 'seed', file) ?? 0;
  const bias = baseRatesFromModelSamples(model, streamRng(seed, 'rbm.base-rates', 0), {
    chains: optionalInteger(spec, 'chains', file),
    sweeps: optionalInteger(spec, 'sweeps', file),
  });
  return new RbmPath(model, bias, 'base-rate');
}

function optionalInteger(spec: ReferenceSpec, key: string, file: string): number | undefined {
  const x = spec[key];
  if (x === undefined) return undefined;
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 1) throw new InputError(file, key, `must be a positive integer, got ${JSON.stringify(x)}`);
  return x;
}
