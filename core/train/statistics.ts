/**
 * The sufficient statistics of an RBM's log-likelihood gradient (Tieleman 2008; ALGORITHMS.md):
 *   dL/dW = <v P(h|v)^T>_data - <v h^T>_model,  dL/db = <v>_data - <v>_model,
 *   dL/dc = <P(h|v)>_data - <h>_model.
 * Kept as SUMS over rows, not means, so that shards of a minibatch add up exactly and the
 * coordinator divides once, after summing the shards in shard order.
 */
export interface Statistics {
  /** nv x nh, row-major: sum over rows of v_i P(h_j = 1 | v). */
  w: Float64Array;
  /** nv: sum over rows of v_i. */
  b: Float64Array;
  /** nh: sum over rows of P(h_j = 1 | v). */
  c: Float64Array;
  /** How many rows were summed. */
  rows: number;
}

export function emptyStatistics(nv: number, nh: number): Statistics {
  return { w: new Float64Array(nv * nh), b: new Float64Array(nv), c: new Float64Array(nh), rows: 0 };
}

/** `into += from`, element by element (the shard-order reduction). */
export function addStatistics(into: Statistics, from: Statistics): void {
  addInto(into.w, from.w);
  addInto(into.b, from.b);
  addInto(into.c, from.c);
  into.rows += from.rows;
}

function addInto(a: Float64Array, b: Float64Array): void {
  if (a.length !== b.length) throw new RangeError(`statistics of length ${b.length} added to ${a.length}`);
  for (let i = 0; i < a.length; i++) a[i] += b[i];
}

/** The gradient estimate: positive means minus negative means (the ascent direction). */
export interface Gradient {
  w: Float64Array;
  b: Float64Array;
  c: Float64Array;
}

export function gradientFromStatistics(positive: Statistics, negative: Statistics): Gradient {
  const sp = 1 / positive.rows;
  const sn = 1 / negative.rows;
  const diff = (p: Float64Array, n: Float64Array) => {
    const out = new Float64Array(p.length);
    for (let i = 0; i < p.length; i++) out[i] = p[i] * sp - n[i] * sn;
    return out;
  };
  return { w: diff(positive.w, negative.w), b: diff(positive.b, negative.b), c: diff(positive.c, negative.c) };
}

/** The first NaN or infinity in a gradient, named, or undefined when all are finite. */
export function firstNonFiniteGradient(g: Gradient): string | undefined {
  for (const [name, arr] of [['W', g.w], ['b', g.b], ['c', g.c]] as const) {
    for (let i = 0; i < arr.length; i++) if (!Number.isFinite(arr[i])) return `d${name}[${i}] = ${arr[i]}`;
  }
  return undefined;
}
