/**
 * `ebm worker --nats URL`: a worker process. Serves the units of every run on the NATS
 * cluster with a thread pool, heartbeats, and drains on SIGTERM / SIGINT (goodbye, finish the
 * units in hand, close). Nothing it receives is executed: model types come from its own
 * registry.
 */
import { hostname } from 'node:os';
import type { Command } from 'commander';
import { MessageGuard } from '../../proto/guard.js';
import { natsOptionsFromUrl } from '../../proto/nats-options.js';
import { NatsTransport } from '../../proto/nats-transport.js';
import { startWorkerNode } from '../../worker/worker-node.js';
import { createMetrics, followRejectedCounts, recordMessage, recordUnit, serveMetrics } from '../../metrics/index.js';
import { createLog } from '../log.js';
import { MeteredTransport } from '../metered-transport.js';
import { addMetricsOptions, parseCount, parseLogFormat, type MetricsFlags } from '../options.js';
import { defaultThreads } from '../runtime.js';

interface WorkerFlags extends MetricsFlags {
  nats: string;
  threads?: number;
  name?: string;
  logFormat: 'text' | 'json';
}

export function registerWorker(program: Command): void {
  const command = program
    .command('worker')
    .description('serve work units from NATS (run one per machine, or more)')
    .requiredOption('--nats <url>', 'the NATS server(s), e.g. nats://host:4222 (credentials: see README)')
    .option('--threads <n>', 'threads in the pool (default: one per core)', parseCount('--threads'))
    .option('--name <name>', 'a name for logs and metrics (default: host-pid)')
    .option('--log-format <format>', 'text | json', parseLogFormat, 'text');
  addMetricsOptions(command, false).action(async (flags: WorkerFlags) => {
    const log = createLog(flags.logFormat);
    const name = flags.name ?? `${hostname()}-${process.pid}`;
    const threads = flags.threads ?? defaultThreads();
    const guard = new MessageGuard({ log: (line) => log.warn(line.replace(/^ebm: warning: /, '')) });
    const nats = await NatsTransport.connect(natsOptionsFromUrl(flags.nats, process.env, name), guard, (line) => log.info(line.replace(/^ebm: /, '')));
    // The worker role's registry: the units its threads ran, their bytes on the wire, drops.
    const metrics = flags.metricsPort === undefined ? undefined : createMetrics('worker', { worker: name });
    const transport = metrics ? new MeteredTransport(nats, (direction, bytes) => recordMessage(metrics, direction, bytes)) : nats;
    if (metrics) followRejectedCounts(metrics, () => guard.rejected);
    const server = metrics ? await serveMetrics(metrics.registry, { port: flags.metricsPort!, host: flags.metricsHost }) : undefined;
    if (server) log.info('serving metrics', { url: `http://${server.host}:${server.port}/metrics` });
    const node = startWorkerNode({ transport, threads, name, guard, onUnit: metrics ? (figures) => recordUnit(metrics, figures) : undefined });
    await nats.flush();
    log.info('worker ready', { name, threads });
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        log.info('worker draining', { name, signal });
        resolve();
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
    await node.close();
    await transport.close();
    await server?.close();
    log.info('worker stopped', { name, units: node.completed(), held: node.held() });
  });
}
