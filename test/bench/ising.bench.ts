/**
 * Single-thread kernel throughput on the 2D torus: Metropolis and heat bath at beta 0.44
 * (foundation issue), Wolff clusters at beta_c where they matter.
 */
import { ising2dType, type Ising2d } from '../../core/models/ising2d.js';
import { streamRng } from '../../core/rng/rng.js';
import { timePerCall, type Benchmark } from './benchmark.js';

function sweepFlipsPerSecond(sampler: 'metropolis' | 'heatbath', L: number): Benchmark {
  return {
    name: `ising2d.${sampler}.L${L}.flips_per_s`,
    unit: 'flips/s',
    async measure() {
      const model = ising2dType.parse({ type: 'ising2d', rows: L, cols: L, beta: 0.44 }, 'bench') as Ising2d;
      const chains = model.temperedPath().createChains(1, { sampler });
      const rng = streamRng(1, 'bench', 0);
      chains.drawReference(rng);
      const sweeps = Math.max(1, Math.round(2 ** 22 / (L * L)));
      const seconds = timePerCall(() => chains.advance(rng, 1, sweeps), 1.5);
      return (L * L * sweeps) / seconds;
    },
  };
}

/** Wolff (1989) cluster updates per second at beta_c, after equilibrating (mean cluster ~ L^{7/4}). */
function wolffClustersPerSecond(L: number): Benchmark {
  return {
    name: `ising2d.wolff.L${L}.clusters_per_s`,
    unit: 'clusters/s',
    async measure() {
      const model = ising2dType.parse({ type: 'ising2d', rows: L, cols: L, beta: 0.44068679350977147 }, 'bench') as Ising2d;
      const chains = model.temperedPath().createChains(1, { sampler: 'wolff' });
      const rng = streamRng(1, 'bench', 0);
      chains.drawReference(rng);
      chains.advance(rng, 1, 1000);
      const clusters = 1000;
      const seconds = timePerCall(() => chains.advance(rng, 1, clusters), 1.5);
      return clusters / seconds;
    },
  };
}

export const isingBenchmarks: Benchmark[] = [
  ...[64, 256, 1024].map((L) => sweepFlipsPerSecond('metropolis', L)),
  sweepFlipsPerSecond('heatbath', 256),
  wolffClustersPerSecond(64),
];
