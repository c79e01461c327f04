/**
 * Log-space arithmetic. Partition functions over 2^N states overflow any float, so every
 * estimator here works with logarithms and combines them with the max-shift trick.
 */

/** log(sum_i exp(x_i)) over x[start, end); -Infinity for an empty range. */
export function logSumExp(x: ArrayLike<number>, start = 0, end = x.length): number {
  let max = -Infinity;
  for (let i = start; i < end; i++) if (x[i] > max) max = x[i];
  if (max === -Infinity) return -Infinity;
  if (max === Infinity) return Infinity;
  let sum = 0;
  for (let i = start; i < end; i++) sum += Math.exp(x[i] - max);
  return max + Math.log(sum);
}

/** log(mean_i exp(x_i)) over x[start, end). */
export function logMeanExp(x: ArrayLike<number>, start = 0, end = x.length): number {
  return logSumExp(x, start, end) - Math.log(end - start);
}

/** log(exp(a) + exp(b)). */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** softplus(x) = log(1 + exp(x)), accurate for large |x|. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** The logistic function 1 / (1 + exp(-x)). */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** log(exp(a) - exp(b)) for a >= b. */
export function logSubExp(a: number, b: number): number {
  if (b > a) throw new RangeError('logSubExp needs a >= b');
  if (b === -Infinity) return a;
  return a + Math.log(-Math.expm1(b - a));
}

/**
 * Sum of signed terms given as (log |t_i|, sign_i): returns log |sum| and its sign. Used by
 * Kaufman's formula, where one of four terms can be negative.
 */
export function signedLogSumExp(logAbs: ArrayLike<number>, signs: ArrayLike<number>): { logAbs: number; sign: number } {
  let max = -Infinity;
  for (let i = 0; i < logAbs.length; i++) if (signs[i] !== 0 && logAbs[i] > max) max = logAbs[i];
  if (max === -Infinity) return { logAbs: -Infinity, sign: 0 };
  let sum = 0;
  for (let i = 0; i < logAbs.length; i++) if (signs[i] !== 0) sum += signs[i] * Math.exp(logAbs[i] - max);
  if (sum === 0) return { logAbs: -Infinity, sign: 0 };
  return { logAbs: max + Math.log(Math.abs(sum)), sign: Math.sign(sum) };
}
