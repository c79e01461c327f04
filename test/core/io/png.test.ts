/**
 * The PNG encoder, checked by an independent reader: node's zlib inflates the IDAT stream
 * (so the stored deflate blocks and Adler-32 must be right) and computes each chunk's CRC-32.
 */
import { crc32 as nodeCrc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adler32, crc32 } from '../../../core/io/checksums.js';
import { imageGrid } from '../../../core/io/image-grid.js';
import { encodePngGray8 } from '../../../core/io/png.js';

interface Chunk {
  type: string;
  data: Buffer;
  crc: number;
}

function readChunks(png: Uint8Array): Chunk[] {
  const buf = Buffer.from(png);
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: Chunk[] = [];
  for (let offset = 8; offset < buf.length; ) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('latin1', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    const crc = buf.readUInt32BE(offset + 8 + length);
    expect(crc).toBe(nodeCrc32(buf.subarray(offset + 4, offset + 8 + length)));
    chunks.push({ type, data, crc });
    offset += 12 + length;
  }
  return chunks;
}

function decodeGray8(png: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  const chunks = readChunks(png);
  expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const ihdr = chunks[0].data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  expect([...ihdr.subarray(8)]).toEqual([8, 0, 0, 0, 0]);
  const raw = inflateSync(chunks[1].data);
  expect(raw.length).toBe(height * (width + 1));
  const pixels = new Uint8Array(width * height);
  for (let r = 0; r < height; r++) {
    expect(raw[r * (width + 1)]).toBe(0); // filter type None
    pixels.set(raw.subarray(r * (width + 1) + 1, (r + 1) * (width + 1)), r * width);
  }
  return { width, height, pixels };
}

describe('checksums', () => {
  it('match the published check values', () => {
    const text = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(adler32(text('Wikipedia'))).toBe(0x11e60398);
    const big = new Uint8Array(200_000).map((_, i) => (i * 7919) & 0xff);
    expect(crc32(big)).toBe(nodeCrc32(big));
  });
});

describe('encodePngGray8', () => {
  it('gives the same pixels back through an independent inflater', () => {
    const pixels = new Uint8Array(7 * 5).map((_, i) => (i * 37) & 0xff);
    expect(decodeGray8(encodePngGray8(7, 5, pixels))).toEqual({ width: 7, height: 5, pixels });
  });

  it('splits data over several stored blocks past 64 KiB', () => {
    const width = 300;
    const height = 400; // 120 400 bytes of scanlines: two stored blocks
    const pixels = new Uint8Array(width * height).map((_, i) => (i * 13 + (i >> 9)) & 0xff);
    const back = decodeGray8(encodePngGray8(width, height, pixels)).pixels;
    expect(Buffer.from(back).equals(Buffer.from(pixels))).toBe(true);
  });

  it('refuses a pixel count that does not match the size', () => {
    expect(() => encodePngGray8(3, 3, new Uint8Array(8))).toThrow(RangeError);
  });
});

describe('imageGrid', () => {
  it('tiles images with a border, spins -1/+1 as black and white', () => {
    // Two 2x3 images side by side: width 2*(3+1)+1 = 9, height 1*(2+1)+1 = 4.
    const states = Int8Array.from([1, -1, 1, -1, 1, -1, /* second */ -1, -1, -1, 1, 1, 1]);
    const grid = imageGrid(states, 2, 2, 3, { columns: 2 });
    expect(grid.width).toBe(9);
    expect(grid.height).toBe(4);
    const row = (r: number) => [...grid.pixels.subarray(r * 9, (r + 1) * 9)];
    expect(row(0)).toEqual(new Array(9).fill(128));
    expect(row(1)).toEqual([128, 255, 0, 255, 128, 0, 0, 0, 128]);
    expect(row(2)).toEqual([128, 0, 255, 0, 128, 255, 255, 255, 128]);
    expect(row(3)).toEqual(new Array(9).fill(128));
  });

  it('maps a fixed [lo, hi] range with clamping', () => {
    const grid = imageGrid([0, 0.5, 1, 2], 1, 1, 4, { lo: 0, hi: 1, padding: 0 });
    expect([...grid.pixels]).toEqual([0, 128, 255, 255]);
  });
});
