import { describe, expect, it } from 'vitest';
import { InputError } from '../../../core/errors.js';
import { parseModelOrCollection } from '../../../core/models/model-file.js';
import { ising2dType } from '../../../core/models/ising2d.js';
import { createPtRun, ptResult, roundRow, runPt, runPtRound } from '../../../core/pt/run-pt.js';
import { coordinateScan, createRoundRecords, createScanScratch, levelOfSlot } from '../../../core/pt/coordinator.js';
import { finishRound } from '../../../core/pt/finish-round.js';
import { replicaScan } from '../../../core/pt/replica.js';
import { restorePtRun, savePtRun } from '../../../core/pt/checkpoint.js';
import { readGroundTruth } from '../../support/paths.js';

const cases = parseModelOrCollection(readGroundTruth('ising2d.json'), 'ising2d.json').cases;
const critical4 = cases.find((m) => m.name === 'ising2d_4x4_betac');
if (!critical4) throw new Error('ground truth has no 4x4 critical case');
const criticalJson = critical4.toJSON() as unknown as { logZ_exact: number; energy_per_site_exact: number; specific_heat_per_site_exact: number };

describe('runPt', () => {
  const options = { path: critical4.temperedPath(), seed: 21, replicas: 6, rounds: 7 };

  it('is deterministic: the same seed gives identical bits, another seed does not', () => {
    const a = JSON.stringify(runPt(options));
    const b = JSON.stringify(runPt(options));
    expect(a).toBe(b);
    expect(JSON.stringify(runPt({ ...options, seed: 22 }))).not.toBe(a);
  });

  it('resumes from a checkpoint between rounds bit for bit', () => {
    const straight = runPt(options);
    const first = createPtRun(options);
    for (let r = 0; r < 4; r++) runPtRound(first);
    // Through JSON-like plain data, as a checkpoint file would carry it.
    const checkpoint = structuredClone(savePtRun(first));
    const resumed = restorePtRun(options, checkpoint);
    while (resumed.coordinator.round < 7) runPtRound(resumed);
    expect(JSON.stringify(ptResult(resumed))).toBe(JSON.stringify(straight));
  });

  it('pools copies: copy 0 is the single-copy run, the pooled value is their mean with sqrt(sum se^2)/k', () => {
    const single = runPt({ ...options, adapt: false });
    const pooled = runPt({ ...options, adapt: false, copies: 4 });
    expect(pooled.copyEstimates).toHaveLength(4);
    expect(pooled.copyEstimates[0].logZ).toBe(single.logZ);
    expect(pooled.copyEstimates[1].logZ).not.toBe(single.logZ);
    const mean = pooled.copyEstimates.reduce((s, e) => s + e.logZ, 0) / 4;
    expect(pooled.logZ).toBeCloseTo(mean, 12);
    expect(pooled.stderr).toBeCloseTo(Math.sqrt(pooled.copyEstimates.reduce((s, e) => s + e.stderr ** 2, 0)) / 4, 12);
    // Pooling four copies must shrink the error bar, and still cover the truth.
    expect(pooled.stderr).toBeLessThan(single.stderr);
    expect(Math.abs(pooled.logZ - criticalJson.logZ_exact)).toBeLessThan(4 * pooled.stderr);
    // With adaptation the copies share one ladder, adapted from their pooled acceptance.
    const adapted = runPt({ ...options, copies: 3 });
    expect(adapted.betas).toHaveLength(6);
    expect(Math.abs(adapted.logZ - criticalJson.logZ_exact)).toBeLessThan(4 * adapted.stderr);
  });

  it('reports observables at the target within their error bars of the exact energy and specific heat', () => {
    const result = runPt({ path: critical4.temperedPath(), seed: 4, replicas: 8, rounds: 11 });
    const top = result.observables[result.observables.length - 1];
    expect(top.b).toBe(1);
    const N = 16;
    const energy = top.means.energy;
    // Per site; 4 standard errors: catches an observable recorded at the wrong ladder point.
    expect(Math.abs(energy.value / N - criticalJson.energy_per_site_exact)).toBeLessThan((4 * energy.stderr) / N);
    expect(Math.abs(top.specificHeat.value - criticalJson.specific_heat_per_site_exact)).toBeLessThan(4 * top.specificHeat.stderr);
    expect(energy.tau).toBeGreaterThan(0.5);
    // At b = 0 (N independent spins): energy 0, specific heat 0, and from <M^2> = N,
    // <M^4> = 3N^2 - 2N the Binder cumulant U = 2 / (3N) exactly.
    const bottom = result.observables[0];
    expect(Math.abs(bottom.means.energy.value)).toBeLessThan(4 * bottom.means.energy.stderr);
    expect(bottom.specificHeat.value).toBe(0);
    const binder0 = bottom.binder;
    if (!binder0) throw new Error('ising2d reports a magnetisation, so a Binder cumulant is expected');
    expect(Math.abs(binder0.value - 2 / (3 * N))).toBeLessThan(4 * binder0.stderr);
    // Ordered side: U rises toward 2/3 as b grows (Binder 1981).
    expect(top.binder?.value).toBeGreaterThan(bottom.binder?.value ?? Infinity);
    expect(result.table).toHaveLength(11);
    expect(result.table[10].scans).toBe(2048);
  });

  it('warns when a pair almost never swaps, and names the replicas it would take', () => {
    // Two replicas on 8x8 at beta 0.6: b = 0 and b = 1 share almost no energies.
    const path = ising2dType.parse({ type: 'ising2d', rows: 8, cols: 8, beta: 0.6 }, 'test').temperedPath();
    const result = runPt({ path, seed: 1, replicas: 2, rounds: 6 });
    expect(result.swapAcceptance[0]).toBeLessThan(0.02);
    expect(result.warning).toMatch(new RegExp(`about ${result.suggestedReplicas} replicas`));
    expect(result.suggestedReplicas).toBeGreaterThan(1);
  });

  it('rejects bad options with an InputError naming the field', () => {
    const path = ising2dType.parse({ type: 'ising2d', rows: 3, cols: 3, beta: 0.3 }, 'test').temperedPath();
    expect(() => runPt({ path, seed: 1, replicas: 1 })).toThrow(InputError);
    expect(() => runPt({ path, seed: 1, betas: [0, 0.6, 0.5, 1], source: 'spec.yaml' })).toThrow(/spec.yaml: betas\[2\]/);
    expect(() => runPt({ path, seed: 1, scheme: 'random' as never })).toThrow(/scheme/);
    expect(() => runPt({ path, seed: -1 })).toThrow(/seed/);
  });
});


