/**
 * PCD training speed, one thread (issue 3): 784 x 500 RBM, batch 100, PCD-1, 100 particles.
 * Times whole updates (positive statistics, one Gibbs step of the particles, negative
 * statistics, gradient and SGD step) on random binary data shaped like binarised
 * Fashion-MNIST (35% of pixels on), and scales the CPU time of `UPDATES` updates to the 600
 * updates of one epoch over 60,000 images. Target: scikit-learn's BernoulliRBM, ~13 s/epoch.
 */
import { streamRng } from '../../core/rng/rng.js';
import { initialParams } from '../../core/train/rbm-params.js';
import { sgdMomentumStepFromStatistics, zeroSgdState } from '../../core/train/sgd-momentum.js';
import { shardStatistics } from '../../core/train/shard-statistics.js';
import { emptyStatistics } from '../../core/train/statistics.js';
import type { TrainingKernel } from '../../core/train/training-kernel.js';
import { trainingKernel } from '../../worker/training-kernels.js';
import type { Benchmark } from './benchmark.js';

const NV = 784;
const NH = 500;
const BATCH = 100;
const PARTICLES = 100;
const UPDATES_PER_EPOCH = 60_000 / BATCH;
const UPDATES = 20;

function randomRows(rows: number, density: number, seed: number): Uint8Array {
  const rng = streamRng(seed, 'bench.rows', 0);
  return Uint8Array.from({ length: rows * NV }, () => (rng.nextFloat() < density ? 1 : 0));
}

function epochSeconds(kernel: TrainingKernel): number {
  const params = initialParams(NV, NH, 0.01, undefined, streamRng(1, 'bench.init', 0));
  const velocity = zeroSgdState(NV, NH);
  const data = randomRows(BATCH * 10, 0.35, 2);
  const particles = randomRows(PARTICLES, 0.35, 3);
  // As a worker thread does (worker/units/pcd-unit.ts): statistics buffers reused across units.
  const scratch = { positive: emptyStatistics(NV, NH), negative: emptyStatistics(NV, NH) };
  const update = (u: number) => {
    const batch = data.subarray((u % 10) * BATCH * NV, ((u % 10) + 1) * BATCH * NV);
    const pos = shardStatistics({ params, method: 'pcd', k: 1, data: batch, particles: new Uint8Array(0), rng: streamRng(1, 'bench', 2 * u), kernel, scratch });
    const neg = shardStatistics({ params, method: 'pcd', k: 1, data: new Uint8Array(0), particles, rng: streamRng(1, 'bench', 2 * u + 1), kernel, scratch });
    sgdMomentumStepFromStatistics(params, velocity, pos.positive!, neg.negative!, { rate: 0.01, momentum: 0.5, weightDecay: 1e-4 });
  };
  update(0); // warm-up (JIT, WebAssembly compilation)
  // CPU time of this (single) thread's process, not wall time: the machine is shared.
  const started = process.cpuUsage();
  for (let u = 1; u <= UPDATES; u++) update(u);
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
  return (seconds / UPDATES) * UPDATES_PER_EPOCH;
}

export const trainBenchmarks: Benchmark[] = [
  {
    name: 'rbm.pcd.fashion784x500.epoch_s',
    unit: 'CPU s/epoch',
    async measure() {
      return epochSeconds(trainingKernel('wasm-f32'));
    },
  },
  {
    name: 'rbm.pcd.fashion784x500.reference_kernel.epoch_s',
    unit: 'CPU s/epoch',
    async measure() {
      return epochSeconds(trainingKernel('reference'));
    },
  },
];
