/**
 * A copy's round as a unit carries it (core/pt/copy-round.ts): run copy by copy, with every
 * copy saved and loaded into a fresh one between rounds (as a worker receives it), the rounds
 * give the records runPtRound gives. Catches a stream, permutation or mark that a saved copy
 * fails to carry, and a DEO parity taken from the copy's scans instead of the run's.
 */
import { describe, expect, it } from 'vitest';
import { ising2dType } from '../../../core/models/ising2d.js';
import { createPtCopy, loadCopy, runCopyRound, saveCopy } from '../../../core/pt/copy-round.js';
import { createPtRun, runPt, runPtRound } from '../../../core/pt/run-pt.js';
import { scansInRound, resolvePtOptions } from '../../../core/pt/pt-options.js';

const path = ising2dType.parse({ type: 'ising2d', rows: 5, cols: 5, beta: 0.45 }, 'test').temperedPath();
const betas = [0, 0.3, 0.6, 0.8, 1];

describe('runCopyRound', () => {
  it('matches runPtRound record for record when each copy travels as saved state between rounds', () => {
    const run = createPtRun({ path, seed: 9, betas, copies: 2, adapt: false, sweeps: 2 });
    let states = [0, 1].map((c) => saveCopy(createPtCopy(path, 9, c, betas.length)));
    let scan = 0;
    for (let round = 1; round <= 4; round++) {
      runPtRound(run);
      const scans = 2 ** round;
      states = states.map((state, c) => {
        const copy = createPtCopy(path, 9, c, betas.length);
        loadCopy(copy, state);
        const record = runCopyRound(copy, { betas, scheme: 'deo', scanStart: scan, scans, sweeps: 2 });
        const expected = run.last!.records[c];
        expect(record.forward).toEqual(expected.forward);
        expect(record.observations).toEqual(expected.observations);
        expect(record.accepted).toEqual(expected.accepted);
        expect(record.roundTrips).toBe(expected.roundTrips);
        return saveCopy(copy);
      });
      scan += scans;
    }
  });

  it('doubles from initialScans: longer early rounds', () => {
    const options = resolvePtOptions({ path, seed: 1, initialScans: 16 });
    expect([1, 2, 3, 4].map((r) => scansInRound(options, r))).toEqual([16, 32, 64, 128]);
    expect(runPt({ path, seed: 1, replicas: 4, rounds: 3, initialScans: 16 }).table.map((r) => r.scans)).toEqual([16, 32, 64]);
  });
});
