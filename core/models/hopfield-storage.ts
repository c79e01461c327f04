/**
 * Storing patterns xi^mu in {-1,+1}^N in a Hopfield network's couplings.
 *
 * Hebbian rule (Hopfield 1982):  W = (1/N) sum_mu xi^mu xi^mu^T, with W_ii = 0.
 * Pseudo-inverse (projection) rule (Personnaz, Guyon & Dreyfus 1985; Kanter & Sompolinsky
 * 1987): W = (1/N) Xi^T C^-1 Xi with the overlap matrix C = (1/N) Xi Xi^T, so every pattern
 * is a fixed point for linearly independent patterns (P < N); the diagonal is zeroed too, which
 * keeps W a valid Boltzmann machine and enlarges the basins (Kanter & Sompolinsky 1987).
 *
 * Patterns are P x N, row-major, in an Int8Array.
 */

/** W (N x N, row-major) by the Hebbian rule. */
export function hebbianWeights(patterns: Int8Array, P: number, N: number): Float64Array {
  const W = new Float64Array(N * N);
  for (let mu = 0; mu < P; mu++) {
    const xi = patterns.subarray(mu * N, (mu + 1) * N);
    for (let i = 0; i < N; i++) {
      const xiI = xi[i];
      const row = i * N;
      for (let j = i + 1; j < N; j++) W[row + j] += xiI * xi[j];
    }
  }
  for (let i = 0; i < N; i++) {
    for (let j = i + 1; j < N; j++) {
      const w = W[i * N + j] / N;
      W[i * N + j] = w;
      W[j * N + i] = w;
    }
  }
  return W;
}

/** W (N x N) by the pseudo-inverse rule; throws if the patterns are linearly dependent. */
export function pseudoInverseWeights(patterns: Int8Array, P: number, N: number): Float64Array {
  const C = new Float64Array(P * P);
  for (let mu = 0; mu < P; mu++) {
    for (let nu = mu; nu < P; nu++) {
      let dot = 0;
      for (let i = 0; i < N; i++) dot += patterns[mu * N + i] * patterns[nu * N + i];
      C[mu * P + nu] = C[nu * P + mu] = dot / N;
    }
  }
  // A = C^-1 Xi by Cholesky (C is symmetric positive definite for independent patterns).
  const L = choleskyInPlace(C, P);
  const A = new Float64Array(P * N);
  for (let i = 0; i < N; i++) {
    for (let mu = 0; mu < P; mu++) A[mu * N + i] = patterns[mu * N + i];
  }
  solveCholeskyColumns(L, P, A, N);
  const W = new Float64Array(N * N);
  for (let mu = 0; mu < P; mu++) {
    for (let i = 0; i < N; i++) {
      const x = patterns[mu * N + i] / N;
      const row = i * N;
      for (let j = 0; j < N; j++) W[row + j] += x * A[mu * N + j];
    }
  }
  for (let i = 0; i < N; i++) {
    W[i * N + i] = 0;
    // Symmetrise away rounding so the matrix passes the Boltzmann-machine checks exactly.
    for (let j = i + 1; j < N; j++) W[i * N + j] = W[j * N + i] = 0.5 * (W[i * N + j] + W[j * N + i]);
  }
  return W;
}

/** Lower-triangular L with C = L L^T, overwriting C. */
function choleskyInPlace(C: Float64Array, P: number): Float64Array {
  for (let j = 0; j < P; j++) {
    let d = C[j * P + j];
    for (let k = 0; k < j; k++) d -= C[j * P + k] ** 2;
    if (!(d > 1e-12)) throw new RangeError('pseudo-inverse rule: the patterns are linearly dependent');
    const ljj = Math.sqrt(d);
    C[j * P + j] = ljj;
    for (let i = j + 1; i < P; i++) {
      let s = C[i * P + j];
      for (let k = 0; k < j; k++) s -= C[i * P + k] * C[j * P + k];
      C[i * P + j] = s / ljj;
    }
    for (let k = j + 1; k < P; k++) C[j * P + k] = 0;
  }
  return C;
}

/** B <- (L L^T)^-1 B for B of P rows and `cols` columns, in place. */
function solveCholeskyColumns(L: Float64Array, P: number, B: Float64Array, cols: number): void {
  for (let c = 0; c < cols; c++) {
    for (let i = 0; i < P; i++) {
      let s = B[i * cols + c];
      for (let k = 0; k < i; k++) s -= L[i * P + k] * B[k * cols + c];
      B[i * cols + c] = s / L[i * P + i];
    }
    for (let i = P - 1; i >= 0; i--) {
      let s = B[i * cols + c];
      for (let k = i + 1; k < P; k++) s -= L[k * P + i] * B[k * cols + c];
      B[i * cols + c] = s / L[i * P + i];
    }
  }
}
