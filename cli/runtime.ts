/**
 * The runtime a command runs on. Embedded (the default): one process, an in-memory
 * transport and a worker node with a thread pool. NATS (`--nats URL`): the coordinator's
 * side only; workers are `ebm worker` processes on any machines. The coordinator code is the
 * same either way.
 */
import { availableParallelism } from 'node:os';
import { WorkerRegistry } from '../coordinator/worker-registry.js';
import type { WorkerLossSignal } from '../coordinator/dispatch.js';
import { EmbeddedTransport } from '../proto/embedded-transport.js';
import { MessageGuard } from '../proto/guard.js';
import { natsOptionsFromUrl } from '../proto/nats-options.js';
import { NatsTransport } from '../proto/nats-transport.js';
import type { Transport } from '../proto/transport.js';
import { startWorkerNode, type WorkerNode } from '../worker/worker-node.js';
import type { Log } from './log.js';
import { MeteredTransport, type ByteCounter } from './metered-transport.js';

export interface Runtime {
  transport: Transport;
  /** Worker threads the coordinator can count on (sets how many units are in flight). */
  threads: number;
  guard: MessageGuard;
  workerLoss?: WorkerLossSignal;
  /** Worker nodes connected now: 1 embedded (one in-process node, whatever its threads). */
  workers(): number;
  close(): Promise<void>;
}

/** What a run's metrics listen to while the runtime starts and runs. */
export interface RuntimeHooks {
  /** Payload bytes over the wire (NATS only: nothing crosses a wire in an embedded run). */
  bytes?: ByteCounter;
  /** The number of connected worker nodes, whenever it changes. */
  workers?: (count: number) => void;
}

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

export function startEmbeddedRuntime(threads: number): Runtime {
  const transport = new EmbeddedTransport();
  const guard = new MessageGuard();
  const node: WorkerNode = startWorkerNode({ transport, threads, name: 'embedded', guard });
  return {
    transport,
    threads,
    guard,
    workers: () => 1,
    async close() {
      await node.close();
      await transport.close();
    },
  };
}

/** Connect to NATS and wait until `minWorkers` workers have said hello. */
export async function startNatsRuntime(url: string, minWorkers: number, log: Log, hooks: RuntimeHooks = {}): Promise<Runtime> {
  const guard = new MessageGuard({ log: (line) => log.warn(line.replace(/^ebm: warning: /, '')) });
  const nats = await NatsTransport.connect(natsOptionsFromUrl(url, process.env, 'ebm-coordinator'), guard, (line) => log.info(line.replace(/^ebm: /, '')));
  const transport: Transport = hooks.bytes ? new MeteredTransport(nats, hooks.bytes) : nats;
  const registry = new WorkerRegistry({
    transport,
    guard,
    onChange: (event, worker, workers) => {
      (event === 'lost' ? log.warn : log.info)(`worker ${event}`, { worker, workers });
      hooks.workers?.(workers);
    },
  });
  if (registry.count() < minWorkers) log.info(`waiting for ${minWorkers} worker(s)`, { nats: url.replace(/\/\/[^@]*@/, '//') });
  await registry.waitFor(minWorkers);
  return {
    transport,
    threads: Math.max(1, registry.threads()),
    guard,
    // After a NATS restart, units in flight get another attempt, as after a lost worker.
    workerLoss: { next: () => Promise.race([registry.next(), nats.nextReconnect()]), liveWorkers: registry },
    workers: () => registry.count(),
    async close() {
      registry.close();
      await transport.close();
    },
  };
}
