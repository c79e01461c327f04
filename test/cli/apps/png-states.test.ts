import { describe, expect, it } from 'vitest';
import { decodePngGray as decodePng } from '../../../cli/png-gray.js';
import { streamRng } from '../../../core/rng/rng.js';
import { pngBytes } from './state-files.js';

describe('decodePngGray on the states ebm compare reads', () => {
  const rng = streamRng(5, 'test.png', 0);
  const width = 7;
  const height = 10; // rows 0..9 use filters 0..4 twice

  // Catches a wrong predictor in any of the five filters (each row uses one).
  it('undoes every scanline filter of a greyscale image', () => {
    const grey = Uint8Array.from({ length: width * height }, () => rng.nextInt(256));
    const image = decodePng(pngBytes(width, height, grey), 'g.png');
    expect([image.width, image.height]).toEqual([width, height]);
    expect(Array.from(image.pixels)).toEqual(Array.from(grey));
  });

  it('turns RGB into BT.601 luma', () => {
    const rgb = Uint8Array.from({ length: width * height * 3 }, () => rng.nextInt(256));
    const image = decodePng(pngBytes(width, height, rgb, 2), 'c.png');
    for (let p = 0; p < width * height; p++) expect(image.pixels[p]).toBe(Math.round((rgb[3 * p] + rgb[3 * p + 1] + rgb[3 * p + 2]) / 3));
  });

  it('refuses palettes, bad signatures and truncated files, naming the file', () => {
    expect(() => decodePng(pngBytes(2, 2, new Uint8Array(4), 3), 'p.png')).toThrow(/p\.png: IHDR: bit depth 8, colour type 3 is not supported/);
    expect(() => decodePng(new Uint8Array([1, 2, 3]), 'x.png')).toThrow(/x\.png: \(png\): not a PNG file/);
    const bytes = pngBytes(4, 4, new Uint8Array(16));
    expect(() => decodePng(bytes.subarray(0, 40), 't.png')).toThrow(/t\.png: /);
  });
});
