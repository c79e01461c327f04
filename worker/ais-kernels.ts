/**
 * The RBM AIS kernel in WebAssembly (assembly/rbm-ais.ts, built by `npm run asbuild` into
 * dist/assembly/rbm-ais.wasm): compiled once per thread, instantiated once per chain set
 * (core/kernels/wasm-rbm-chains.ts owns an instance's whole memory).
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

function wasmPath(): string {
  let root = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(root, 'package.json'))) root = dirname(root);
  return join(root, 'dist', 'assembly', 'rbm-ais.wasm');
}

/** A function making fresh instances of the compiled AIS module (for RbmPath.withWasm). */
export function rbmAisInstantiate(): RbmAisInstantiate {
  if (!compiled) {
    const file = wasmPath();
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (it runs \`npm run asbuild\`)`);
    compiled = new wasmApi.Module(readFileSync(file));
  }
  const module = compiled;
  return () => new wasmApi.Instance(module, { env: { abort: () => { throw new Error('rbm-ais.wasm aborted'); } } }).exports as unknown as RbmAisExports;
}
