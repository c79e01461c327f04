/**
 * Comlink (typed RPC over postMessage) between a worker node's main thread and its chain host
 * threads: the one place that adapts node:worker_threads ports to comlink's Endpoint.
 */
import { expose, wrap, type Remote } from 'comlink';
import nodeAdapter from 'comlink/dist/esm/node-adapter.mjs';
import type { MessagePort, Worker } from 'node:worker_threads';

/** Serve `api` to the thread at the other end of `port` (a thread's parentPort). */
export function exposeOn<T extends object>(api: T, port: MessagePort): void {
  expose(api, nodeAdapter(port));
}

/** Call the api a thread exposes, with each method returning a promise. */
export function remoteOf<T>(thread: Worker): Remote<T> {
  return wrap<T>(nodeAdapter(thread));
}
