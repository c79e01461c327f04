// Types for comlink's Node adapter: the package ships `node-adapter.d.ts` beside an `.mjs`,
// which NodeNext resolution does not pair, so worker/comlink-node.ts imports it through this.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import type { Endpoint } from 'comlink';
  import type { MessagePort, Worker } from 'node:worker_threads';
  export default function nodeEndpoint(nep: MessagePort | Worker): Endpoint;
}
