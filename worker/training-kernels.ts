/**
 * The training kernels a worker can run, by the name a PCD unit carries. The reference kernel
 * is plain TypeScript in float64; wasm-f32 is the WebAssembly SIMD kernel built by
 * `npm run asbuild` into dist/assembly/ (instantiated once per thread) and tested against it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wasmTrainingKernel, type RbmTrainExports } from '../core/kernels/wasm-rbm-kernel.js';
import { referenceKernel, type TrainingKernel } from '../core/train/training-kernel.js';

/** The WebAssembly API, typed just enough (the project's TypeScript lib does not declare it). */
const wasmApi = (globalThis as unknown as {
  WebAssembly: {
    Module: new (bytes: Uint8Array) => object;
    Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { exports: unknown };
  };
}).WebAssembly;

let wasmKernel: TrainingKernel | undefined;

/** The compiled module, from the repository's dist/ folder (sources and compiled code alike). */
function wasmPath(): string {
  let root = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(root, 'package.json'))) root = dirname(root);
  return join(root, 'dist', 'assembly', 'rbm-train.wasm');
}

function loadWasmKernel(): TrainingKernel {
  if (!wasmKernel) {
    const file = wasmPath();
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (it runs \`npm run asbuild\`)`);
    const module = new wasmApi.Module(readFileSync(file));
    const instance = new wasmApi.Instance(module, { env: { abort: () => { throw new Error('rbm-train.wasm aborted'); } } });
    wasmKernel = wasmTrainingKernel(instance.exports as unknown as RbmTrainExports);
  }
  return wasmKernel;
}

const kernels: Record<string, () => TrainingKernel> = {
  reference: () => referenceKernel,
  'wasm-f32': loadWasmKernel,
};

export function trainingKernel(name: string | null | undefined): TrainingKernel {
  const make = kernels[name || 'reference'];
  if (!make) throw new RangeError(`unknown training kernel ${JSON.stringify(name)}; known: ${Object.keys(kernels).join(', ')}`);
  return make();
}
