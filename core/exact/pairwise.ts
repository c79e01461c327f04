/**
 * The common form every exactly enumerable spin model is reduced to: s in {-1, +1}^n,
 *   log weight(s) = sum_(i,j,K) K s_i s_j + sum_i h_i s_i + constant,
 * with the inverse temperature already absorbed into K and h. Repeated pairs add up.
 * Ising models, spin and binary Boltzmann machines and RBMs all convert to it.
 */
export interface PairwiseSpinModel { n: number; couplings: Array<[number, number, number]>; fields: Float64Array; constant?: number }

/** Largest model enumeration accepts: 2^24 states, a fraction of a second per million. */
export const MAX_ENUMERATION_SPINS = 24;
