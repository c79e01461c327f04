/** Files the compare / score tests write: models, PNGs (every scanline filter), IDX images. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

export function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * PNG bytes (8-bit; colour 0 grey, 2 RGB, 3 palette-typed for refusal tests) with row r
 * filtered by filter r % 5, so a reader must undo all five. CRCs are left zero: the reader
 * under test does not check them, and the test is about the pixels.
 */
export function pngBytes(width: number, height: number, samples: Uint8Array, colour = 0): Uint8Array {
  const channels = colour === 2 ? 3 : 1;
  const stride = width * channels;
  const raw = new Uint8Array(height * (stride + 1));
  for (let r = 0; r < height; r++) {
    const filter = r % 5;
    raw[r * (stride + 1)] = filter;
    for (let i = 0; i < stride; i++) {
      const x = samples[r * stride + i];
      const a = i >= channels ? samples[r * stride + i - channels] : 0;
      const b = r > 0 ? samples[(r - 1) * stride + i] : 0;
      const c = i >= channels && r > 0 ? samples[(r - 1) * stride + i - channels] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      raw[r * (stride + 1) + 1 + i] = (x - predictor) & 0xff;
    }
  }
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    new DataView(out.buffer).setUint32(0, data.length);
    for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
    out.set(data, 8);
    return out;
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, width);
  new DataView(ihdr.buffer).setUint32(4, height);
  ihdr[8] = 8;
  ihdr[9] = colour;
  const parts = [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))];
  return Buffer.concat(parts);
}
