import { describe, expect, it } from 'vitest';
import { encodeIdx, IDX_IMAGES_MAGIC, IDX_LABELS_MAGIC, parseIdxImages, parseIdxLabels } from '../../../core/data/idx.js';
import { InputError } from '../../../core/errors.js';

const pixels = Uint8Array.from({ length: 2 * 3 * 4 }, (_, k) => k * 10);

describe('IDX parser', () => {
  it('reads images and labels with big-endian dimensions', () => {
    const images = parseIdxImages(encodeIdx(IDX_IMAGES_MAGIC, [2, 3, 4], pixels), 'imgs');
    expect([images.count, images.height, images.width]).toEqual([2, 3, 4]);
    expect(Array.from(images.pixels)).toEqual(Array.from(pixels));
    const header = encodeIdx(IDX_IMAGES_MAGIC, [258, 1, 1], new Uint8Array(258)).subarray(0, 8);
    expect(Array.from(header)).toEqual([0, 0, 8, 3, 0, 0, 1, 2]);
    expect(Array.from(parseIdxLabels(encodeIdx(IDX_LABELS_MAGIC, [3], Uint8Array.from([7, 0, 9])), 'labels'))).toEqual([7, 0, 9]);
  });

  it('rejects a wrong magic number, naming the file and both numbers', () => {
    const labels = encodeIdx(IDX_LABELS_MAGIC, [3], new Uint8Array(3));
    expect(() => parseIdxImages(labels, 'x.idx')).toThrow(InputError);
    expect(() => parseIdxImages(labels, 'x.idx')).toThrow(/^x\.idx: magic: wrong magic number 0x00000801, expected 0x00000803/);
    expect(() => parseIdxLabels(encodeIdx(IDX_IMAGES_MAGIC, [2, 3, 4], pixels), 'y.idx')).toThrow(/y\.idx: magic: .*0x00000801/);
  });

  it('rejects truncated files: short header, short data, extra bytes', () => {
    const good = encodeIdx(IDX_IMAGES_MAGIC, [2, 3, 4], pixels);
    expect(() => parseIdxImages(good.subarray(0, 3), 'a')).toThrow(/a: header: truncated/);
    expect(() => parseIdxImages(good.subarray(0, 10), 'a')).toThrow(/a: header: truncated: 10 bytes/);
    expect(() => parseIdxImages(good.subarray(0, good.length - 1), 'a')).toThrow(/a: data: truncated: dimensions 2 x 3 x 4 need 24 bytes of data, the file has 23/);
    const extra = new Uint8Array(good.length + 2);
    extra.set(good);
    expect(() => parseIdxImages(extra, 'a')).toThrow(/a: data: 2 bytes after/);
  });

  it('rejects images of the wrong size when a size is expected', () => {
    const bytes = encodeIdx(IDX_IMAGES_MAGIC, [2, 3, 4], pixels);
    expect(() => parseIdxImages(bytes, 'f', { height: 28, width: 28 })).toThrow(/f: dimensions: wrong image size 3 x 4, expected 28 x 28/);
    expect(parseIdxImages(bytes, 'f', { height: 3, width: 4 }).count).toBe(2);
  });
});
