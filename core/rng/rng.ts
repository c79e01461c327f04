/**
 * Seedable random streams in 32-bit arithmetic.
 *
 * The generator is xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number
 * generators", 2021): four 32-bit words of state, period 2^128 - 1, fast in JavaScript because
 * every step is 32-bit integer work. Its whole state lives in a Uint32Array so that a chain's
 * stream can be checkpointed, shipped, or kept in a SharedArrayBuffer.
 *
 * Determinism (DESIGN.md): every stochastic unit draws from its own stream, derived from
 * (seed, purpose, unit id) by `streamRng`, never from the worker that happens to run it.
 */

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;
const TWO_POW_MINUS_53 = 1.1102230246251565e-16;

/** A 32-bit finaliser (the murmur3 / "lowbias32" style avalanche): spreads every input bit. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over the UTF-16 code units of a string: names a purpose as a 32-bit key. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  /** s[0..3]: the generator state, owned by this object (or a view into shared memory). */
  readonly s: Uint32Array;

  constructor(state: Uint32Array) {
    if (state.length !== 4) throw new RangeError('Rng state must be 4 words');
    if ((state[0] | state[1] | state[2] | state[3]) === 0) throw new RangeError('Rng state must not be all zero');
    this.s = state;
  }

  /** The next 32-bit unsigned integer. */
  nextU32(): number {
    const s = this.s;
    const s0 = s[0], s1 = s[1], s2 = s[2], s3 = s[3];
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    s[1] = s1 ^ n2;
    s[0] = s0 ^ n3;
    s[2] = n2 ^ t;
    s[3] = (n3 << 11) | (n3 >>> 21);
    return result;
  }

  /** Uniform in [0, 1) on a grid of 2^-32: enough for acceptance tests. */
  nextFloat(): number {
    return this.nextU32() * TWO_POW_MINUS_32;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  nextDouble(): number {
    const hi = this.nextU32() >>> 5;
    const lo = this.nextU32() >>> 6;
    return (hi * 67108864 + lo) * TWO_POW_MINUS_53;
  }

  /** Uniform integer in [0, n), 1 <= n <= 2^32: rejection keeps it exactly uniform. */
  nextInt(n: number): number {
    const limit = Math.floor(4294967296 / n) * n;
    let x = this.nextU32();
    while (x >= limit) x = this.nextU32();
    return x % n;
  }

  /** Standard normal by Box-Muller (no cached spare, so the state alone is the stream). */
  nextGaussian(): number {
    let u = this.nextDouble();
    while (u === 0) u = this.nextDouble();
    const v = this.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A copy of the state, for checkpoints. */
  saveState(): Uint32Array {
    return Uint32Array.from(this.s);
  }

  restoreState(state: ArrayLike<number>): void {
    for (let i = 0; i < 4; i++) this.s[i] = state[i] >>> 0;
  }
}

/**
 * The stream for one stochastic unit: a function of (seed, purpose, unit id) only.
 * `seed` and `unitId` are integers in [0, 2^53); `purpose` names what the stream is for
 * ("ais.chain", "pt.swap", ...), so two uses of one unit id never share draws.
 */
export function streamRng(seed: number, purpose: string, unitId: number): Rng {
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed must be a non-negative integer, got ${seed}`);
  if (!Number.isSafeInteger(unitId) || unitId < 0) throw new RangeError(`unit id must be a non-negative integer, got ${unitId}`);
  let h = mix32(hashString(purpose) ^ 0x5bd1e995);
  for (const word of [seed >>> 0, Math.floor(seed / 4294967296), unitId >>> 0, Math.floor(unitId / 4294967296)]) {
    h = mix32((h ^ word) + 0x9e3779b9);
  }
  const state = new Uint32Array(4);
  for (let i = 0; i < 4; i++) {
    h = mix32(h + 0x9e3779b9);
    state[i] = h;
  }
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  const rng = new Rng(state);
  // Discard a few outputs so that nearby keys decorrelate fully before use.
  for (let i = 0; i < 8; i++) rng.nextU32();
  return rng;
}
