/** The PNG reader of `ebm denoise`: round trips, RGB and alpha, every scanline filter, bad files. */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePngGray, encodePngGray } from '../../cli/png-gray.js';
import { InputError } from '../../core/errors.js';

/** A PNG built by hand: 8-bit, the given colour type, rows already filtered (filter byte first). */
function handMadePng(width: number, height: number, colourType: number, filteredRows: number[][]): Buffer {
  const encoded = encodePngGray({ width, height, pixels: new Uint8Array(width * height) });
  // Reuse the encoder's chunk framing by swapping IHDR's colour type and the IDAT payload.
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = colourType;
  const chunk = (type: string, body: Buffer) => {
    const out = Buffer.alloc(12 + body.length);
    out.writeUInt32BE(body.length, 0);
    out.write(type, 4, 'latin1');
    body.copy(out, 8);
    return out; // the decoder does not check CRCs
  };
  return Buffer.concat([encoded.subarray(0, 8), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from(filteredRows.flat()))), chunk('IEND', Buffer.alloc(0))]);
}

describe('PNG greyscale reader', () => {
  it('round-trips an 8-bit grey image through the encoder', () => {
    const pixels = Uint8Array.from({ length: 35 }, (_, i) => (i * 37) & 0xff);
    const decoded = decodePngGray(encodePngGray({ width: 7, height: 5, pixels }), 'x.png');
    expect(decoded).toEqual({ width: 7, height: 5, pixels });
  });

  it('undoes Sub, Up, Average and Paeth filters on an RGB image and averages the channels', () => {
    // Target: 2 x 4 RGB, pixel (r, c) = grey g with R = G = B = g.
    const grey = [
      [10, 200],
      [30, 60],
      [90, 90],
      [250, 0],
    ];
    const raw = grey.map((row) => row.flatMap((g) => [g, g, g]));
    const filtered = raw.map((line, r) => {
      const filter = [1, 2, 3, 4][r];
      const prev = r > 0 ? raw[r - 1] : line.map(() => 0);
      return [
        filter,
        ...line.map((x, i) => {
          const a = i >= 3 ? line[i - 3] : 0;
          const b = prev[i];
          const c = i >= 3 ? prev[i - 3] : 0;
          const p = a + b - c;
          const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
          const predictor = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth;
          return (x - predictor) & 0xff;
        }),
      ];
    });
    const decoded = decodePngGray(handMadePng(2, 4, 2, filtered), 'rgb.png');
    expect(Array.from(decoded.pixels)).toEqual(grey.flat());
  });

  it('composites grey + alpha over white', () => {
    const decoded = decodePngGray(handMadePng(2, 1, 4, [[0, 0, 255, 0, 0]]), 'ga.png');
    expect(Array.from(decoded.pixels)).toEqual([0, 255]);
  });

  it('refuses non-PNGs and palette images with an input error naming the file', () => {
    expect(() => decodePngGray(Buffer.from('not a png at all'), 'a.txt')).toThrow(InputError);
    expect(() => decodePngGray(handMadePng(1, 1, 3, [[0, 0]]), 'p.png')).toThrow(/p\.png: IHDR: bit depth 8, colour type 3 is not supported/);
  });
});
