/**
 * The process metrics every Prometheus client exports (process_cpu_*, process_resident_memory_bytes,
 * process_open_fds, process_max_fds, process_start_time_seconds) and the few Node ones a
 * dashboard reads (heap size and use, event-loop lag, version), with the names and help of
 * prom-client's defaults. All values are read when a scrape collects them: no timers, no GC
 * observer, nothing runs between scrapes.
 *
 * Why not prom-client's collectDefaultMetrics: it samples the event loop on a timer, observes
 * every GC, and exports some 60 series (heap spaces, lag percentiles, handles by type) that ebm's
 * dashboards do not graph; collecting them was most of a scrape's CPU (BENCHMARKS.md, metrics.*).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { Counter, Gauge, type Registry } from 'prom-client';

/** The file-descriptor limit from /proc/self/limits (Linux); undefined elsewhere or when unlimited. */
function maxFileDescriptors(): number | undefined {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8').split('\n').find((l) => l.startsWith('Max open files'));
    const soft = Number(line?.split(/\s+/)[3]);
    return Number.isFinite(soft) ? soft : undefined;
  } catch {
    return undefined;
  }
}

/** Open file descriptors (Linux: entries of /proc/self/fd, less the one the listing itself opens). */
function openFileDescriptors(): number | undefined {
  try {
    return readdirSync('/proc/self/fd').length - 1;
  } catch {
    return undefined;
  }
}

export function registerProcessMetrics(registry: Registry): void {
  const registers = [registry];
  // A registry collects its metrics in registration order, each before it is read: the metric
  // whose collect reads a value for its siblings comes first.
  let lastCpu = { user: 0, system: 0 }; // counts from the process's start, as the metric's name says
  new Counter({
    name: 'process_cpu_user_seconds_total',
    help: 'Total user CPU time spent in seconds.',
    registers,
    collect() {
      const now = process.cpuUsage();
      const user = (now.user - lastCpu.user) / 1e6;
      const system = (now.system - lastCpu.system) / 1e6;
      lastCpu = now;
      this.inc(user);
      cpuSystem.inc(system);
      cpuTotal.inc(user + system);
    },
  });
  const cpuSystem = new Counter({ name: 'process_cpu_system_seconds_total', help: 'Total system CPU time spent in seconds.', registers });
  const cpuTotal = new Counter({ name: 'process_cpu_seconds_total', help: 'Total user and system CPU time spent in seconds.', registers });
  new Gauge({ name: 'process_start_time_seconds', help: 'Start time of the process since unix epoch in seconds.', registers }).set(Math.round(Date.now() / 1000 - process.uptime()));
  new Gauge({
    name: 'process_resident_memory_bytes',
    help: 'Resident memory size in bytes.',
    registers,
    collect() {
      this.set(process.memoryUsage.rss());
    },
  });
  if (openFileDescriptors() !== undefined) {
    new Gauge({
      name: 'process_open_fds',
      help: 'Number of open file descriptors.',
      registers,
      collect() {
        const open = openFileDescriptors();
        if (open !== undefined) this.set(open);
      },
    });
  }
  const maxFds = maxFileDescriptors();
  if (maxFds !== undefined) new Gauge({ name: 'process_max_fds', help: 'Maximum number of open file descriptors.', registers }).set(maxFds);

  new Gauge({
    name: 'nodejs_heap_size_total_bytes',
    help: 'Process heap size from Node.js in bytes.',
    registers,
    collect() {
      const heap = getHeapStatistics();
      this.set(heap.total_heap_size);
      heapUsed.set(heap.used_heap_size);
    },
  });
  const heapUsed = new Gauge({ name: 'nodejs_heap_size_used_bytes', help: 'Process heap size used from Node.js in bytes.', registers });
  new Gauge({
    name: 'nodejs_eventloop_lag_seconds',
    help: 'Lag of event loop in seconds.',
    registers,
    // How long a callback queued now waits for the loop: sampled at the scrape, so a loop blocked
    // by long synchronous work shows as a scrape that waited (and this value large).
    async collect() {
      const start = process.hrtime.bigint();
      await new Promise((resolve) => setImmediate(resolve));
      this.set(Number(process.hrtime.bigint() - start) / 1e9);
    },
  });
  const [major, minor, patch] = process.versions.node.split('.');
  new Gauge({ name: 'nodejs_version_info', help: 'Node.js version info.', labelNames: ['version', 'major', 'minor', 'patch'] as const, registers }).set({ version: process.version, major, minor, patch }, 1);
}
