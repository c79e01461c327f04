/**
 * The runtime a command runs on. Embedded (the default): one process, an in-memory
 * transport and a worker node with a thread pool. The coordinator code is the same either way.
 */
import { availableParallelism } from 'node:os';
import { EmbeddedTransport } from '../proto/embedded-transport.js';
import type { Transport } from '../proto/transport.js';
import { startWorkerNode, type WorkerNode } from '../worker/worker-node.js';

export interface Runtime {
  transport: Transport;
  /** Worker threads the coordinator can count on. */
  threads: number;
  close(): Promise<void>;
}

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

export function startEmbeddedRuntime(threads: number): Runtime {
  const transport = new EmbeddedTransport();
  const node: WorkerNode = startWorkerNode({ transport, threads, name: 'embedded' });
  return {
    transport,
    threads,
    async close() {
      await node.close();
      await transport.close();
    },
  };
}
