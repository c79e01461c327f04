/**
 * Single-spin kernels for an Ising model on any graph, in sequential order i = 0 .. n-1
 * (any fixed order of pi-invariant single-site updates is pi-invariant). The local field of
 * spin i is f_i = h_i + sum_j J_ij s_j (O(degree) from the CSR graph); at inverse
 * temperature betaEff, flipping s_i changes the energy by dE = 2 s_i f_i.
 *   Metropolis (Metropolis et al. 1953): accept the flip with probability min(1, exp(-betaEff dE)).
 *   Heat bath (Glauber 1963): draw s_i = +1 with probability 1 / (1 + exp(-2 betaEff f_i)).
 * Each returns the change of the energy E = -sum J s s - sum h s over the sweeps.
 */
import type { Rng } from '../rng/rng.js';
import type { SpinGraph } from '../models/spin-graph.js';

export function graphMetropolisSweeps(
  graph: SpinGraph,
  fields: Float64Array,
  spins: Int8Array,
  base: number,
  betaEff: number,
  rng: Rng,
  sweeps: number,
): number {
  const { n, start, neighbour, coupling } = graph;
  let dEnergy = 0;
  for (let t = 0; t < sweeps; t++) {
    for (let i = 0; i < n; i++) {
      let f = fields[i];
      for (let e = start[i]; e < start[i + 1]; e++) f += coupling[e] * spins[base + neighbour[e]];
      const s = spins[base + i];
      const dE = 2 * s * f;
      // One uniform per site whatever the outcome, so the stream position depends on n only.
      const u = rng.nextFloat();
      if (dE <= 0 || u < Math.exp(-betaEff * dE)) {
        spins[base + i] = -s;
        dEnergy += dE;
      }
    }
  }
  return dEnergy;
}

export function graphHeatBathSweeps(
  graph: SpinGraph,
  fields: Float64Array,
  spins: Int8Array,
  base: number,
  betaEff: number,
  rng: Rng,
  sweeps: number,
): number {
  const { n, start, neighbour, coupling } = graph;
  let dEnergy = 0;
  for (let t = 0; t < sweeps; t++) {
    for (let i = 0; i < n; i++) {
      let f = fields[i];
      for (let e = start[i]; e < start[i + 1]; e++) f += coupling[e] * spins[base + neighbour[e]];
      const pUp = 1 / (1 + Math.exp(-2 * betaEff * f));
      const next = rng.nextFloat() < pUp ? 1 : -1;
      const s = spins[base + i];
      if (next !== s) {
        spins[base + i] = next;
        dEnergy -= (next - s) * f;
      }
    }
  }
  return dEnergy;
}
