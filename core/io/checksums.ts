/**
 * The two checksums PNG needs: CRC-32 (ISO 3309 / ITU-T V.42, polynomial 0xEDB88320
 * reflected), over every chunk's type and data (PNG spec, sec. 5.5), and Adler-32 (RFC 1950),
 * over the uncompressed bytes of a zlib stream.
 */

/** The 256-entry CRC-32 table; built per call of a caller that needs it (no module state). */
export function crc32Table(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** CRC-32 of bytes[start, end). */
export function crc32(bytes: Uint8Array, table = crc32Table(), start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = table[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Adler-32 of bytes (RFC 1950, sec. 8): two sums modulo 65521. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 is the largest run for which b cannot overflow 2^53 before the modulo (zlib uses it too).
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(i + 5552, bytes.length);
    for (; i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}
