/**
 * Comlink (typed RPC over postMessage) between a worker node's main thread and its chain host
 * threads: the one place that adapts node:worker_threads ports to comlink's Endpoint.
 */
import { expose, transfer, wrap, type Remote } from 'comlink';
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

/**
 * `output` with its `reply` bytes moved to the receiving thread rather than cloned (a round
 * record is ~1.5 kB per scan; cloning it is a copy on each side). Bytes that share their
 * buffer with anything else are copied once first, so only they are detached.
 */
export function withReplyMoved<T extends { reply: Uint8Array }>(output: T): T {
  const bytes = output.reply;
  const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  const reply = owned ? bytes : new Uint8Array(bytes);
  return transfer({ ...output, reply }, [reply.buffer as ArrayBuffer]);
}
