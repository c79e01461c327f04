/**
 * A per-pixel prior field for the Ising denoising posterior (ising-posterior.ts), fitted to
 * clean binary training images: b_i = scale * (1/2) logit(m_i), with m_i the fraction of
 * training images with ink at pixel i (clamped to [0.01, 0.99]). With scale 1 and no couplings
 * this is the independent-pixel maximum-likelihood prior; with couplings it double counts what
 * the bonds already say, so the scale is chosen by denoising held-out training images (a small
 * scale, ~0.2 at J = 0.5, helps on Fashion-MNIST; larger ones hurt).
 */
export function pixelPriorField(images: Uint8Array, count: number, size: number, scale: number): Float64Array {
  if (images.length < count * size) throw new RangeError(`pixelPriorField: ${count} images of ${size} pixels need ${count * size} values, got ${images.length}`);
  const field = new Float64Array(size);
  for (let k = 0; k < count; k++) {
    const row = k * size;
    for (let i = 0; i < size; i++) field[i] += images[row + i];
  }
  for (let i = 0; i < size; i++) {
    const m = Math.min(0.99, Math.max(0.01, field[i] / count));
    field[i] = 0.5 * scale * Math.log(m / (1 - m));
  }
  return field;
}
