/**
 * The deep belief network (Hinton, Osindero & Teh 2006), model type "dbn": a stack of RBMs
 * {"type": "dbn", "layers": [rbm, rbm, ...]}, bottom first, where layer k's nh equals layer
 * k+1's nv. The top RBM is an undirected model over its two layers; every RBM below it is used
 * as a directed generative layer p(x_k | x_{k+1}) = prod_i sigmoid(b_k + W_k x_{k+1})_i (its
 * hidden biases c_k are kept for the recognition model q(x_{k+1} | x_k), which the lower bound
 * uses, but play no part in p).
 *
 * How the Model contract applies (core/models/model.ts):
 * - size is the data layer's nv, and a state is v;
 * - log Z is the top RBM's: the directed factors each sum to one, so the joint
 *   exp(-E_top(x_{L-1}, x_L)) prod_k p(x_k | x_{k+1}) normalises to Z_top. Exact methods are
 *   the top RBM's (enumerating its smaller layer);
 * - the tempered path is the top RBM's path, references included ("base-rate" over x_{L-1}),
 *   with the directed layers untempered and redrawn after every sweep (core/dbn/dbn-chains.ts),
 *   so AIS and PT estimate log Z_top and chains at b = 1 sample the DBN itself (ancestral
 *   sampling below Gibbs in the top RBM). Sampler: the top RBM's float64 Gibbs kernel only;
 *   the WebAssembly kernel is wired for plain RBM paths (and the dbn task runs its AIS on the
 *   top RBM as an rbm);
 * - logDensityOf(v) = log p*(v) = log p(v) + log Z_top, exact by enumerating the hidden layers
 *   below the top (core/dbn/dbn-exact.ts): small networks only, IntractableError otherwise.
 *   For large ones, the variational lower bound (core/dbn/dbn-lower-bound.ts) is the tool.
 */
import { InputError, IntractableError } from '../errors.js';
import type { ExactLogZ, Model, ModelJson, ModelType, ReferenceSpec, TemperedPath, ChainOptions } from './model.js';
import { readOptionalString, requireUnitBeta } from './fields.js';
import { Rbm, rbmType } from './rbm.js';
import { requireState } from './state-values.js';
import { DbnChains } from '../dbn/dbn-chains.js';
import { exactFirstHiddenMarginal, exactLogUnnormalised } from '../dbn/dbn-exact.js';

export class Dbn implements Model {
  readonly type = 'dbn';
  readonly samplers = ['gibbs'] as const;
  readonly size: number;
  /** Memo of the first hidden layer's exact unnormalised marginal (logDensityOf). */
  private firstHiddenMarginal: Float64Array | undefined;

  constructor(
    /** The stacked RBMs, bottom first; layers[k].nh === layers[k + 1].nv. */
    readonly layers: readonly Rbm[],
    readonly name: string | undefined,
    private readonly json?: ModelJson,
  ) {
    if (layers.length === 0) throw new RangeError('a dbn needs at least one layer');
    for (let k = 0; k + 1 < layers.length; k++) {
      if (layers[k].nh !== layers[k + 1].nv) throw new RangeError(`dbn layer ${k} has ${layers[k].nh} hidden units but layer ${k + 1} has ${layers[k + 1].nv} visible`);
    }
    this.size = layers[0].nv;
  }

  get top(): Rbm {
    return this.layers[this.layers.length - 1];
  }

  exactMethods(): string[] {
    return this.top.exactMethods();
  }

  exactLogZ(method?: string): ExactLogZ {
    try {
      return this.top.exactLogZ(method);
    } catch (error) {
      if (error instanceof IntractableError) throw new IntractableError(this.name ?? 'model', `layers[${this.layers.length - 1}]`, `log Z of a dbn is its top RBM's: ${error.problem}`);
      throw error;
    }
  }

  temperedPath(reference?: ReferenceSpec): TemperedPath {
    const topPath = this.top.temperedPath(reference);
    const layers = this.layers;
    return {
      logZ0: topPath.logZ0,
      reference: topPath.reference,
      createChains: (count: number, options?: ChainOptions) => new DbnChains(layers, topPath.createChains(count, options)),
    };
  }

  logDensityOf(v: ArrayLike<number>): number {
    requireState(v, this.size, 'binary');
    if (this.layers.length === 1) return this.top.logDensityOf(v);
    this.firstHiddenMarginal ??= exactFirstHiddenMarginal(this.layers, this.name);
    return exactLogUnnormalised(this.layers[0], this.firstHiddenMarginal!, v);
  }

  toJSON(): ModelJson {
    if (this.json) return this.json;
    const out: ModelJson = { type: 'dbn', layers: this.layers.map((rbm) => rbm.toJSON()) };
    if (this.name !== undefined) out.name = this.name;
    return out;
  }
}

export const dbnType: ModelType = {
  type: 'dbn',
  parse(json, file) {
    requireUnitBeta(json, file);
    const name = readOptionalString(json, 'name', file);
    const raw = json.layers;
    if (!Array.isArray(raw) || raw.length === 0) throw new InputError(file, 'layers', 'must be a non-empty array of rbm objects, bottom first');
    const layers = raw.map((layer: unknown, k) => {
      if (layer === null || typeof layer !== 'object' || Array.isArray(layer)) throw new InputError(file, `layers[${k}]`, 'must be an rbm object');
      const object = layer as Record<string, unknown>;
      if (object.type !== 'rbm') throw new InputError(file, `layers[${k}].type`, `must be "rbm", got ${JSON.stringify(object.type)}`);
      try {
        return rbmType.parse(object, file) as Rbm;
      } catch (error) {
        if (error instanceof InputError) throw new InputError(file, `layers[${k}].${error.field}`, error.problem);
        throw error;
      }
    });
    for (let k = 0; k + 1 < layers.length; k++) {
      if (layers[k].nh !== layers[k + 1].nv) throw new InputError(file, `layers[${k + 1}].nv`, `must equal layers[${k}].nh = ${layers[k].nh}, got ${layers[k + 1].nv}`);
    }
    return new Dbn(layers, name, json as ModelJson);
  },
};
