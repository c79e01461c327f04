/**
 * The IDX format of MNIST and Fashion-MNIST (LeCun et al.): a 4-byte magic number
 * 0x00 0x00 TYPE NDIMS, NDIMS big-endian 32-bit sizes, then the values in row-major order.
 * Only unsigned bytes (TYPE 0x08) occur in these data sets: images are 0x00000803
 * (count x rows x cols), labels 0x00000801 (count). Pure: callers read (and gunzip) the file
 * and pass its bytes and its name, which every error names.
 */
import { InputError } from '../errors.js';
import type { ImageSet } from './dataset.js';

export const IDX_IMAGES_MAGIC = 0x00000803;
export const IDX_LABELS_MAGIC = 0x00000801;

export interface IdxArray {
  magic: number;
  dims: number[];
  data: Uint8Array;
}

function hex(x: number): string {
  return `0x${x.toString(16).padStart(8, '0')}`;
}

/** Parse an unsigned-byte IDX file whose magic number must be `expectedMagic`. */
export function parseIdx(bytes: Uint8Array, file: string, expectedMagic: number): IdxArray {
  if (bytes.length < 4) throw new InputError(file, 'header', `truncated: ${bytes.length} bytes, too short for an IDX magic number`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0, false);
  if (magic !== expectedMagic) {
    const what = expectedMagic === IDX_IMAGES_MAGIC ? 'IDX images (unsigned bytes, 3 dimensions)' : expectedMagic === IDX_LABELS_MAGIC ? 'IDX labels (unsigned bytes, 1 dimension)' : 'IDX';
    throw new InputError(file, 'magic', `wrong magic number ${hex(magic)}, expected ${hex(expectedMagic)} for ${what}`);
  }
  const ndims = magic & 0xff;
  const headerBytes = 4 + 4 * ndims;
  if (bytes.length < headerBytes) throw new InputError(file, 'header', `truncated: ${bytes.length} bytes, the header of ${ndims} dimensions needs ${headerBytes}`);
  const dims: number[] = [];
  let total = 1;
  for (let d = 0; d < ndims; d++) {
    const n = view.getUint32(4 + 4 * d, false);
    dims.push(n);
    total *= n;
  }
  const available = bytes.length - headerBytes;
  if (available < total) throw new InputError(file, 'data', `truncated: dimensions ${dims.join(' x ')} need ${total} bytes of data, the file has ${available}`);
  if (available > total) throw new InputError(file, 'data', `${available - total} bytes after the ${dims.join(' x ')} values: not an IDX file of these dimensions`);
  return { magic, dims, data: bytes.subarray(headerBytes, headerBytes + total) };
}

/** Images; with `expect`, their size must be exactly expect.height x expect.width. */
export function parseIdxImages(bytes: Uint8Array, file: string, expect?: { height: number; width: number }): ImageSet {
  const { dims, data } = parseIdx(bytes, file, IDX_IMAGES_MAGIC);
  const [count, height, width] = dims;
  if (expect && (height !== expect.height || width !== expect.width)) {
    throw new InputError(file, 'dimensions', `wrong image size ${height} x ${width}, expected ${expect.height} x ${expect.width}`);
  }
  return { count, height, width, pixels: data };
}

/** Labels, one byte per example. */
export function parseIdxLabels(bytes: Uint8Array, file: string): Uint8Array {
  return parseIdx(bytes, file, IDX_LABELS_MAGIC).data;
}

/** The bytes of an IDX file holding `dims` with the given values (for tests and exports). */
export function encodeIdx(magic: number, dims: number[], values: Uint8Array): Uint8Array {
  const headerBytes = 4 + 4 * dims.length;
  const out = new Uint8Array(headerBytes + values.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, magic, false);
  dims.forEach((n, d) => view.setUint32(4 + 4 * d, n, false));
  out.set(values, headerBytes);
  return out;
}
