/**
 * A small PNG reader for the states `ebm compare` takes (PNG spec, W3C 2003): 8-bit,
 * non-interlaced greyscale, grey + alpha, RGB or RGBA, all five scanline filters. Colour
 * becomes grey by the BT.601 luma (0.299 R + 0.587 G + 0.114 B); alpha is ignored. Palette,
 * 16-bit, sub-byte depths and interlacing are refused with a message saying so. Lives in cli/
 * because inflating needs node:zlib.
 */
import { inflateSync } from 'node:zlib';
import { InputError } from '../core/errors.js';

export interface GreyImage {
  width: number;
  height: number;
  /** height x width bytes, row-major. */
  pixels: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

export function decodePng(bytes: Uint8Array, file: string): GreyImage {
  if (!isPng(bytes)) throw new InputError(file, 'png', 'not a PNG file (bad signature)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let header: { width: number; height: number; depth: number; colour: number; interlace: number } | undefined;
  const idat: Uint8Array[] = [];
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (data.length !== length) throw new InputError(file, 'png', `truncated in the ${type} chunk`);
    if (type === 'IHDR') header = { width: view.getUint32(offset + 8), height: view.getUint32(offset + 12), depth: data[8], colour: data[9], interlace: data[12] };
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!header) throw new InputError(file, 'png', 'no IHDR chunk');
  const { width, height, depth, colour, interlace } = header;
  const channels = CHANNELS[colour];
  if (channels === undefined || depth !== 8) throw new InputError(file, 'png', `colour type ${colour} at ${depth} bits is not supported; save as 8-bit greyscale or RGB(A)`);
  if (interlace !== 0) throw new InputError(file, 'png', 'interlaced PNGs are not supported; save without interlacing');
  let raw: Uint8Array;
  try {
    raw = inflateSync(Buffer.concat(idat));
  } catch (err) {
    throw new InputError(file, 'png', `corrupt image data: ${(err as Error).message}`);
  }
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) throw new InputError(file, 'png', `image data too short for ${width} x ${height}`);
  const rows = unfilter(raw, height, stride, channels, file);
  const pixels = new Uint8Array(width * height);
  for (let p = 0; p < width * height; p++) {
    const at = p * channels;
    pixels[p] = channels <= 2 ? rows[at] : Math.round(0.299 * rows[at] + 0.587 * rows[at + 1] + 0.114 * rows[at + 2]);
  }
  return { width, height, pixels };
}

/** Undo the per-scanline filters (None, Sub, Up, Average, Paeth). */
function unfilter(raw: Uint8Array, height: number, stride: number, bpp: number, file: string): Uint8Array {
  const out = new Uint8Array(height * stride);
  for (let r = 0; r < height; r++) {
    const filter = raw[r * (stride + 1)];
    const src = r * (stride + 1) + 1;
    const row = r * stride;
    for (let i = 0; i < stride; i++) {
      const x = raw[src + i];
      const a = i >= bpp ? out[row + i - bpp] : 0;
      const b = r > 0 ? out[row - stride + i] : 0;
      const c = i >= bpp && r > 0 ? out[row - stride + i - bpp] : 0;
      let predictor: number;
      if (filter === 0) predictor = 0;
      else if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) predictor = paeth(a, b, c);
      else throw new InputError(file, 'png', `unknown scanline filter ${filter} in row ${r}`);
      out[row + i] = (x + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
