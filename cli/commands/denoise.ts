/**
 * `ebm denoise IMAGE.png|IMAGES.idx [--index K] (--flip p | --noise-rate p)`: restore a binary
 * image with the Ising posterior (core/denoise/). The image is binarised (ink where the grey
 * value >= --threshold); with --flip, p of its pixels are flipped first (from the seed's stream)
 * and the input is the clean reference; with --noise-rate, the input is already noisy at rate p.
 * Writes the posterior-mean image to --out (PNG) and the MAP image beside it (-map.png; with
 * --flip also the noisy image, -noisy.png), and prints the pixel errors when a clean reference
 * is known (--clean FILE, or the input itself with --flip). The prior is the homogeneous Ising
 * prior (--j, --jd) unless --prior names a learned one (the prior.json a denoise run with
 * `prior.learn: pseudo-likelihood` writes into its run folder).
 */
import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { InputError } from '../../core/errors.js';
import type { DenoiseProblem } from '../../core/denoise/denoise-problem.js';
import { flipNoiseField, flipPixels, pixelErrors } from '../../core/denoise/ising-posterior.js';
import { priorFromJson } from '../../core/denoise/prior-file.js';
import { restoreImage, type PosteriorMethod } from '../../core/denoise/restore-image.js';
import { streamRng } from '../../core/rng/rng.js';
import { parseIdxImages } from '../../core/data/idx.js';
import { readMaybeGzipped } from '../../coordinator/datasets.js';
import { parseJsonText } from '../../core/models/model-file.js';
import { readInputFile } from '../input.js';
import { parseCount, parseSeed } from '../options.js';
import { decodePngGray, encodePngGray, isPng, type GrayImage } from '../png-gray.js';

interface DenoiseFlags {
  index: number;
  flip?: number;
  noiseRate?: number;
  method: PosteriorMethod;
  out?: string;
  seed: number;
  clean?: string;
  threshold: number;
  j: number;
  jd: number;
  prior?: string;
  samples: number;
  burnIn: number;
  json?: boolean;
}

