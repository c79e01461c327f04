import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { FASHION_MNIST_DIR, loadFashionMnist, readIdxImages, readIdxLabels } from '../../coordinator/datasets.js';
import { encodeIdx, IDX_IMAGES_MAGIC, IDX_LABELS_MAGIC } from '../../core/data/idx.js';
import { InputError } from '../../core/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'ebm-datasets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('IDX files on disk', () => {
  const pixels = Uint8Array.from({ length: 2 * 28 * 28 }, (_, k) => k % 256);
  const bytes = encodeIdx(IDX_IMAGES_MAGIC, [2, 28, 28], pixels);

  it('reads plain and gzip-compressed files to the same values', () => {
    writeFileSync(join(dir, 'plain-idx3-ubyte'), bytes);
    writeFileSync(join(dir, 'packed-idx3-ubyte.gz'), gzipSync(bytes));
    const plain = readIdxImages(join(dir, 'plain-idx3-ubyte'));
    const packed = readIdxImages(join(dir, 'packed-idx3-ubyte.gz'), { height: 28, width: 28 });
    expect(plain.count).toBe(2);
    expect(Buffer.from(packed.pixels).equals(Buffer.from(pixels))).toBe(true);
    expect(Buffer.from(plain.pixels).equals(Buffer.from(pixels))).toBe(true);
  });

  it('rejects bad files with errors naming the file', () => {
    const truncated = join(dir, 'truncated.gz');
    writeFileSync(truncated, gzipSync(bytes.subarray(0, 100)));
    expect(() => readIdxImages(truncated)).toThrow(new RegExp(`${truncated}: data: truncated`));
    const wrongMagic = join(dir, 'labels-as-images');
    writeFileSync(wrongMagic, encodeIdx(IDX_LABELS_MAGIC, [2], Uint8Array.from([1, 2])));
    expect(() => readIdxImages(wrongMagic)).toThrow(/wrong magic number 0x00000801/);
    expect(Array.from(readIdxLabels(wrongMagic))).toEqual([1, 2]);
    const badGzip = join(dir, 'bad.gz');
    writeFileSync(badGzip, Uint8Array.from([0x1f, 0x8b, 1, 2, 3]));
    expect(() => readIdxImages(badGzip)).toThrow(/bad\.gz: \(gzip\): not a valid gzip file/);
    expect(() => readIdxImages(join(dir, 'absent'))).toThrow(/absent: \(file\): cannot read: ENOENT/);
    const small = join(dir, 'small-idx3-ubyte');
    writeFileSync(small, encodeIdx(IDX_IMAGES_MAGIC, [1, 2, 2], new Uint8Array(4)));
    expect(() => readIdxImages(small, { height: 28, width: 28 })).toThrow(/wrong image size 2 x 2, expected 28 x 28/);
  });
});

describe('Fashion-MNIST', () => {
  it('a missing data set is an input error that says how to get it', () => {
    let error: unknown;
    try {
      loadFashionMnist(join(dir, 'nowhere'));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/apt-get install dataset-fashion-mnist/);
    expect((error as Error).message).toMatch(/--data DIR/);
  });

  it('loads 60000 x 784 training and 10000 x 784 test images from the Debian package', () => {
    const data = loadFashionMnist();
    expect(data.dir).toBe(FASHION_MNIST_DIR);
    expect([data.train.images.count, data.train.images.height * data.train.images.width]).toEqual([60000, 784]);
    expect(data.train.images.pixels.length).toBe(60000 * 784);
    expect([data.test.images.count, data.test.labels.length]).toEqual([10000, 10000]);
    expect(Math.max(...data.train.labels)).toBe(9);
    // Ten balanced classes: 6000 training images each.
    const counts = new Array(10).fill(0);
    for (const label of data.train.labels) counts[label]++;
    expect(counts).toEqual(new Array(10).fill(6000));
  });
});
