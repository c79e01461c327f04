/**
 * Ising denoising of real Fashion-MNIST with a learned pairwise prior, through the CLI: the
 * `denoise` task fits the prior by pseudo-likelihood to clean training images (never the test
 * images), meets the target on test images at the standard threshold 128, writes the
 * prior to the run folder, and both a later spec (`prior.from`) and `ebm denoise --prior` reuse it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FASHION_MNIST_DIR } from '../../coordinator/datasets.js';
import { runEbm, tempDir } from '../support/cli.js';

const testImages = `${FASHION_MNIST_DIR}/t10k-images-idx3-ubyte.gz`;

describe('denoising Fashion-MNIST with a learned pairwise prior', () => {
  it('keeps at most a third of the pixel errors at 10% flips, and the fitted prior is reused from its file', async () => {
    const dir = tempDir();
    // A cheaper fit than the experiment's (5,000 training images, 50 L-BFGS iterations, fewer
    // sweeps) so the test takes ~20 s (3 s of it the fit); the experiment's full fit keeps 0.307.
    writeFileSync(
      join(dir, 'learned.yaml'),
      'task: denoise\nname: learned\nseed: 1\nimages: 40\nthreshold: 128\nflip: 0.1\nburnIn: 30\nsamples: 100\nannealSteps: 100\n' +
        'prior: { learn: pseudo-likelihood, stencil: diagonal, images: 5000, maxIterations: 50 }\n',
    );
    const run = await runEbm(['run', join(dir, 'learned.yaml'), '--json', '--out', join(dir, 'run')]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.images).toBe(40);
    expect(result.prior.trainingImages).toBe(5000);
    expect(result.prior.bonds).toBe(2 * 27 * 28 + 2 * 27 * 27); // 8-neighbour bonds of a 28 x 28 grid
    // 10% of 40 x 784 pixels flipped: ~3,136 errors before.
    expect(result.errorsBefore).toBeGreaterThan(2800);
    // The target. Measured: 0.308 with seed 1; over seeds 1..6 (new noise and chains on
    // the same 40 images) 0.301-0.317, sd 0.006, so the margin to 1/3 is ~4 sd of the seed's
    // effect. Which 40 images matters more (keptMeanStandardError ~0.03 over images); held-out
    // training images (not fitted) give 0.313 over 200. The homogeneous J = 0.5 prior keeps
    // 0.40 here (denoise.test.ts), so this fails if the learned couplings are lost or misread.
    expect(result.keptMean).toBeLessThanOrEqual(1 / 3);
    expect(result.keptMap).toBeLessThan(0.36);
    expect(result.keptMeanStandardError).toBeGreaterThan(0);
    const priorFile = join(dir, 'run', 'prior.json');
    expect(existsSync(priorFile)).toBe(true);
    expect(JSON.parse(readFileSync(priorFile, 'utf8')).fit.iterations).toBe(result.prior.iterations);

    // Reuse (the path relative to the spec's folder): the same prior read back gives the same
    // restorations, bit for bit (same seed).
    writeFileSync(join(dir, 'again.yaml'), `task: denoise\nname: again\nseed: 1\nimages: 5\nburnIn: 30\nsamples: 100\nannealSteps: 100\nprior: { learn: pseudo-likelihood, from: run/prior.json }\n`);
    const [again, single] = await Promise.all([
      runEbm(['run', join(dir, 'again.yaml'), '--json', '--out', join(dir, 'again')]),
      runEbm(['denoise', testImages, '--index', '3', '--flip', '0.1', '--prior', priorFile, '--out', join(dir, 'trousers.png'), '--json']),
    ]);
    expect(again.status).toBe(0);
    const reused = JSON.parse(again.stdout);
    expect(reused.prior.from).toBe(priorFile);
    expect(reused.perImage).toEqual(result.perImage.slice(0, 5));
    expect(single.status).toBe(0);
    const one = JSON.parse(single.stdout);
    expect(one.prior.file).toBe(priorFile);
    expect(one.errors.before).toBeGreaterThan(50);
    expect(one.errors.mean).toBeLessThan(0.5 * one.errors.before);
  }, 90_000);

  it('names a missing or malformed prior file, and a bad learned-prior field', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'task: denoise\nname: bad\nprior: { learn: pseudo-likelihood, stencil: hexagonal }\n');
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ format: 'ebm-denoise-prior', version: 1, rows: 28, cols: 28, offsets: [[0, 1]], field: [], coupling: [] }));
    const [spec, missing, bad] = await Promise.all([
      runEbm(['run', join(dir, 'bad.yaml'), '--out', join(dir, 'run')]),
      runEbm(['denoise', testImages, '--flip', '0.1', '--prior', join(dir, 'nope.json')]),
      runEbm(['denoise', testImages, '--flip', '0.1', '--prior', join(dir, 'bad.json')]),
    ]);
    expect(spec.status).toBe(2);
    expect(spec.stderr).toMatch(/bad\.yaml: prior\.stencil: Invalid option/);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: \(file\): no such file/);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json: field: must be an array of 784 finite numbers/);
  }, 60_000);
});
