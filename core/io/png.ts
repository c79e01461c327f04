/**
 * A minimal PNG encoder for 8-bit grayscale images (PNG spec, W3C 2003): signature, IHDR,
 * one IDAT holding a zlib stream (RFC 1950) of stored, uncompressed deflate blocks
 * (RFC 1951, sec. 3.2.4), and IEND. Stored blocks keep the encoder pure and tiny, at the
 * cost of file size — fine for grids of samples; every PNG reader accepts them.
 */
import { adler32, crc32, crc32Table } from './checksums.js';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MAX_STORED_BLOCK = 65535;

/** PNG bytes of a width x height grayscale image, pixels row-major, one byte each. */
export function encodePngGray8(width: number, height: number, pixels: Uint8Array): Uint8Array {
  if (!Number.isSafeInteger(width) || width < 1 || !Number.isSafeInteger(height) || height < 1) throw new RangeError(`png: bad size ${width} x ${height}`);
  if (pixels.length !== width * height) throw new RangeError(`png: ${width} x ${height} needs ${width * height} pixels, got ${pixels.length}`);
  // Scanlines: filter type 0 (None) then the row.
  const raw = new Uint8Array(height * (width + 1));
  for (let r = 0; r < height; r++) raw.set(pixels.subarray(r * width, (r + 1) * width), r * (width + 1) + 1);

  const ihdr = new Uint8Array(13);
  const ihdrView = new DataView(ihdr.buffer);
  ihdrView.setUint32(0, width);
  ihdrView.setUint32(4, height);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // colour type: grayscale
  // compression 0 (deflate), filter method 0, no interlace: bytes 10..12 stay 0.

  const table = crc32Table();
  const chunks = [chunk('IHDR', ihdr, table), chunk('IDAT', zlibStored(raw), table), chunk('IEND', new Uint8Array(0), table)];
  const out = new Uint8Array(SIGNATURE.length + chunks.reduce((n, c) => n + c.length, 0));
  out.set(SIGNATURE, 0);
  let offset = SIGNATURE.length;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** A zlib stream of stored deflate blocks: header 0x78 0x01, blocks, Adler-32 (big-endian). */
export function zlibStored(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / MAX_STORED_BLOCK));
  const out = new Uint8Array(2 + blocks * 5 + data.length + 4);
  const view = new DataView(out.buffer);
  // CMF 0x78: deflate, 32K window; FLG 0x01: no dictionary, and (CMF * 256 + FLG) % 31 == 0.
  out[0] = 0x78;
  out[1] = 0x01;
  let offset = 2;
  for (let b = 0; b < blocks; b++) {
    const start = b * MAX_STORED_BLOCK;
    const length = Math.min(MAX_STORED_BLOCK, data.length - start);
    out[offset] = b === blocks - 1 ? 1 : 0; // BFINAL, BTYPE = 00 (stored)
    view.setUint16(offset + 1, length, true);
    view.setUint16(offset + 3, ~length & 0xffff, true);
    out.set(data.subarray(start, start + length), offset + 5);
    offset += 5 + length;
  }
  view.setUint32(offset, adler32(data));
  return out;
}

/** length (4 bytes, big-endian), type, data, CRC-32 of type and data. */
function chunk(type: string, data: Uint8Array, table: Uint32Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, table, 4, 8 + data.length));
  return out;
}
