import { describe, expect, it } from 'vitest';
import { initialLastEnd, updateIndexProcess } from '../../../core/pt/index-process.js';
import { ising2dType } from '../../../core/models/ising2d.js';
import { runPt } from '../../../core/pt/run-pt.js';

describe('index process', () => {
  it('counts a restart on reaching the target from the reference, and a round trip on coming back', () => {
    // Three ladder points; replica 0 starts at the bottom. Sequence of replicaAtLevel:
    const path = [
      [0, 1, 2],
      [1, 0, 2],
      [1, 2, 0], // replica 0 reaches the top: restart
      [2, 1, 0], // replica 2 (never at the bottom before) reaches the bottom: nothing
      [2, 0, 1], // replica 1 reaches the top after the bottom: restart
      [0, 2, 1], // replica 0 back at the bottom after the top: round trip
    ];
    const first = Int32Array.from(path[0]);
    const lastEnd = initialLastEnd(first);
    const events = { roundTrips: 0, restarts: 0 };
    const seen: [number, number][] = [];
    for (const step of path.slice(1)) {
      updateIndexProcess(Int32Array.from(step), lastEnd, events);
      seen.push([events.restarts, events.roundTrips]);
    }
    expect(seen).toEqual([
      [0, 0],
      [1, 0],
      [1, 0],
      [2, 0],
      [2, 1],
    ]);
  });

  it('DEO completes more than twice the round trips of reversible PT on the same ladder (Syed et al. 2021)', () => {
    // Many replicas with high acceptance is where the difference is largest: DEO's index
    // process moves ballistically, reversible PT's diffuses (round-trip rate O(1/N) vs O(1/N^2)).
    const model = ising2dType.parse({ type: 'ising2d', rows: 3, cols: 3, beta: 0.4 }, 'test');
    const common = { path: model.temperedPath(), seed: 3, replicas: 16, rounds: 2, scansPerRound: 3000, adapt: false };
    const deo = runPt({ ...common, scheme: 'deo' });
    const reversible = runPt({ ...common, scheme: 'reversible' });
    expect(deo.betas).toEqual(reversible.betas);
    expect(deo.swapAcceptance[0]).toBeGreaterThan(0.7);
    expect(deo.roundTrips).toBeGreaterThan(2 * reversible.roundTrips);
    expect(reversible.roundTrips).toBeGreaterThan(0);
    // A round trip needs a restart first.
    expect(deo.restarts).toBeGreaterThanOrEqual(deo.roundTrips);
  });
});
