/**
 * PT on the workers computes exactly what the one-thread driver computes: a unit is one round
 * of one copy, its streams keyed by slot and copy, its records merged in copy order. Any
 * difference -- a stream keyed by worker, a record merged in arrival order, a state lost on the
 * wire between rounds -- shows as a changed bit.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedRuntime } from '../../cli/runtime.js';
import { runPtOnWorkers } from '../../coordinator/pt-run.js';
import { PT_CHECKPOINT } from '../../coordinator/pt-checkpoint.js';
import { ising2dType } from '../../core/models/ising2d.js';
import { runPt } from '../../core/pt/run-pt.js';

const model = ising2dType.parse({ type: 'ising2d', rows: 6, cols: 6, beta: 0.5 }, 'test');
const runtime = startEmbeddedRuntime(2);
afterAll(() => runtime.close());

const common = { seed: 5, rounds: 6, sweeps: 2, copies: 3 };
const betas = Float64Array.from({ length: 5 }, (_, i) => i / 4);

function onWorkers(scheme: 'deo' | 'reversible', runDir?: string) {
  return runPtOnWorkers({
    ...common,
    transport: runtime.transport,
    runId: `pt-run-${scheme}`,
    model,
    betas,
    scheme,
    adapt: true,
    runDir,
    source: 'test',
    timeoutMs: 60_000,
  });
}

describe('runPtOnWorkers', () => {
  it.each(['deo', 'reversible'] as const)('gives bit for bit the one-thread result (%s, 3 copies, adapted ladder)', async (scheme) => {
    const local = runPt({ ...common, path: model.temperedPath(), betas, scheme });
    const { result, timing } = await onWorkers(scheme);
    expect(JSON.stringify(result)).toBe(JSON.stringify(local));
    expect(timing.roundWallSeconds).toHaveLength(6);
  });

  it('checkpoints every round and, started again on its folder, returns the same result without running a round', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ebm-pt-run-'));
    const first = await onWorkers('deo', dir);
    const saved = JSON.parse(readFileSync(join(dir, PT_CHECKPOINT), 'utf8'));
    expect(saved.round).toBe(6);
    expect(saved.copyResults).toHaveLength(3);
    const again = await onWorkers('deo', dir);
    expect(again.timing.roundWallSeconds).toHaveLength(0);
    expect(JSON.stringify(again.result)).toBe(JSON.stringify(first.result));
  });
});
