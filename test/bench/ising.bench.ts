/** Single-thread Metropolis throughput on the 2D torus at beta 0.44 (foundation issue). */
import { ising2dType, type Ising2d } from '../../core/models/ising2d.js';
import { streamRng } from '../../core/rng/rng.js';
import { timePerCall, type Benchmark } from './benchmark.js';

function metropolisFlipsPerSecond(L: number): Benchmark {
  return {
    name: `ising2d.metropolis.L${L}.flips_per_s`,
    unit: 'flips/s',
    async measure() {
      const model = ising2dType.parse({ type: 'ising2d', rows: L, cols: L, beta: 0.44 }, 'bench') as Ising2d;
      const chains = model.temperedPath().createChains(1);
      const rng = streamRng(1, 'bench', 0);
      chains.drawReference(rng);
      const sweeps = Math.max(1, Math.round(2 ** 22 / (L * L)));
      const seconds = timePerCall(() => chains.advance(rng, 1, sweeps), 1.5);
      return (L * L * sweeps) / seconds;
    },
  };
}

export const isingBenchmarks: Benchmark[] = [64, 256, 1024].map(metropolisFlipsPerSecond);
