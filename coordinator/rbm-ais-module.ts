/**
 * The compiled RBM AIS kernel (dist/assembly/rbm-ais.wasm) for the coordinator's own RAISE
 * chains and image samples. The layers (DESIGN.md) keep coordinator/ from importing worker/,
 * so this is the coordinator's copy of worker/ais-kernels.ts's loader: compile once, a fresh
 * instance per chain set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RbmAisExports, RbmAisInstantiate } from '../core/kernels/wasm-rbm-chains.js';

const wasmApi = (globalThis as unknown as {
  WebAssembly: {
    Module: new (bytes: Uint8Array) => object;
    Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { exports: unknown };
  };
}).WebAssembly;

let compiled: object | undefined;

export function coordinatorRbmAisInstantiate(): RbmAisInstantiate {
  if (!compiled) {
    let root = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(resolve(root, 'package.json'))) root = dirname(root);
    const file = join(root, 'dist', 'assembly', 'rbm-ais.wasm');
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (it runs \`npm run asbuild\`)`);
    compiled = new wasmApi.Module(readFileSync(file));
  }
  const module = compiled;
  return () => new wasmApi.Instance(module, { env: { abort: () => { throw new Error('rbm-ais.wasm aborted'); } } }).exports as unknown as RbmAisExports;
}
