/**
 * Binarising greyscale images for Bernoulli RBMs. Two conventions are in use and give
 * log-likelihoods that cannot be compared with each other, so results name the one used:
 *   threshold: v = 1 where pixel >= threshold (128 means intensity >= 0.5);
 *   sample:    v ~ Bernoulli(pixel / 255), drawn once with a seeded stream (Salakhutdinov &
 *              Murray 2008 use this "stochastic binarisation" for MNIST).
 */
import type { Rng } from '../rng/rng.js';
import type { BinaryDataset, ImageSet } from './dataset.js';

export type Binarization = { kind: 'threshold'; threshold: number } | { kind: 'sample'; seed: number };

export function binarizeByThreshold(images: ImageSet, threshold = 128): BinaryDataset {
  const { pixels } = images;
  const data = new Uint8Array(pixels.length);
  for (let k = 0; k < pixels.length; k++) data[k] = pixels[k] >= threshold ? 1 : 0;
  return { rows: images.count, size: images.height * images.width, data };
}

/** v = 1 with probability pixel / 255: u * 255 < pixel for u uniform in [0, 1). */
export function binarizeBySampling(images: ImageSet, rng: Rng): BinaryDataset {
  const { pixels } = images;
  const data = new Uint8Array(pixels.length);
  for (let k = 0; k < pixels.length; k++) data[k] = rng.nextFloat() * 255 < pixels[k] ? 1 : 0;
  return { rows: images.count, size: images.height * images.width, data };
}
