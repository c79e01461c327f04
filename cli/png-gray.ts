/**
 * Reading and writing the PNG images `ebm denoise` takes and returns (PNG spec, W3C 2003), with
 * node:zlib for the deflate streams and the chunk CRCs.
 *
 * Decoding covers what binary images come as: 8-bit, non-interlaced, colour types 0 (grey),
 * 2 (RGB), 4 (grey + alpha) and 6 (RGBA), all five scanline filters (sec. 9). Colour becomes
 * grey as the mean of R, G and B; alpha is composited over white. Palette images, other bit
 * depths and interlacing are refused with a message saying how to convert the file.
 * Encoding writes 8-bit greyscale.
 */
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { InputError } from '../core/errors.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Bytes per pixel for each supported colour type. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export interface GrayImage {
  width: number;
  height: number;
  /** One byte per pixel, row-major, 0 = black. */
  pixels: Uint8Array;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && Buffer.from(bytes.subarray(0, 8)).equals(SIGNATURE);
}

/** Decode a PNG file's bytes to grey; `file` names errors. */
export function decodePngGray(bytes: Uint8Array, file: string): GrayImage {
  if (!isPng(bytes)) throw new InputError(file, '(png)', 'not a PNG file (bad signature)');
  const data = Buffer.from(bytes);
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat: Buffer[] = [];
  while (offset + 8 <= data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (body.length !== length) throw new InputError(file, type, 'chunk runs past the end of the file (truncated PNG)');
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      colourType = body[9];
      if (depth !== 8 || CHANNELS[colourType] === undefined) {
        throw new InputError(file, 'IHDR', `bit depth ${depth}, colour type ${colourType} is not supported: save as 8-bit greyscale or RGB (e.g. \`convert IN -depth 8 -colorspace gray OUT.png\`)`);
      }
      if (body[12] !== 0) throw new InputError(file, 'IHDR', 'interlaced PNGs are not supported: save without interlacing');
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (width === 0 || height === 0) throw new InputError(file, 'IHDR', 'missing or empty image header');
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(idat));
  } catch (err) {
    throw new InputError(file, 'IDAT', `corrupt image data: ${(err as Error).message}`);
  }
  const channels = CHANNELS[colourType];
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) throw new InputError(file, 'IDAT', `image data too short for ${width} x ${height}`);
  const rows = unfilter(raw, height, stride, channels, file);
  const pixels = new Uint8Array(width * height);
  for (let p = 0; p < width * height; p++) {
    const at = p * channels;
    let grey: number;
    let alpha = 255;
    if (colourType === 0) grey = rows[at];
    else if (colourType === 4) [grey, alpha] = [rows[at], rows[at + 1]];
    else {
      grey = (rows[at] + rows[at + 1] + rows[at + 2]) / 3;
      if (colourType === 6) alpha = rows[at + 3];
    }
    pixels[p] = Math.round((grey * alpha + 255 * (255 - alpha)) / 255);
  }
  return { width, height, pixels };
}

/** Undo the per-scanline filters (PNG sec. 9.2); returns the rows without filter bytes. */
function unfilter(raw: Buffer, height: number, stride: number, bpp: number, file: string): Uint8Array {
  const out = new Uint8Array(height * stride);
  for (let r = 0; r < height; r++) {
    const filter = raw[r * (stride + 1)];
    const line = raw.subarray(r * (stride + 1) + 1, (r + 1) * (stride + 1));
    const at = r * stride;
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? out[at + i - bpp] : 0;
      const b = r > 0 ? out[at - stride + i] : 0;
      const c = r > 0 && i >= bpp ? out[at - stride + i - bpp] : 0;
      let predictor: number;
      if (filter === 0) predictor = 0;
      else if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) predictor = paeth(a, b, c);
      else throw new InputError(file, 'IDAT', `unknown scanline filter ${filter} in row ${r}`);
      out[at + i] = (line[i] + predictor) & 0xff;
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

/** PNG bytes of an 8-bit greyscale image (filter 0 on every row). */
export function encodePngGray(image: GrayImage): Buffer {
  const { width, height, pixels } = image;
  const raw = Buffer.alloc(height * (width + 1));
  for (let r = 0; r < height; r++) raw.set(pixels.subarray(r * width, (r + 1) * width), r * (width + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth; colour type 0, deflate, filter method 0, no interlace stay 0
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, body: Buffer): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  body.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}
