/**
 * A pairwise spin model's couplings as a symmetric adjacency in CSR form (compressed sparse
 * rows): the neighbours of spin i are neighbour[start[i] .. start[i+1]), with the coupling of
 * each pair. Repeated pairs in the input are merged by adding their couplings, so every
 * neighbour appears once and a local field costs O(degree).
 */
export interface SpinGraph {
  readonly n: number;
  readonly start: Int32Array;
  readonly neighbour: Int32Array;
  readonly coupling: Float64Array;
}

/** Build the graph; couplings must name distinct spins in [0, n) (callers validate first). */
export function buildSpinGraph(n: number, couplings: ReadonlyArray<readonly [number, number, number]>): SpinGraph {
  const merged = new Map<number, number>();
  for (const [i, j, K] of couplings) {
    if (!(Number.isInteger(i) && Number.isInteger(j) && i >= 0 && j >= 0 && i < n && j < n && i !== j)) {
      throw new RangeError(`coupling (${i}, ${j}) is not a pair of distinct spins in [0, ${n})`);
    }
    const key = Math.min(i, j) * n + Math.max(i, j);
    merged.set(key, (merged.get(key) ?? 0) + K);
  }
  const degree = new Int32Array(n);
  for (const key of merged.keys()) {
    degree[Math.floor(key / n)]++;
    degree[key % n]++;
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i] + degree[i];
  const fill = start.slice(0, n);
  const neighbour = new Int32Array(start[n]);
  const coupling = new Float64Array(start[n]);
  // Map iteration follows insertion order, so the layout is a function of the input alone.
  for (const [key, K] of merged) {
    const i = Math.floor(key / n);
    const j = key % n;
    neighbour[fill[i]] = j;
    coupling[fill[i]++] = K;
    neighbour[fill[j]] = i;
    coupling[fill[j]++] = K;
  }
  return { n, start, neighbour, coupling };
}

/** sum over pairs of K s_i s_j (each pair once) for the spins at spins[base .. base + n). */
export function pairSum(graph: SpinGraph, spins: ArrayLike<number>, base: number): number {
  const { n, start, neighbour, coupling } = graph;
  let total = 0;
  for (let i = 0; i < n; i++) {
    let f = 0;
    for (let e = start[i]; e < start[i + 1]; e++) f += coupling[e] * spins[base + neighbour[e]];
    total += spins[base + i] * f;
  }
  return total / 2;
}
