/**
 * Exact mean energy per site of the zero-field 2D Ising model: Onsager's (1944) closed form
 * for the infinite lattice, and Kaufman's (1949) finite torus through u = -(1/N) d ln Z / d beta,
 * taken by a central difference of the exact log Z.
 */
import { kaufmanLogZ } from './kaufman.js';

/** Complete elliptic integral of the first kind, K(k) = pi / (2 AGM(1, sqrt(1 - k^2))). */
export function ellipticK(k: number): number {
  let a = 1;
  let g = Math.sqrt(1 - k * k);
  for (let i = 0; i < 60 && Math.abs(a - g) > 1e-16 * a; i++) {
    const next = (a + g) / 2;
    g = Math.sqrt(a * g);
    a = next;
  }
  return Math.PI / (2 * a);
}

/**
 * Onsager: u = -J coth(2K) [1 + (2/pi)(2 tanh^2(2K) - 1) K(k)], K = beta J,
 * k = 2 sinh(2K) / cosh^2(2K). At the critical point the bracket's second term is 0 x infinity,
 * whose limit is 0.
 */
export function onsagerEnergyPerSite(J: number, beta: number): number {
  const K = beta * J;
  const t = Math.tanh(2 * K);
  const factor = 2 * t * t - 1;
  const k = (2 * Math.sinh(2 * K)) / Math.cosh(2 * K) ** 2;
  const elliptic = Math.abs(factor) < 1e-12 ? 0 : factor * ellipticK(Math.min(k, 1 - 1e-16));
  return (-J / t) * (1 + (2 / Math.PI) * elliptic);
}

/** Finite L x M torus: -(1/N) d ln Z / d beta by a central difference of Kaufman's log Z. */
export function kaufmanEnergyPerSite(rows: number, cols: number, J: number, beta: number): number {
  const step = 1e-5 * Math.max(beta, 1e-3);
  const up = kaufmanLogZ(rows, cols, J, 0, beta + step);
  const down = kaufmanLogZ(rows, cols, J, 0, beta - step);
  return -(up - down) / (2 * step) / (rows * cols);
}
