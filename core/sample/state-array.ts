/**
 * Sample data as plain bytes and back, for the wire (SampleResult in proto/ebm.proto): the
 * series observable-major then chain then draw, the states with their element type named.
 * Little-endian whatever the host, as DESIGN.md asks of numbers on the wire.
 */
import type { StateArray } from './sample-unit.js';

export type StateType = 'int8' | 'uint8' | 'float64';

export function stateTypeOf(states: StateArray): StateType {
  if (states instanceof Int8Array) return 'int8';
  if (states instanceof Uint8Array) return 'uint8';
  return 'float64';
}

/** The states' bytes (a copy; float64 little-endian). */
export function stateBytes(states: StateArray): Uint8Array {
  if (!(states instanceof Float64Array)) return new Uint8Array(states.buffer.slice(states.byteOffset, states.byteOffset + states.byteLength));
  return float64ToBytes(states);
}

export function statesFromBytes(type: StateType, bytes: Uint8Array): StateArray {
  if (type === 'int8') return new Int8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (type === 'uint8') return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (type === 'float64') return bytesToFloat64(bytes);
  throw new RangeError(`unknown state type ${String(type)}`);
}

/** Every observable's series, one after another, as little-endian float64 bytes. */
export function seriesBytes(series: readonly Float64Array[]): Uint8Array {
  const total = series.reduce((n, s) => n + s.length, 0);
  const flat = new Float64Array(total);
  let offset = 0;
  for (const s of series) {
    flat.set(s, offset);
    offset += s.length;
  }
  return float64ToBytes(flat);
}

/** The inverse of seriesBytes for `count` observables of equal length. */
export function seriesFromBytes(bytes: Uint8Array, count: number): Float64Array[] {
  const flat = bytesToFloat64(bytes);
  if (count === 0) return [];
  if (flat.length % count !== 0) throw new RangeError(`${flat.length} values do not split into ${count} observables`);
  const each = flat.length / count;
  return Array.from({ length: count }, (_, k) => flat.slice(k * each, (k + 1) * each));
}

function float64ToBytes(values: Float64Array): Uint8Array {
  const out = new Uint8Array(values.length * 8);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat64(i * 8, values[i], true);
  return out;
}

function bytesToFloat64(bytes: Uint8Array): Float64Array {
  if (bytes.length % 8 !== 0) throw new RangeError(`float64 data must be a multiple of 8 bytes, got ${bytes.length}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float64Array(bytes.length / 8);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat64(i * 8, true);
  return out;
}
