/**
 * The path from a Gaussian reference N(0, sigma0^2 I) to a continuous energy, shared by the
 * product of Student-t experts and custom continuous energies. Reference spec:
 * `{kind: "gaussian", sigma?: number}`; log Z0 = (d/2) log(2 pi sigma0^2).
 */
import { InputError } from '../errors.js';
import type { ChainOptions, ChainSet, ReferenceSpec, TemperedPath } from './model.js';
import { GaussianBaseChains, type ContinuousEnergy } from './gaussian-base-chains.js';

/** The width of a `{kind: "gaussian", sigma?}` reference, defaulting to `fallback`. */
export function gaussianReferenceSigma(reference: ReferenceSpec, fallback: number): number {
  if (reference.kind !== 'gaussian') throw new InputError('reference', 'kind', `continuous models start from "gaussian", got ${JSON.stringify(reference.kind)}`);
  const sigma = reference.sigma ?? fallback;
  if (typeof sigma !== 'number' || !(sigma > 0)) throw new InputError('reference', 'sigma', `must be a positive number, got ${JSON.stringify(sigma)}`);
  return sigma;
}

/** From N(0, sigma0^2 I) to exp(-E): log Z0 = (d/2) log(2 pi sigma0^2). */
export class GaussianBasePath implements TemperedPath {
  readonly logZ0: number;
  readonly reference: ReferenceSpec;

  constructor(private readonly target: ContinuousEnergy, private readonly sigma0: number, private readonly samplers: readonly string[]) {
    this.logZ0 = 0.5 * target.dimension * Math.log(2 * Math.PI * sigma0 * sigma0);
    this.reference = { kind: 'gaussian', sigma: sigma0 };
  }

  createChains(count: number, options: ChainOptions = {}): ChainSet {
    const sampler = options.sampler ?? this.samplers[0];
    if (!this.samplers.includes(sampler) || (sampler !== 'mala' && sampler !== 'rwm')) throw new RangeError(`no sampler ${sampler}; this model has ${this.samplers.join(', ')}`);
    return new GaussianBaseChains(this.target, this.sigma0, count, sampler);
  }
}
