/**
 * ebm's own process metrics (metrics/process-metrics.ts): the standard process_* set with true
 * values, and nothing running between scrapes. Catches a CPU counter that counts from the
 * registry's creation instead of the process's start, siblings read before the collect that
 * sets them (a scrape one step behind), a wrong fd count or limit, and a collector set that
 * grew back (each series is CPU at every scrape: BENCHMARKS.md, metrics.*).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../metrics/index.js';

/** The value of an unlabelled-but-for-defaults series in exposition text. */
function value(text: string, name: string): number {
  const match = new RegExp(`^${name}\\{[^}]*\\} (\\S+)$`, 'm').exec(text);
  if (!match) throw new Error(`${name} missing from\n${text}`);
  return Number(match[1]);
}

describe('process metrics', () => {
  it('exports the process CPU, memory, fds and start time, and the Node heap, lag and version', async () => {
    const metrics = createMetrics('worker', { worker: 'proc-test' });
    const cpuBefore = process.cpuUsage();
    const text = await metrics.registry.metrics();
    const cpuAfter = process.cpuUsage();
    const families = [...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].map((m) => `${m[1]} ${m[2]}`).filter((f) => !f.startsWith('ebm_'));
    expect(families.sort()).toEqual(
      [
        'nodejs_eventloop_lag_seconds gauge',
        'nodejs_heap_size_total_bytes gauge',
        'nodejs_heap_size_used_bytes gauge',
        'nodejs_version_info gauge',
        'process_cpu_seconds_total counter',
        'process_cpu_system_seconds_total counter',
        'process_cpu_user_seconds_total counter',
        'process_max_fds gauge',
        'process_open_fds gauge',
        'process_resident_memory_bytes gauge',
        'process_start_time_seconds gauge',
      ].sort(),
    );
    // CPU since the process started, read during the scrape: between the two readings around it.
    const user = value(text, 'process_cpu_user_seconds_total');
    const system = value(text, 'process_cpu_system_seconds_total');
    expect(user).toBeGreaterThanOrEqual(cpuBefore.user / 1e6);
    expect(user).toBeLessThanOrEqual(cpuAfter.user / 1e6);
    expect(system).toBeGreaterThanOrEqual(cpuBefore.system / 1e6);
    expect(system).toBeLessThanOrEqual(cpuAfter.system / 1e6);
    expect(value(text, 'process_cpu_seconds_total')).toBeCloseTo(user + system, 9);

    const startTime = value(text, 'process_start_time_seconds');
    expect(Math.abs(startTime - (Date.now() / 1000 - process.uptime()))).toBeLessThanOrEqual(1);
    expect(Math.abs(value(text, 'process_open_fds') - readdirSync('/proc/self/fd').length)).toBeLessThanOrEqual(3);
    const limit = spawnSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).stdout.trim();
    expect(value(text, 'process_max_fds')).toBe(Number(limit));
    const rss = value(text, 'process_resident_memory_bytes');
    expect(rss).toBeGreaterThan(value(text, 'nodejs_heap_size_used_bytes'));
    expect(value(text, 'nodejs_heap_size_used_bytes')).toBeLessThanOrEqual(value(text, 'nodejs_heap_size_total_bytes'));
    expect(value(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(text).toContain(`nodejs_version_info{version="${process.version}",major="${process.versions.node.split('.')[0]}"`);
  });

  it('counts CPU spent between scrapes into the CPU counters', async () => {
    const metrics = createMetrics('worker', {});
    const first = value(await metrics.registry.metrics(), 'process_cpu_seconds_total');
    const spin = process.cpuUsage();
    while (process.cpuUsage(spin).user < 50_000); // 50 ms of CPU
    const second = value(await metrics.registry.metrics(), 'process_cpu_seconds_total');
    expect(second - first).toBeGreaterThanOrEqual(0.05);
  });
});
