/**
 * AIS throughput for a 784 x 500 RBM (issue 3 target: >= 1e4 chain-temperature steps per
 * second per thread). The model is random with small weights (W ~ 0.01 N(0, 1)) and visible
 * biases of -1, so about a quarter of the visibles are on, roughly like binarised images;
 * one step is the AIS weight update plus one block-Gibbs transition, for a batch of 100 chains.
 * The figure is the fastest of three timed runs after a warm-up (the machine is shared; the
 * fastest run is the least disturbed one).
 */
import { runAisChains } from '../../core/ais/ais-chains.js';
import { linearSchedule } from '../../core/ais/schedule.js';
import { Rbm } from '../../core/models/rbm.js';
import { streamRng } from '../../core/rng/rng.js';
import type { RbmPath } from '../../core/models/rbm/rbm-path.js';
import { rbmAisInstantiate } from '../../worker/ais-kernels.js';
import { timePerCall, type Benchmark } from './benchmark.js';

export function randomRbm(nv: number, nh: number, weightScale: number, visibleBias: number, seed: number): Rbm {
  const rng = streamRng(seed, 'bench.rbm.weights', 0);
  const W = new Float64Array(nv * nh);
  for (let k = 0; k < W.length; k++) W[k] = weightScale * rng.nextGaussian();
  return new Rbm(nv, nh, W, new Float64Array(nv).fill(visibleBias), new Float64Array(nh), `random_${nv}x${nh}`);
}

/** AIS chain-temperature steps per second on the given sampler ('gibbs' = float64 reference). */
function aisChainBetas(name: string, sampler: string): Benchmark {
  return {
  name,
  unit: 'chain-betas/s',
  async measure() {
    const model = randomRbm(784, 500, 0.01, -1, 1);
    const path = (model.temperedPath({ kind: 'base-rate', visibleBias: Array.from(model.b) }) as RbmPath).withWasm(rbmAisInstantiate());
    const chains = 100;
    const steps = 20;
    const betas = linearSchedule(steps);
    const rng = streamRng(1, 'bench', 0);
    const run = () => runAisChains({ path, betas, chains, sweeps: 1, rng, chainOptions: { sampler } });
    run();
    let best = Infinity;
    for (let round = 0; round < 3; round++) best = Math.min(best, timePerCall(run, 1, 0));
    return (chains * steps) / best;
  },
  };
}

export const rbmBenchmarks: Benchmark[] = [
  // The WebAssembly SIMD kernel (float32 sampling, float64 AIS weights).
  aisChainBetas('rbm.ais.784x500.chain_betas_per_s', 'gibbs-wasm'),
  aisChainBetas('rbm.ais.784x500.reference_kernel.chain_betas_per_s', 'gibbs'),
];
