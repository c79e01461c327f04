/**
 * Exact enumeration of a small Ising torus for the PT tests: every state's energy, the
 * distinct energy levels with their counts, and exact tempered quantities from them.
 * Written here (not in core) so the tests check the PT code against an independent route.
 */
export interface IsingEnumeration {
  N: number;
  /** energies[s] for the state whose bit k is spin k (1 -> +1, 0 -> -1). */
  energies: Float64Array;
  levels: number[];
  counts: number[];
}

export function enumerateIsing(rows: number, cols: number, J = 1, h = 0): IsingEnumeration {
  const N = rows * cols;
  const energies = new Float64Array(2 ** N);
  const byLevel = new Map<number, number>();
  for (let s = 0; s < 2 ** N; s++) {
    const spin = (k: number) => ((s >> k) & 1 ? 1 : -1);
    let bonds = 0;
    let mag = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const x = spin(r * cols + c);
        bonds += x * (spin(r * cols + ((c + 1) % cols)) + spin(((r + 1) % rows) * cols + c));
        mag += x;
      }
    }
    const E = -J * bonds - h * mag;
    energies[s] = E;
    byLevel.set(E, (byLevel.get(E) ?? 0) + 1);
  }
  const levels = [...byLevel.keys()].sort((a, b) => a - b);
  return { N, energies, levels, counts: levels.map((E) => byLevel.get(E) as number) };
}

/** log Z at inverse temperature betaEff (log sum_E g(E) exp(-betaEff E)). */
export function exactLogZ(e: IsingEnumeration, betaEff: number): number {
  const terms = e.levels.map((E, k) => Math.log(e.counts[k]) - betaEff * E);
  const max = Math.max(...terms);
  return max + Math.log(terms.reduce((s, t) => s + Math.exp(t - max), 0));
}

/** Probabilities of the energy levels at betaEff. */
export function levelProbabilities(e: IsingEnumeration, betaEff: number): number[] {
  const logZ = exactLogZ(e, betaEff);
  return e.levels.map((E, k) => e.counts[k] * Math.exp(-betaEff * E - logZ));
}

/**
 * Exact mean swap acceptance between x ~ pi_{b1}, y ~ pi_{b2} for tempering l = -beta E:
 * E[min(1, exp((b2 - b1) beta (E(y) - E(x))))], since l(x) - l(y) = beta (E(y) - E(x)) (Syed et al. 2021, the quantity r = 1 - this).
 */
export function exactSwapAcceptance(e: IsingEnumeration, beta: number, b1: number, b2: number): number {
  const p1 = levelProbabilities(e, b1 * beta);
  const p2 = levelProbabilities(e, b2 * beta);
  let acceptance = 0;
  for (let i = 0; i < e.levels.length; i++) {
    for (let j = 0; j < e.levels.length; j++) {
      acceptance += p1[i] * p2[j] * Math.min(1, Math.exp((b2 - b1) * beta * (e.levels[j] - e.levels[i])));
    }
  }
  return acceptance;
}

/**
 * The local communication barrier lambda(b) = E|l(X) - l(X')| / 2 for X, X' iid pi_b
 * (Syed et al. 2021, Theorem 3), integrated over [0, 1] by Simpson's rule: the global barrier.
 */
export function exactGlobalBarrier(e: IsingEnumeration, beta: number, intervals = 400): number {
  const lambda = (b: number) => {
    const p = levelProbabilities(e, b * beta);
    let s = 0;
    for (let i = 0; i < p.length; i++) for (let j = 0; j < p.length; j++) s += p[i] * p[j] * Math.abs(beta * (e.levels[i] - e.levels[j]));
    return s / 2;
  };
  const h = 1 / intervals;
  let sum = lambda(0) + lambda(1);
  for (let k = 1; k < intervals; k++) sum += (k % 2 ? 4 : 2) * lambda(k * h);
  return (sum * h) / 3;
}
