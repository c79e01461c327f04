/**
 * Exact log Z of the zero-field Ising model on an n x m torus, by Kaufman's (1949)
 * finite-lattice formula (ALGORITHMS.md), with K = beta J:
 *   Z = 1/2 (2 sinh 2K)^(nm/2) (Z1 + Z2 + Z3 + Z4),
 *   Z1 = prod_{r<n} 2 cosh(m g_{2r+1} / 2),  Z2 = prod_r 2 sinh(m g_{2r+1} / 2),
 *   Z3 = prod_{r<n} 2 cosh(m g_{2r} / 2),    Z4 = prod_r 2 sinh(m g_{2r} / 2),
 *   cosh g_k = cosh 2K coth 2K - cos(pi k / n) (k >= 1),  g_0 = 2K + ln tanh K.
 * Every product is a sum of logs and the four terms meet in a signed log-sum-exp: g_0 < 0
 * above the critical temperature, so Z4 can be negative, and it is 0 exactly at K_c.
 *
 * K < 0 (antiferromagnet) is equivalent to |K| when both sides are even (flip one sublattice
 * of the bipartite torus); other antiferromagnetic tori are frustrated and refused.
 */
import { IntractableError } from '../errors.js';
import { signedLogSumExp } from '../math/logspace.js';

/** log(2 cosh x), without overflow. */
function logTwoCosh(x: number): number {
  const a = Math.abs(x);
  return a + Math.log1p(Math.exp(-2 * a));
}

/** log |2 sinh x| and the sign of sinh x. */
function logTwoSinh(x: number): { logAbs: number; sign: number } {
  const a = Math.abs(x);
  if (a === 0) return { logAbs: -Infinity, sign: 0 };
  const logAbs = a > 1 ? a + Math.log1p(-Math.exp(-2 * a)) : Math.log(2 * Math.sinh(a));
  return { logAbs, sign: Math.sign(x) };
}

/** Whether Kaufman's formula applies: zero field, and a ferromagnet or an even x even torus. */
export function kaufmanApplies(rows: number, cols: number, J: number, h: number, beta: number): boolean {
  return h === 0 && (beta * J >= 0 || (rows % 2 === 0 && cols % 2 === 0));
}

export function kaufmanLogZ(rows: number, cols: number, J: number, h: number, beta: number, file = 'model'): number {
  if (h !== 0) throw new IntractableError(file, 'h', 'Kaufman\'s formula needs h = 0; use --method transfer-matrix (narrow lattices) or ais');
  if (J * beta < 0 && !(rows % 2 === 0 && cols % 2 === 0)) {
    throw new IntractableError(file, 'J', 'Kaufman\'s formula covers beta J < 0 only on tori with both sides even (others are frustrated); use --method ais');
  }
  const n = rows;
  const m = cols;
  const N = n * m;
  const K = Math.abs(beta * J);
  if (K === 0) return N * Math.LN2;
  const c2 = Math.cosh(2 * K) / Math.tanh(2 * K);
  if (!Number.isFinite(c2)) {
    throw new IntractableError(file, 'beta', `|beta J| = ${K} overflows Kaufman's formula in double precision; use --method transfer-matrix or ais`);
  }
  const g = (k: number): number => (k === 0 ? 2 * K + Math.log(Math.tanh(K)) : Math.acosh(c2 - Math.cos((Math.PI * k) / n)));
  const logs = new Float64Array(4);
  const signs = new Float64Array([1, 1, 1, 1]);
  for (let r = 0; r < n; r++) {
    const odd = (m * g(2 * r + 1)) / 2;
    const even = (m * g(2 * r)) / 2;
    logs[0] += logTwoCosh(odd);
    logs[2] += logTwoCosh(even);
    const sOdd = logTwoSinh(odd);
    const sEven = logTwoSinh(even);
    logs[1] += sOdd.logAbs;
    signs[1] *= sOdd.sign;
    logs[3] += sEven.logAbs;
    signs[3] *= sEven.sign;
  }
  const sum = signedLogSumExp(logs, signs);
  if (sum.sign <= 0) throw new RangeError(`Kaufman's formula gave a non-positive Z for ${rows}x${cols}, K = ${K}`);
  return -Math.LN2 + (N / 2) * logTwoSinh(2 * K).logAbs + sum.logAbs;
}
