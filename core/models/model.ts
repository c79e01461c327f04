/**
 * What a model provides. A model is an unnormalised density p*(x) = exp(f(x)) over states x;
 * everything ebm estimates (log Z, samples, gradients) is reached through the tempered path
 * it exposes, so the coordinator never needs to know which model it is running.
 */
import type { Rng } from '../rng/rng.js';

/** A model file's JSON object (model-format.md). Readers ignore fields they do not know. */
export type ModelJson = { type: string; name?: string; logZ_exact?: number; [field: string]: unknown };

/**
 * The tractable reference a path starts from (b = 0). Plain JSON, so it travels on the wire;
 * each model documents the kinds it accepts ("uniform" everywhere; "base-rate" for RBMs).
 */
export type ReferenceSpec = { kind: string; [field: string]: unknown };

/** Options for creating chains; `sampler` names a kernel the model lists in `samplers`. */
export interface ChainOptions {
  sampler?: string;
}

/**
 * A family pi_b, b in [0, 1], from a reference pi_0 with known log Z0 to the model pi_1.
 * AIS walks it (Neal 2001); PT places replicas on it (Syed et al. 2021).
 */
export interface TemperedPath {
  /** log Z of the reference distribution pi_0. */
  readonly logZ0: number;
  /** The reference actually used (with any fitted parameters), for results and the wire. */
  readonly reference: ReferenceSpec;
  /** A batch of `count` independent chains, with state and scratch preallocated. */
  createChains(count: number, options?: ChainOptions): ChainSet;
}

/**
 * A batch of chains owned by one unit. Kernels mutate only the typed arrays the set owns
 * and allocate nothing per call.
 */
export interface ChainSet {
  readonly count: number;
  /** Number of variables in one chain's state. */
  readonly size: number;
  /** Draw every chain exactly from the reference pi_0. */
  drawReference(rng: Rng): void;
  /** out[c] = log pi_b*(x_c), unnormalised. */
  logDensity(b: number, out: Float64Array): void;
  /** out[c] = log pi_bTo*(x_c) - log pi_bFrom*(x_c): the AIS increment and PT swap term. */
  logRatio(bTo: number, bFrom: number, out: Float64Array): void;
  /** Advance every chain by `sweeps` sweeps of a kernel that leaves pi_b invariant. */
  advance(rng: Rng, b: number, sweeps: number): void;
  /** Names of the per-chain observables this model reports (energy first, by convention). */
  readonly observables: readonly string[];
  /** out[c] = the named observable of chain c, at the model's own parameters. */
  observe(name: string, out: Float64Array): void;
  /** Chain states as bytes (checkpoints, the wire), and back. */
  saveState(): Uint8Array;
  loadState(bytes: Uint8Array): void;
  /** A view of chain c's state (for samples and images); do not keep it across calls. */
  stateOf(c: number): ArrayLike<number>;
}

/** An exactly known expectation of an observable (for checking samplers against it). */
export interface ReferenceValue {
  observable: string;
  value: number;
  source: string;
}

/** An exact log Z and how it was computed. */
export interface ExactLogZ {
  logZ: number;
  method: string;
}

export interface Model {
  readonly type: string;
  readonly name: string | undefined;
  /** Number of random variables in one state (visible ones, where others are summed out). */
  readonly size: number;
  /** Kernels this model's chains can run; the first is the default. */
  readonly samplers: readonly string[];
  /** Rows and columns where a state is an image (lattices, pixel models): samples become PNGs. */
  readonly imageShape?: readonly [number, number];
  /** Exact methods that apply to this instance (possibly none), best first. */
  exactMethods(): string[];
  /** Exact log Z by `method` (default: the first of exactMethods); IntractableError if none applies. */
  exactLogZ(method?: string): ExactLogZ;
  /** The path AIS and PT move along. */
  temperedPath(reference?: ReferenceSpec): TemperedPath;
  /** The model file this model was read from, or would be written as. */
  toJSON(): ModelJson;
  /** Exactly known means of observables, where the model has them (e.g. Ising energies). */
  referenceValues?(): ReferenceValue[];
  /** Unnormalised log p*(x) at the model itself (hidden units summed out); RangeError if x holds values outside the model's states. */
  logDensityOf?(x: ArrayLike<number>): number;
}

/** What the registry knows about one model type. */
export interface ModelType {
  readonly type: string;
  /** Validate a model file's object; throw InputError naming `file` and the field. */
  parse(json: Record<string, unknown>, file: string): Model;
}
