/**
 * A held PCD particle shard in one SharedArrayBuffer (the PCD counterpart of
 * worker/pt-state-slab.ts): the chain host thread writes the particles after every update,
 * and the worker node's main thread keeps the buffer, so the shard outlives the thread that
 * ran it. Layout: header int32[2] = [updates finished, particle bytes]; then the particles,
 * uint8 0/1 (rows x nv). The update count is written last.
 */
const HEADER_BYTES = 8;

export function allocateParticleSlab(bytes: number): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(HEADER_BYTES + bytes);
  new Int32Array(buffer, 0, 2)[1] = bytes;
  return buffer;
}

/** Store the particles after `update` updates. */
export function writeParticleSlab(buffer: SharedArrayBuffer, update: number, particles: Uint8Array): void {
  const header = new Int32Array(buffer, 0, 2);
  if (particles.length !== header[1]) throw new RangeError(`a slab of ${header[1]} particle bytes cannot hold ${particles.length}`);
  new Uint8Array(buffer, HEADER_BYTES, header[1]).set(particles);
  header[0] = update;
}

/** A copy of the particles a slab holds, and their update count. */
export function readParticleSlab(buffer: SharedArrayBuffer): { update: number; particles: Uint8Array } {
  const header = new Int32Array(buffer, 0, 2);
  return { update: header[0], particles: new Uint8Array(buffer, HEADER_BYTES, header[1]).slice() };
}
