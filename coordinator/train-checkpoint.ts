/**
 * The state of a training run and its checkpoint file. Everything a resumed run needs to land
 * on the same bits as an uninterrupted one: the parameters, the optimiser's velocity, the
 * persistent particles, the next update's index (which fixes the epoch, the minibatch order and
 * every RNG stream, since streams are numbered by update) and the learning curve so far.
 * Arrays are stored as base64 of their little-endian bytes, so they round-trip exactly.
 * One file, written atomically: a crash leaves the previous checkpoint or the new one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RbmParams } from '../core/train/rbm-params.js';
import type { SgdState } from '../core/train/sgd-momentum.js';
import { bytesFloat64, float64Bytes } from '../proto/messages.js';
import { writeJsonAtomic } from './atomic-file.js';

export const TRAIN_CHECKPOINT = 'train.checkpoint.json';

/** One point of the learning curve. */
export interface CurvePoint {
  epoch: number;
  update: number;
  learningRate: number;
  reconstructionError: number;
  pseudoLogLik: number;
  /** Exact mean log-likelihood, where the model is small enough to enumerate. */
  exactLogLik?: number;
}

export interface TrainState {
  params: RbmParams;
  velocity: SgdState;
  /**
   * particles x nv, 0/1 (empty for CD). While training, the particles live on the workers
   * (coordinator/particle-shards.ts): this array is current only after an update that brought
   * them back (every checkpoint, the last update), stale in between.
   */
  particles: Uint8Array;
  /** The index of the next update (0-based, across epochs). */
  nextUpdate: number;
  curve: CurvePoint[];
}

const f64 = (a: Float64Array) => Buffer.from(float64Bytes(Float64Array.from(a))).toString('base64');
const fromF64 = (s: string) => Float64Array.from(bytesFloat64(new Uint8Array(Buffer.from(s, 'base64'))));

export function writeTrainCheckpoint(dir: string, state: TrainState): void {
  const { params, velocity } = state;
  writeJsonAtomic(join(dir, TRAIN_CHECKPOINT), {
    version: 1,
    nextUpdate: state.nextUpdate,
    nv: params.nv,
    nh: params.nh,
    W: f64(params.W),
    b: f64(params.b),
    c: f64(params.c),
    velocityW: f64(velocity.w),
    velocityB: f64(velocity.b),
    velocityC: f64(velocity.c),
    particles: Buffer.from(state.particles).toString('base64'),
    curve: state.curve,
  });
}

export function readTrainCheckpoint(dir: string): TrainState | undefined {
  const file = join(dir, TRAIN_CHECKPOINT);
  if (!existsSync(file)) return undefined;
  const s = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string & number & CurvePoint[]>;
  return {
    params: { nv: s.nv, nh: s.nh, W: fromF64(s.W), b: fromF64(s.b), c: fromF64(s.c) },
    velocity: { w: fromF64(s.velocityW), b: fromF64(s.velocityB), c: fromF64(s.velocityC) },
    particles: new Uint8Array(Buffer.from(s.particles, 'base64')),
    nextUpdate: s.nextUpdate,
    curve: s.curve,
  };
}
