/**
 * Chain states whose bytes take only two values (spins +-1, bits 0/1: Ising, RBM and
 * Boltzmann machine states) packed eight to a byte for the wire: a PT copy of 32 replicas of
 * 64x64 spins is 16 kB instead of 131 kB in every checkpoint round, placement and run-folder
 * checkpoint. Lossless; states with a third value, or of unequal lengths, stay as they are.
 */

export interface PackedTwoValued {
  /** States packed, each `length` bytes. */
  count: number;
  length: number;
  /** The byte a clear bit stands for, and a set one. */
  low: number;
  high: number;
  /** Per state ceil(length / 8) bytes, bit i % 8 of byte i / 8 (least significant first). */
  bits: Uint8Array;
}

/** The states packed, or undefined when their bytes take more than two values (or lengths differ). */
export function packTwoValued(states: readonly Uint8Array[]): PackedTwoValued | undefined {
  if (states.length === 0) return undefined;
  const length = states[0].length;
  let low = -1;
  let high = -1;
  for (const state of states) {
    if (state.length !== length) return undefined;
    for (let i = 0; i < length; i++) {
      const b = state[i];
      if (b === low || b === high) continue;
      if (low < 0) low = b;
      else if (high < 0) high = b;
      else return undefined;
    }
  }
  if (low > high) [low, high] = [high, low]; // one value (high = -1): it is `high`; low gets 0
  if (low < 0) low = 0;
  const stride = Math.ceil(length / 8);
  const bits = new Uint8Array(states.length * stride);
  states.forEach((state, s) => {
    const base = s * stride;
    for (let i = 0; i < length; i++) if (state[i] === high) bits[base + (i >> 3)] |= 1 << (i & 7);
  });
  return { count: states.length, length, low, high, bits };
}

export function unpackTwoValued(packed: PackedTwoValued): Uint8Array[] {
  const { count, length, low, high, bits } = packed;
  const stride = Math.ceil(length / 8);
  if (length === 0 ? count !== 0 : bits.length !== count * stride) throw new RangeError(`packed states: ${bits.length} bytes of bits for ${count} states of ${length} bytes`);
  const out: Uint8Array[] = [];
  for (let s = 0; s < count; s++) {
    const state = new Uint8Array(length);
    const base = s * stride;
    for (let i = 0; i < length; i++) state[i] = (bits[base + (i >> 3)] >> (i & 7)) & 1 ? high : low;
    out.push(state);
  }
  return out;
}
