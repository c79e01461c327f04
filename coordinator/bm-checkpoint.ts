/**
 * The state of a train-bm run and its checkpoint file: the parameters, the optimiser's
 * velocity, the clamped chains of every training example (their hidden units persist between
 * visits), the free particles, the next update's index (which fixes the epoch, the minibatch
 * order and every RNG stream) and the learning curve. Arrays are base64 of their bytes, so
 * they round-trip exactly; one file, written atomically.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BmParams } from '../core/train/bm-params.js';
import type { BmVelocity } from '../core/train/bm-sgd.js';
import { bytesFloat64, float64Bytes } from '../proto/messages.js';
import { writeJsonAtomic } from './atomic-file.js';

export const BM_CHECKPOINT = 'train-bm.checkpoint.json';

export interface BmCurvePoint {
  epoch: number;
  update: number;
  learningRate: number;
  /** Norm of the epoch's last stochastic gradient (absent before training). */
  gradientNorm?: number;
  /** Exact mean log-likelihood of the training data (nats, by enumeration), when n <= 20. */
  trainLogLik?: number;
}

export interface BmTrainState {
  params: BmParams;
  velocity: BmVelocity;
  /** trainRows x n: visible units = the data, hidden units persistent. */
  clamped: Int8Array;
  /** particles x n. */
  particles: Int8Array;
  nextUpdate: number;
  curve: BmCurvePoint[];
}

const f64 = (a: Float64Array) => Buffer.from(float64Bytes(Float64Array.from(a))).toString('base64');
const fromF64 = (s: string) => Float64Array.from(bytesFloat64(new Uint8Array(Buffer.from(s, 'base64'))));
const i8 = (a: Int8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
const fromI8 = (s: string) => {
  const bytes = Buffer.from(s, 'base64');
  return Int8Array.from(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length));
};

export function writeBmCheckpoint(dir: string, state: BmTrainState): void {
  const { params } = state;
  writeJsonAtomic(join(dir, BM_CHECKPOINT), {
    version: 1,
    nextUpdate: state.nextUpdate,
    n: params.n,
    spin: params.spin,
    hidden: params.hidden,
    W: f64(params.W),
    b: f64(params.b),
    velocityW: f64(state.velocity.W),
    velocityB: f64(state.velocity.b),
    clamped: i8(state.clamped),
    particles: i8(state.particles),
    curve: state.curve,
  });
}

export function readBmCheckpoint(dir: string): BmTrainState | undefined {
  const file = join(dir, BM_CHECKPOINT);
  if (!existsSync(file)) return undefined;
  const s = JSON.parse(readFileSync(file, 'utf8'));
  return {
    params: { n: s.n, spin: s.spin, hidden: s.hidden, W: fromF64(s.W), b: fromF64(s.b) },
    velocity: { W: fromF64(s.velocityW), b: fromF64(s.velocityB) },
    clamped: fromI8(s.clamped),
    particles: fromI8(s.particles),
    nextUpdate: s.nextUpdate,
    curve: s.curve as BmCurvePoint[],
  };
}
