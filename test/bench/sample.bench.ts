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
import { runSampleTask } from '../../coordinator/sample-task.js';
import { UnitCheckpoint } from '../../coordinator/unit-checkpoint.js';
import { startEmbeddedRuntime } from '../../cli/runtime.js';
import { sampleSpecSchema } from '../../experiments/sample-spec.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/**
 * The whole `sample` task through the embedded runtime with one worker thread: units,
 * messages, merging and diagnostics included — to set beside the raw kernel (issue 8 asks for
 * at most 10% less).
 */
const runtimeFlipsPerSecond: Benchmark = {
  name: 'sample.runtime.ising2d.metropolis.L64.flips_per_s',
  unit: 'flips/s',
  async measure() {
    const L = 64;
    const draws = 4000;
    const spec = sampleSpecSchema.parse({
      task: 'sample',
      name: 'bench',
      model: { type: 'ising2d', rows: L, cols: L, beta: 0.44 },
      sample: { chains: 4, chainsPerUnit: 1, method: 'metropolis', burnIn: 0, draws, keepStates: false, observables: ['energy'] },
    });
    const model = ising2dType.parse(spec.model as Record<string, unknown>, 'bench');
    const runtime = startEmbeddedRuntime(1);
    const runDir = mkdtempSync(join(tmpdir(), 'ebm-bench-'));
    const run = () =>
      runSampleTask({
        spec,
        model,
        specFile: 'bench',
        runDir,
        runId: 'bench',
        transport: runtime.transport,
        threads: 1,
        checkpoint: new UnitCheckpoint(undefined),
        events: { progress() {}, retry() {} },
      });
    try {
      await run(); // warm-up: thread start, JIT
      const started = process.hrtime.bigint();
      await run();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      return (4 * draws * L * L) / seconds;
    } finally {
      await runtime.close();
      rmSync(runDir, { recursive: true, force: true });
    }
  },
};

export const sampleBenchmarks: Benchmark[] = [
  runtimeFlipsPerSecond,samplingFlipsPerSecond(64, false), samplingFlipsPerSecond(64, true), summariseSeconds];