describe('replica slots', () => {
  it('give the same run whatever order (or worker) the replicas of a scan run in', () => {
    const options = { path: critical4.temperedPath(), seed: 8, replicas: 5, rounds: 4, copies: 2 };
    const inOrder = createPtRun(options);
    const shuffled = createPtRun(options);
    for (let r = 0; r < 4; r++) runPtRound(inOrder);
    // The same rounds by hand, replicas visited in reverse slot order, as workers finishing
    // in any order would deliver them.
    for (let r = 0; r < 4; r++) {
      const { coordinator, replicas, reports } = shuffled;
      const records = createRoundRecords(coordinator, 2 ** (r + 1), replicas[0].observationNames);
      const scratch = createScanScratch(coordinator);
      for (let t = 0; t < 2 ** (r + 1); t++) {
        for (let slot = replicas.length - 1; slot >= 0; slot--) replicaScan(replicas[slot], coordinator.betas, levelOfSlot(coordinator, slot), 1, reports[slot]);
        coordinateScan(coordinator, reports, records, scratch);
      }
      const summary = finishRound(coordinator, records, options.path.logZ0, true);
      shuffled.rows.push(roundRow(summary));
      shuffled.last = { summary, records };
    }
    expect(JSON.stringify(ptResult(shuffled))).toBe(JSON.stringify(ptResult(inOrder)));
  });
});
