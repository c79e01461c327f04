/**
 * The Hopfield network (Hopfield 1982) as a model file, type "hopfield":
 *
 *   {"type": "hopfield", "n": 4, "patterns": [[1, -1, 1, -1], [1, 1, -1, -1]],
 *    "rule": "hebbian", "temperature": 0.5}
 *
 * | field | meaning |
 * |---|---|
 * | `n` | number of +-1 units (exact log Z: n <= 24) |
 * | `patterns` | P rows of n entries in {-1, +1}: the stored memories |
 * | `rule` | `"hebbian"` (default) or `"pseudo-inverse"`: how W is built from the patterns |
 * | `W` | instead of `patterns`: n x n, symmetric, zero diagonal (then `rule` is ignored) |
 * | `temperature` | T > 0, default 1 |
 *
 * E(s) = -1/2 s^T W s,  p(s) = exp(-E(s) / T) / Z: a spin Boltzmann machine with couplings
 * W / T and no biases, so it shares the bm chains (Gibbs = Glauber dynamics at temperature T),
 * the uniform tempered path (log Z0 = n log 2) and exact log Z by enumeration. Zero-temperature
 * retrieval and the capacity experiment are in hopfield-retrieval.ts.
 */
import { IntractableError, InputError } from '../errors.js';
import { enumerateSpinLogZ } from '../exact/enumerate.js';
import type { ExactLogZ, Model, ModelJson, ModelType, ReferenceSpec, TemperedPath } from './model.js';
import { readInteger, readNumber, readOptionalString } from './fields.js';
import { MAX_ENUMERATED_UNITS, readSymmetricMatrix } from './bm.js';
import { pairwiseToSpinForm, UniformPairwisePath, type PairwiseParams } from './pairwise-gibbs-chains.js';
import { hebbianWeights, pseudoInverseWeights } from './hopfield-storage.js';
import { requireState } from './state-values.js';

export type HopfieldRule = 'hebbian' | 'pseudo-inverse';

export class HopfieldNetwork implements Model {
  readonly type = 'hopfield';
  readonly samplers = ['gibbs'] as const;
  readonly size: number;
  /** The Boltzmann-machine view at temperature T: couplings W / T, no biases. */
  readonly params: PairwiseParams;

  constructor(
    readonly n: number,
    /** Couplings (n x n, symmetric, zero diagonal), before dividing by T. */
    readonly W: Float64Array,
    readonly temperature: number,
    /** Stored patterns (P x n), empty when the file gave W directly. */
    readonly patterns: Int8Array,
    readonly name: string | undefined,
    private readonly json: ModelJson,
  ) {
    this.size = n;
    const scaled = new Float64Array(W.length);
    for (let k = 0; k < W.length; k++) scaled[k] = W[k] / temperature;
    this.params = { n, spin: true, W: scaled, b: new Float64Array(n) };
  }

  /** E(s) = -1/2 s^T W s (at T = 1; divide by T for the Boltzmann weight). */
  energy(s: ArrayLike<number>): number {
    const { n, W } = this;
    let e = 0;
    for (let i = 0; i < n; i++) {
      let pair = 0;
      for (let j = i + 1; j < n; j++) pair += W[i * n + j] * s[j];
      e -= s[i] * pair;
    }
    return e;
  }

  /** log p*(s) = -E(s) / T (Model.logDensityOf). */
  logDensityOf(s: ArrayLike<number>): number {
    requireState(s, this.n, 'spin');
    return -this.energy(s) / this.temperature;
  }

  exactMethods(): string[] {
    return this.n <= MAX_ENUMERATED_UNITS ? ['enumeration'] : [];
  }

  exactLogZ(method = 'enumeration'): ExactLogZ {
    if (method !== 'enumeration' || this.n > MAX_ENUMERATED_UNITS) {
      throw new IntractableError(this.name ?? 'model', 'n', `exact log Z by ${method} needs n <= ${MAX_ENUMERATED_UNITS} units, got ${this.n}; use --method ais or pt`);
    }
    return { logZ: enumerateSpinLogZ(pairwiseToSpinForm(this.params)), method: 'enumeration' };
  }

  temperedPath(_reference?: ReferenceSpec): TemperedPath {
    return new UniformPairwisePath(this.params, 'hopfield');
  }

  toJSON(): ModelJson {
    return this.json;
  }
}

function readPatterns(json: Record<string, unknown>, file: string, n: number): { patterns: Int8Array; P: number } {
  const rows = json.patterns;
  if (!Array.isArray(rows) || rows.length === 0) throw new InputError(file, 'patterns', 'must be a non-empty array of rows of +-1 (or give W instead)');
  const patterns = new Int8Array(rows.length * n);
  rows.forEach((row, mu) => {
    if (!Array.isArray(row) || row.length !== n) throw new InputError(file, `patterns[${mu}]`, `must be an array of ${n} entries`);
    row.forEach((x, i) => {
      if (x !== 1 && x !== -1) throw new InputError(file, `patterns[${mu}][${i}]`, `must be 1 or -1, got ${JSON.stringify(x)}`);
      patterns[mu * n + i] = x;
    });
  });
  return { patterns, P: rows.length };
}

export const hopfieldType: ModelType = {
  type: 'hopfield',
  parse(json, file) {
    const n = readInteger(json, 'n', file, 1);
    const temperature = readNumber(json, 'temperature', file, 1);
    if (!(temperature > 0)) throw new InputError(file, 'temperature', `must be > 0, got ${temperature}`);
    const name = readOptionalString(json, 'name', file);
    if (json.W !== undefined) {
      if (json.patterns !== undefined) throw new InputError(file, 'W', 'give either W or patterns, not both');
      return new HopfieldNetwork(n, readSymmetricMatrix(json, 'W', file, n), temperature, new Int8Array(0), name, json as ModelJson);
    }
    const rule = json.rule ?? 'hebbian';
    if (rule !== 'hebbian' && rule !== 'pseudo-inverse') throw new InputError(file, 'rule', `must be "hebbian" or "pseudo-inverse", got ${JSON.stringify(rule)}`);
    const { patterns, P } = readPatterns(json, file, n);
    let W: Float64Array;
    if (rule === 'hebbian') W = hebbianWeights(patterns, P, n);
    else {
      try {
        W = pseudoInverseWeights(patterns, P, n);
      } catch (err) {
        throw new InputError(file, 'patterns', `${(err as Error).message}; use the hebbian rule or independent patterns`);
      }
    }
    return new HopfieldNetwork(n, W, temperature, patterns, name, json as ModelJson);
  },
};