export function registerDenoise(program: Command): void {
  program
    .command('denoise')
    .description('restore a noisy binary image (PNG, or one image of an IDX file) with the Ising posterior')
    .argument('<image>', 'a PNG (8-bit grey or RGB, not interlaced) or an IDX image file (plain or .gz)')
    .option('--index <k>', 'which image of an IDX file (default 0)', parseCount('--index', 0), 0)
    .option('--flip <p>', 'flip this fraction of the pixels first, then restore (the input is the clean reference)', parseRate('--flip'))
    .option('--noise-rate <p>', 'the input is already noisy: each pixel flipped with probability p', parseRate('--noise-rate'))
    .option('--method <m>', 'gibbs | pt (parallel tempering, 8 replicas)', parseMethod, 'gibbs')
    .option('--out <file>', 'posterior-mean PNG; the MAP goes beside it as -map.png (default: IMAGE-denoised.png here)')
    .option('--seed <s>', 'random seed (default 1)', parseSeed, 1)
    .option('--clean <file>', 'the clean image (PNG or IDX with the same --index), to count pixel errors')
    .option('--threshold <t>', 'binarisation: ink where grey >= t (default 128)', parseCount('--threshold'), 128)
    .option('--j <J>', 'coupling of neighbouring pixels (default 0.5)', parseNonNegative('--j'), 0.5)
    .option('--jd <Jd>', 'coupling of diagonal neighbours (default 0)', parseNonNegative('--jd'), 0)
    .option('--prior <file>', 'a learned pairwise prior (prior.json from a denoise run with prior.learn); replaces --j and --jd')
    .option('--samples <n>', 'sweeps averaged for the posterior mean (default 200)', parseCount('--samples'), 200)
    .option('--burn-in <n>', 'sweeps discarded first (default 50)', parseCount('--burn-in', 0), 50)
    .option('--json', 'print the result as one JSON object on stdout')
    .action((file: string, flags: DenoiseFlags) => {
      if ((flags.flip === undefined) === (flags.noiseRate === undefined)) throw new InputError(file, '--flip/--noise-rate', 'give exactly one: --flip p (add noise, then restore) or --noise-rate p (the image is already noisy)');
      const input = readBinaryImage(file, flags.index, flags.threshold);
      const rate = (flags.flip ?? flags.noiseRate)!;
      const observed = flags.flip !== undefined ? flipPixels(input.pixels, rate, streamRng(flags.seed, 'denoise.noise', 0)) : input.pixels;
      const clean = flags.clean !== undefined ? readBinaryImage(flags.clean, flags.index, flags.threshold) : flags.flip !== undefined ? input : undefined;
      if (clean && (clean.width !== input.width || clean.height !== input.height)) throw new InputError(flags.clean!, '(image)', `is ${clean.width} x ${clean.height}, the input ${input.width} x ${input.height}`);
      const h = flipNoiseField(rate);
      let problem: DenoiseProblem = { rows: input.height, cols: input.width, observed, J: flags.j, Jd: flags.jd, h };
      let prior: Record<string, unknown> = { J: flags.j, Jd: flags.jd, h };
      if (flags.prior !== undefined) {
        const learned = readPrior(flags.prior);
        if (learned.bonds.rows !== input.height || learned.bonds.cols !== input.width) throw new InputError(flags.prior, 'rows/cols', `the prior is ${learned.bonds.cols} x ${learned.bonds.rows}, the image ${input.width} x ${input.height}`);
        problem = { prior: learned, observed, h };
        prior = { file: flags.prior, offsets: learned.bonds.offsets, bonds: learned.bonds.bondA.length, h };
      }
      const restored = restoreImage(problem, { method: flags.method, seed: flags.seed, imageId: 0, burnIn: flags.burnIn, samples: flags.samples });
      const out = flags.out ?? `${basename(file).replace(/(\.png|\.gz)$/i, '').replace(/\.[^.]*$/, '')}-denoised.png`;
      const stem = extname(out).toLowerCase() === '.png' ? out.slice(0, -4) : out;
      const files: Record<string, string> = { mean: out, map: `${stem}-map.png` };
      writeBinaryPng(files.mean, input, restored.mean);
      writeBinaryPng(files.map, input, restored.map);
      if (flags.flip !== undefined) {
        files.noisy = `${stem}-noisy.png`;
        writeBinaryPng(files.noisy, input, observed);
      }
      const errors = clean
        ? { before: pixelErrors(observed, clean.pixels), mean: pixelErrors(restored.mean, clean.pixels), map: pixelErrors(restored.map, clean.pixels) }
        : undefined;
      const result = {
        image: file,
        width: input.width,
        height: input.height,
        method: flags.method,
        noise: flags.flip !== undefined ? { added: rate } : { assumed: rate },
        prior,
        seed: flags.seed,
        files,
        ...(errors ? { errors } : {}),
        ...(restored.swapAcceptance ? { swapAcceptance: restored.swapAcceptance } : {}),
      };
      if (flags.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else {
        const lines = [`denoised ${file} (${input.width} x ${input.height}, ${flags.method}): posterior mean ${files.mean}, MAP ${files.map}`];
        if (errors) lines.push(`  pixel errors: noisy ${errors.before}, posterior mean ${errors.mean}, MAP ${errors.map}`);
        process.stdout.write(`${lines.join('\n')}\n`);
      }
    });
}

function readPrior(file: string): ReturnType<typeof priorFromJson> {
  return priorFromJson(parseJsonText(readInputFile(file), file), file);
}

/** A binary image from a PNG or one image of an IDX file: 1 where grey >= threshold. */
function readBinaryImage(file: string, index: number, threshold: number): GrayImage {
  readInputFile(file); // names a missing file before anything else
  const bytes = readMaybeGzipped(file);
  let grey: GrayImage;
  if (isPng(bytes)) grey = decodePngGray(bytes, file);
  else {
    const images = parseIdxImages(bytes, file);
    if (index >= images.count) throw new InputError(file, '--index', `is ${index}, but the file holds ${images.count} images`);
    const size = images.width * images.height;
    grey = { width: images.width, height: images.height, pixels: images.pixels.slice(index * size, (index + 1) * size) };
  }
  return { ...grey, pixels: Uint8Array.from(grey.pixels, (v) => (v >= threshold ? 1 : 0)) };
}

function writeBinaryPng(file: string, like: GrayImage, binary: Uint8Array): void {
  writeFileSync(file, encodePngGray({ width: like.width, height: like.height, pixels: Uint8Array.from(binary, (v) => (v ? 255 : 0)) }));
}

function parseRate(flag: string): (value: string) => number {
  return (value) => {
    const p = Number(value);
    if (!(p > 0 && p < 0.5)) throw new InvalidArgumentError(`${flag} must be a fraction in (0, 0.5), got ${JSON.stringify(value)}`);
    return p;
  };
}

function parseNonNegative(flag: string): (value: string) => number {
  return (value) => {
    const x = Number(value);
    if (!(Number.isFinite(x) && x >= 0)) throw new InvalidArgumentError(`${flag} must be a number >= 0, got ${JSON.stringify(value)}`);
    return x;
  };
}

function parseMethod(value: string): PosteriorMethod {
  if (value !== 'gibbs' && value !== 'pt') throw new InvalidArgumentError(`--method must be gibbs or pt, got ${JSON.stringify(value)}`);
  return value;
}
