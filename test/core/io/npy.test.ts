/**
 * The NPY encoder against files numpy itself wrote (numpy 2.4.6, np.save), byte for byte, and
 * round trips through the decoder for every dtype and shape rank.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../core/errors.js';
import { decodeNpy, encodeNpy, type NpyData } from '../../../core/io/npy.js';

/** base64 of np.save output for small arrays, generated once with numpy 2.4.6. */
const NUMPY_FILES: { what: string; data: NpyData; shape: number[]; base64: string }[] = [
  {
    what: "np.arange(6, dtype='<f8').reshape(2, 3)",
    data: Float64Array.from([0, 1, 2, 3, 4, 5]),
    shape: [2, 3],
    base64:
      'k05VTVBZAQB2AHsnZGVzY3InOiAnPGY4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDMpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAAAAAAAAAAAAAPA/AAAAAAAAAEAAAAAAAAAIQAAAAAAAABBAAAAAAAAAFEA=',
  },
  {
    what: "np.array([-1, 1, 1, -1, 0], dtype='i1')",
    data: Int8Array.from([-1, 1, 1, -1, 0]),
    shape: [5],
    base64:
      'k05VTVBZAQB2AHsnZGVzY3InOiAnfGkxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDUsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAr/AQH/AA==',
  },
  {
    what: 'np.array(3.5)',
    data: Float64Array.from([3.5]),
    shape: [],
    base64:
      'k05VTVBZAQB2AHsnZGVzY3InOiAnPGY4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAAAMQA==',
  },
  {
    what: "np.arange(4, dtype='<i4')",
    data: Int32Array.from([0, 1, 2, 3]),
    shape: [4],
    base64:
      'k05VTVBZAQB2AHsnZGVzY3InOiAnPGk0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDQsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAQAAAAIAAAADAAAA',
  },
  {
    what: "np.array([0, 255, 7], dtype='u1')",
    data: Uint8Array.from([0, 255, 7]),
    shape: [3],
    base64:
      'k05VTVBZAQB2AHsnZGVzY3InOiAnfHUxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDMsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoA/wc=',
  },
];

describe('encodeNpy', () => {
  for (const f of NUMPY_FILES) {
    it(`writes ${f.what} exactly as numpy does`, () => {
      expect(Buffer.from(encodeNpy(f.data, f.shape)).toString('base64')).toBe(f.base64);
    });
  }

  it('aligns the data to 64 bytes and ends the header with a newline, for long shapes too', () => {
    const shape = [1, 2, 3, 1, 2, 3, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    const bytes = encodeNpy(new Float32Array(72), shape);
    const headerLength = bytes[8] + 256 * bytes[9];
    expect((10 + headerLength) % 64).toBe(0);
    expect(bytes[10 + headerLength - 1]).toBe(0x0a);
    expect(decodeNpy(bytes).shape).toEqual(shape);
  });

  it('refuses a shape that does not match the data', () => {
    expect(() => encodeNpy(new Float64Array(5), [2, 3])).toThrow(/holds 6 values/);
    expect(() => encodeNpy(new Float64Array(0), [-1])).toThrow(RangeError);
  });
});

describe('decodeNpy', () => {
  it('reads numpy files back', () => {
    for (const f of NUMPY_FILES) {
      const decoded = decodeNpy(new Uint8Array(Buffer.from(f.base64, 'base64')));
      expect(decoded.shape).toEqual(f.shape);
      expect(decoded.data).toEqual(f.data);
    }
  });

  it('round-trips non-finite and extreme float64 values bit for bit', () => {
    const data = Float64Array.from([Number.NaN, Infinity, -Infinity, -0, 5e-324, Number.MAX_VALUE, Math.PI]);
    const back = decodeNpy(encodeNpy(data, [7])).data as Float64Array;
    expect(new Uint8Array(back.buffer)).toEqual(new Uint8Array(data.buffer));
  });

  it('names the file and field of a bad input', () => {
    const bytes = encodeNpy(new Float64Array(3), [3]);
    expect(() => decodeNpy(bytes.subarray(0, bytes.length - 1), 'x.npy')).toThrow(InputError);
    expect(() => decodeNpy(bytes.subarray(0, bytes.length - 1), 'x.npy')).toThrow(/^x\.npy: data:/);
    expect(() => decodeNpy(new Uint8Array(16), 'y.npy')).toThrow(/^y\.npy: magic:/);
  });
});
