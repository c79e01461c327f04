/**
 * The contract a user-defined energy implements. A user writes a local TypeScript or
 * JavaScript module whose default export is a `CustomEnergy`; the CLI or a worker imports it
 * by the path the spec names (modules are never sent over the wire: every worker loads its
 * own copy) and hands it to `customEnergyModel` (custom-model.ts), which checks it and makes
 * it a Model like any other: chains, AIS, PT, exact log Z where small.
 *
 * The density is p(x) = exp(-E(x)) / Z over
 *   - "binary":     x in {0,1}^dimension,
 *   - "spin":       x in {-1,+1}^dimension,
 *   - "potts":      x in {0, ..., states-1}^dimension (categorical),
 *   - "continuous": x in R^dimension.
 * `energy` must be a pure function of x (the same x always gives the same number, no hidden
 * state, no randomness): chains call it on views of their own arrays and results must be
 * bitwise reproducible. It must not keep or modify x.
 */
export type CustomKind = 'binary' | 'spin' | 'potts' | 'continuous';

export interface CustomEnergy {
  kind: CustomKind;
  /** Number of variables. */
  dimension: number;
  /** "potts" only: number of categories per variable, >= 2. */
  states?: number;
  /** E(x). Discrete kinds receive an Int32Array, "continuous" a Float64Array. */
  energy(x: Int32Array | Float64Array): number;
  /** "continuous" only, optional: write grad E(x) into out. With it chains use MALA; without, random-walk Metropolis. */
  gradient?(x: Float64Array, out: Float64Array): void;
  /** "continuous" only: the Gaussian reference N(0, sigma^2 I) paths start from; default sigma 1. */
  reference?: { sigma?: number };
  /**
   * "continuous" only: the length scale of the target's narrowest feature (e.g. the smallest
   * mode width); sets the MALA / random-walk step size. Default: the reference sigma.
   */
  scale?: number;
  /** A known log Z (e.g. a closed form), offered as the exact method "closed-form". */
  logZ?: number;
  /** A name for results. */
  name?: string;
}
