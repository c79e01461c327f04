/**
 * The generated wire types, re-exported under short names, and the conversions between
 * typed arrays and the `bytes` fields that carry them (little-endian).
 */
import { ebm } from './generated/ebm.js';

export const UnitRequest = ebm.v1.UnitRequest;
export type UnitRequest = ebm.v1.UnitRequest;
export const UnitResult = ebm.v1.UnitResult;
export type UnitResult = ebm.v1.UnitResult;
export type AisUnit = ebm.v1.AisUnit;
export type AisResult = ebm.v1.AisResult;
export type PtUnit = ebm.v1.PtUnit;
export const wire = ebm.v1;

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Bytes of a Float64Array (a view when possible: the caller must not reuse the array). */
export function float64Bytes(values: Float64Array): Uint8Array {
  if (!littleEndian) {
    const out = new Uint8Array(values.length * 8);
    const view = new DataView(out.buffer);
    for (let i = 0; i < values.length; i++) view.setFloat64(i * 8, values[i], true);
    return out;
  }
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}

/** A Float64Array over received bytes: a view when aligned, a copy otherwise. */
export function bytesFloat64(bytes: Uint8Array | null | undefined): Float64Array {
  if (!bytes || bytes.length === 0) return new Float64Array(0);
  if (bytes.length % 8 !== 0) throw new RangeError(`float64 field has ${bytes.length} bytes, not a multiple of 8`);
  if (littleEndian && bytes.byteOffset % 8 === 0) return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.length / 8);
  const out = new Float64Array(bytes.length / 8);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat64(i * 8, true);
  return out;
}

export function int32Bytes(values: Int32Array): Uint8Array {
  if (!littleEndian) {
    const out = new Uint8Array(values.length * 4);
    const view = new DataView(out.buffer);
    for (let i = 0; i < values.length; i++) view.setInt32(i * 4, values[i], true);
    return out;
  }
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}

export function bytesInt32(bytes: Uint8Array | null | undefined): Int32Array {
  if (!bytes || bytes.length === 0) return new Int32Array(0);
  if (bytes.length % 4 !== 0) throw new RangeError(`int32 field has ${bytes.length} bytes, not a multiple of 4`);
  if (littleEndian && bytes.byteOffset % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  const out = new Int32Array(bytes.length / 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++) out[i] = view.getInt32(i * 4, true);
  return out;
}
