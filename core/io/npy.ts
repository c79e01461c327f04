/**
 * NumPy's .npy format (NEP 1, "A simple file format for NumPy arrays"), version 1.0, and 2.0
 * only when a header outgrows 65535 bytes:
 *
 *   "\x93NUMPY", major, minor, header length (uint16 LE; uint32 in 2.0),
 *   header = "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }" padded with spaces
 *   and ended by "\n" so that the data starts at a multiple of 64 bytes,
 *   then the data in C order, little-endian.
 *
 * numpy.load, and most tools that read arrays, take it as is. Pure: bytes in, bytes out.
 */
import { InputError } from '../errors.js';

export type NpyData = Float64Array | Float32Array | Int32Array | Int8Array | Uint8Array;

export interface NpyArray {
  /** The dtype string: '<f8', '<f4', '<i4', '|i1' or '|u1'. */
  descr: string;
  shape: number[];
  data: NpyData;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
const ALIGN = 64;

interface DtypeInfo {
  descr: string;
  bytes: number;
  make(length: number): NpyData;
  write(view: DataView, offset: number, value: number): void;
  read(view: DataView, offset: number): number;
}

const DTYPES: readonly DtypeInfo[] = [
  { descr: '<f8', bytes: 8, make: (n) => new Float64Array(n), write: (v, o, x) => v.setFloat64(o, x, true), read: (v, o) => v.getFloat64(o, true) },
  { descr: '<f4', bytes: 4, make: (n) => new Float32Array(n), write: (v, o, x) => v.setFloat32(o, x, true), read: (v, o) => v.getFloat32(o, true) },
  { descr: '<i4', bytes: 4, make: (n) => new Int32Array(n), write: (v, o, x) => v.setInt32(o, x, true), read: (v, o) => v.getInt32(o, true) },
  { descr: '|i1', bytes: 1, make: (n) => new Int8Array(n), write: (v, o, x) => v.setInt8(o, x), read: (v, o) => v.getInt8(o) },
  { descr: '|u1', bytes: 1, make: (n) => new Uint8Array(n), write: (v, o, x) => v.setUint8(o, x), read: (v, o) => v.getUint8(o) },
];

function dtypeOf(data: NpyData): DtypeInfo {
  if (data instanceof Float64Array) return DTYPES[0];
  if (data instanceof Float32Array) return DTYPES[1];
  if (data instanceof Int32Array) return DTYPES[2];
  if (data instanceof Int8Array) return DTYPES[3];
  return DTYPES[4];
}

/** Python's repr of a shape tuple: (), (5,), (2, 3). */
function shapeRepr(shape: readonly number[]): string {
  if (shape.length === 1) return `(${shape[0]},)`;
  return `(${shape.join(', ')})`;
}

/** Encode `data` (C order) with the given shape; the shape's product must equal data.length. */
export function encodeNpy(data: NpyData, shape: readonly number[]): Uint8Array {
  let count = 1;
  for (const n of shape) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`npy: shape entries must be non-negative integers, got ${shape.join(', ')}`);
    count *= n;
  }
  if (count !== data.length) throw new RangeError(`npy: shape (${shape.join(', ')}) holds ${count} values, data has ${data.length}`);
  const dtype = dtypeOf(data);
  const dict = `{'descr': '${dtype.descr}', 'fortran_order': False, 'shape': ${shapeRepr(shape)}, }`;
  let version = 1;
  let prefix = MAGIC.length + 2 + 2;
  let headerLength = Math.ceil((prefix + dict.length + 1) / ALIGN) * ALIGN - prefix;
  if (headerLength > 0xffff) {
    version = 2;
    prefix = MAGIC.length + 2 + 4;
    headerLength = Math.ceil((prefix + dict.length + 1) / ALIGN) * ALIGN - prefix;
  }
  const out = new Uint8Array(prefix + headerLength + data.length * dtype.bytes);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  out[6] = version;
  out[7] = 0;
  if (version === 1) view.setUint16(8, headerLength, true);
  else view.setUint32(8, headerLength, true);
  const header = dict.padEnd(headerLength - 1, ' ') + '\n';
  for (let i = 0; i < header.length; i++) out[prefix + i] = header.charCodeAt(i);
  let offset = prefix + headerLength;
  for (let i = 0; i < data.length; i++, offset += dtype.bytes) dtype.write(view, offset, data[i]);
  return out;
}

/** Decode a C-order .npy of one of the dtypes above; `file` names it in errors. */
export function decodeNpy(bytes: Uint8Array, file = 'npy'): NpyArray {
  for (let i = 0; i < MAGIC.length; i++) {
    if (bytes[i] !== MAGIC[i]) throw new InputError(file, 'magic', 'not an .npy file (no \\x93NUMPY magic)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = bytes[6];
  if (version !== 1 && version !== 2 && version !== 3) throw new InputError(file, 'version', `unsupported .npy version ${version}`);
  const prefix = version === 1 ? 10 : 12;
  const headerLength = version === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  let header = '';
  for (let i = 0; i < headerLength; i++) header += String.fromCharCode(bytes[prefix + i]);
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) throw new InputError(file, 'header', `cannot read the header ${JSON.stringify(header.trim())}`);
  if (fortran === 'True') throw new InputError(file, 'fortran_order', 'Fortran-order arrays are not supported');
  const dtype = DTYPES.find((d) => d.descr === descr || (d.bytes === 1 && d.descr.slice(1) === descr.slice(1)));
  if (!dtype) throw new InputError(file, 'descr', `unsupported dtype ${descr}; expected one of ${DTYPES.map((d) => d.descr).join(', ')}`);
  const shape = shapeText
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map(Number);
  if (shape.some((n) => !Number.isSafeInteger(n) || n < 0)) throw new InputError(file, 'shape', `bad shape (${shapeText})`);
  const count = shape.reduce((a, b) => a * b, 1);
  const start = prefix + headerLength;
  if (bytes.length - start !== count * dtype.bytes) throw new InputError(file, 'data', `expected ${count * dtype.bytes} bytes of data, found ${bytes.length - start}`);
  const data = dtype.make(count);
  for (let i = 0, offset = start; i < count; i++, offset += dtype.bytes) data[i] = dtype.read(view, offset);
  return { descr: dtype.descr, shape, data };
}
