/**
 * Sampling overhead: spin flips per second of a sampling unit that records every observable
 * after every sweep (thin 1, the worst case), to set beside the raw kernel's
 * `ising2d.metropolis.L64.flips_per_s` (issue 8: within 10%); and the cost of the diagnostics
 * of a run (summarise over 4 chains x 25 000 draws x 3 observables).
 */
import { ising2dType } from '../../core/models/ising2d.js';
import { sampleUnit } from '../../core/sample/sample-unit.js';
import { summarise } from '../../core/sample/summary.js';
import { timePerCall, type Benchmark } from './benchmark.js';

function samplingFlipsPerSecond(L: number, keepStates: boolean): Benchmark {
  return {
    name: `sample.ising2d.metropolis.L${L}${keepStates ? '.keep_states' : ''}.flips_per_s`,
    unit: 'flips/s',
    async measure() {
      const model = ising2dType.parse({ type: 'ising2d', rows: L, cols: L, beta: 0.44 }, 'bench');
      const path = model.temperedPath();
      const draws = Math.max(1, Math.round(2 ** 22 / (L * L)));
      const seconds = timePerCall(() => sampleUnit({ path, seed: 1, unitId: 0, chains: 1, burnIn: 0, thin: 1, draws, keepStates }), 1.5);
      return (L * L * draws) / seconds;
    },
  };
}

const summariseSeconds: Benchmark = {
  name: 'sample.summarise.4x25000x3.seconds',
  unit: 's',
  async measure() {
    const model = ising2dType.parse({ type: 'ising2d', rows: 16, cols: 16, beta: 0.44 }, 'bench');
    const chains = 4;
    const set = { chains, observables: ['energy', 'magnetisation', 'abs_magnetisation'], series: [] as Float64Array[] };
    const unit = sampleUnit({ path: model.temperedPath(), seed: 1, unitId: 0, chains, burnIn: 100, thin: 1, draws: 25_000 });
    set.series = unit.series;
    return timePerCall(() => summarise(set), 1.5);
  },
};

export const sampleBenchmarks: Benchmark[] = [samplingFlipsPerSecond(64, false), samplingFlipsPerSecond(64, true), summariseSeconds];
