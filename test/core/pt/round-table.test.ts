import { describe, expect, it } from 'vitest';
import { ising2dType } from '../../../core/models/ising2d.js';
import { formatRoundTable } from '../../../core/pt/round-table.js';
import { runPt } from '../../../core/pt/run-pt.js';

describe('formatRoundTable', () => {
  it('prints a header and one aligned line per round with that round\'s figures', () => {
    const path = ising2dType.parse({ type: 'ising2d', rows: 3, cols: 3, beta: 0.4 }, 'test').temperedPath();
    const result = runPt({ path, seed: 2, replicas: 4, rounds: 3 });
    const lines = formatRoundTable(result.table).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/round\s+scans\s+Lambda/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    const last = lines[3].trim().split(/\s+/);
    expect(last[0]).toBe('3');
    expect(last[1]).toBe('8');
    expect(Number(last[2])).toBeCloseTo(result.globalBarrierPerRound[2], 3);
    expect(Number(last[9])).toBeCloseTo(result.logZ, 4);
  });
});
