/**
 * Ising denoising through the CLI: `ebm denoise` on an IDX image and on the PNG it wrote, and
 * the `denoise` task on Fashion-MNIST through `ebm run`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePngGray } from '../../cli/png-gray.js';
import { FASHION_MNIST_DIR } from '../../coordinator/datasets.js';
import { runEbm, tempDir } from '../support/cli.js';

const testImages = `${FASHION_MNIST_DIR}/t10k-images-idx3-ubyte.gz`;

describe('ebm denoise', () => {
  it('restores a flipped Fashion-MNIST image (test image 3, trousers) (IDX in, PNG out), then the same from the noisy PNG with PT', async () => {
    const dir = tempDir();
    const out = join(dir, 'trousers.png');
    const first = await runEbm(['denoise', testImages, '--index', '3', '--flip', '0.1', '--out', out, '--json']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const result = JSON.parse(first.stdout);
    expect(result.files).toEqual({ mean: out, map: join(dir, 'trousers-map.png'), noisy: join(dir, 'trousers-noisy.png') });
    for (const file of Object.values(result.files) as string[]) {
      const image = decodePngGray(readFileSync(file), file);
      expect([image.width, image.height]).toEqual([28, 28]);
      expect(image.pixels.every((v) => v === 0 || v === 255)).toBe(true);
    }
    // 10% of 784 pixels: ~78 flips. A sampler that ignored the coupling would keep them all;
    // one that ignored the data would erase the garment (hundreds of errors).
    expect(result.errors.before).toBeGreaterThan(50);
    expect(result.errors.mean).toBeLessThan(0.6 * result.errors.before);
    expect(result.errors.map).toBeLessThan(0.6 * result.errors.before);

    // The noisy PNG it wrote, restored again by PT against the clean IDX image: same noise, so
    // the same count of errors before, and again well under it after.
    const second = await runEbm(['denoise', result.files.noisy, '--noise-rate', '0.1', '--method', 'pt', '--clean', testImages, '--index', '3', '--out', join(dir, 'again.png'), '--json']);
    expect(second.status).toBe(0);
    const again = JSON.parse(second.stdout);
    expect(again.errors.before).toBe(result.errors.before);
    expect(again.errors.mean).toBeLessThan(0.6 * again.errors.before);
    expect(again.swapAcceptance).toHaveLength(7);
  }, 60_000);

  it('needs exactly one of --flip and --noise-rate, and names bad files', async () => {
    const both = await runEbm(['denoise', testImages, '--flip', '0.1', '--noise-rate', '0.1']);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/^ebm: error: .*--flip\/--noise-rate: give exactly one/);
    const dir = tempDir();
    writeFileSync(join(dir, 'junk.png'), 'not an image');
    const junk = await runEbm(['denoise', join(dir, 'junk.png'), '--flip', '0.1']);
    expect(junk.status).toBe(2);
    expect(junk.stderr).toMatch(/junk\.png/);
  }, 30_000);

  it('the denoise task on Fashion-MNIST reports errors before and after, and the fitted prior helps', async () => {
    const dir = tempDir();
    const spec = (name: string, fieldScale: number) =>
      `task: denoise\nname: ${name}\nimages: 12\nflip: 0.1\nprior: { J: 0.5, fieldScale: ${fieldScale}, fieldImages: 5000 }\nburnIn: 30\nsamples: 100\nannealSteps: 100\n`;
    writeFileSync(join(dir, 'plain.yaml'), spec('plain', 0));
    writeFileSync(join(dir, 'field.yaml'), spec('field', 0.2));
    const [plain, field] = await Promise.all([
      runEbm(['run', join(dir, 'plain.yaml'), '--json', '--out', join(dir, 'plain')]),
      runEbm(['run', join(dir, 'field.yaml'), '--json', '--out', join(dir, 'field')]),
    ]);
    expect(plain.status).toBe(0);
    expect(field.status).toBe(0);
    const a = JSON.parse(plain.stdout);
    const b = JSON.parse(field.stdout);
    expect(a.task).toBe('denoise');
    expect(a.perImage).toHaveLength(12);
    expect(a.errorsBefore).toBe(b.errorsBefore); // the same noise from the same seed
    // On 12 images the plain 4-neighbour prior keeps ~0.4 of the errors (0.40 on 40); well
    // under 1/2 rules out a sampler that lost the coupling or the data term.
    expect(a.keptMean).toBeLessThan(0.5);
    expect(a.keptMap).toBeLessThan(0.5);
    // The per-pixel field fitted to clean training images removes more errors.
    expect(b.errorsAfterMean).toBeLessThan(a.errorsAfterMean);
  }, 60_000);
});
