import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { allMetricNames, createMetrics, metricNames, recordUnit } from '../../metrics/index.js';
import { populateCoordinator, populateWorker } from './populate.js';

/** Runs `promtool check metrics` (Prometheus' own linter) on exposition text. */
function promtoolCheck(text: string): { status: number | null; output: string } {
  const run = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

function families(text: string): Map<string, string> {
  const types = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (match) types.set(match[1], match[2]);
  }
  return types;
}

describe('createMetrics', () => {
  it('exposes every ebm metric with help text on the coordinator, and promtool accepts the output', async () => {
    const metrics = createMetrics('coordinator', { run: 'run-1' });
    populateCoordinator(metrics, -12.25, 2);
    const text = await metrics.registry.metrics();
    const types = families(text);
    for (const name of allMetricNames) {
      expect(types.has(name), name).toBe(true);
      expect(text).toMatch(new RegExp(`^# HELP ${name} \\S.+$`, 'm'));
    }
    // Counters end in _total and nothing else does (Prometheus naming conventions).
    for (const [name, type] of types) if (name.startsWith('ebm_')) expect(name.endsWith('_total'), name).toBe(type === 'counter');
    expect(types.has('process_cpu_seconds_total')).toBe(true);
    expect(types.has('nodejs_active_handles_total')).toBe(false);
    expect(text).toContain('ebm_logz_estimate{role="coordinator",run="run-1"} -12.25');
    expect(text).toContain('ebm_pt_swap_acceptance{pair="1",role="coordinator",run="run-1"} 0.6');
    expect(text).toContain('ebm_messages_rejected_total{reason="decode",role="coordinator",run="run-1"} 0');
    const check = promtoolCheck(text);
    expect(check.output).toBe('');
    expect(check.status).toBe(0);
  });

  it('gives a worker only the work and messaging metrics, and promtool accepts them', async () => {
    const metrics = createMetrics('worker', { worker: 'w-1' });
    populateWorker(metrics, 4);
    const text = await metrics.registry.metrics();
    const types = families(text);
    expect(types.has(metricNames.sweeps)).toBe(true);
    // A worker exporting a zero log Z would show up beside the coordinator's real estimate.
    expect(types.has(metricNames.logZEstimate)).toBe(false);
    expect(types.has(metricNames.workers)).toBe(false);
    expect(text).toContain('ebm_sweeps_total{role="worker",worker="w-1"} 400');
    expect(text).toContain('ebm_spin_flips_total{role="worker",worker="w-1"} 10000');
    expect(text).toContain('ebm_unit_duration_seconds_count{role="worker",worker="w-1"} 4');
    expect(promtoolCheck(text).status).toBe(0);
  });

  it('keeps registries apart, so two roles in one process do not collide', async () => {
    const a = createMetrics('worker', {}, { processMetrics: false });
    const b = createMetrics('worker', {}, { processMetrics: false });
    recordUnit(a, { sweeps: 7, flips: 9, seconds: 0.1 });
    expect(await b.registry.getSingleMetricAsString(metricNames.sweeps)).toContain('ebm_sweeps_total{role="worker"} 0');
    expect(await a.registry.getSingleMetricAsString(metricNames.sweeps)).toContain('ebm_sweeps_total{role="worker"} 7');
    expect(await a.registry.metrics()).not.toContain('process_cpu');
  });

  it('refuses label names Prometheus would reject', () => {
    expect(() => createMetrics('worker', { 'bad-name': 'x' })).toThrow(RangeError);
    expect(() => createMetrics('worker', { __reserved: 'x' })).toThrow(RangeError);
  });
});
