/**
 * Loading user-defined energies (core/models/custom-energy.ts) by path, on the machine that
 * needs them: the CLI when it reads a spec, and every worker thread when a unit names a model
 * `{ type: "custom", module: "/abs/path" }`. Nothing is ever received over the wire but the
 * path; each process imports its own copy from its own disk (so a distributed run needs the
 * module at the same absolute path on every worker machine).
 *
 * Modules load synchronously (Node >= 20.19 `require` of ES modules), so specs validate and
 * units build their model without an async step:
 *   - .js, .mjs, .cjs: imported as they are;
 *   - .ts, .mts: compiled on their own with TypeScript's `transpileModule` (the `typescript`
 *     package, a dev dependency present in a checkout) into an .mjs in the system temp folder,
 *     named by the hash of the source, then imported. Types are stripped, nothing is checked;
 *     type-only imports are fine, but relative *value* imports would not resolve from the temp
 *     folder: a module spread over several files should be compiled to .js and named as such.
 * The module's default export (or the module itself) must be a CustomEnergy.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { threadId } from 'node:worker_threads';
import { extname, isAbsolute, join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { customEnergyModel, type CustomModel } from '../core/models/custom-model.js';
import type { Model } from '../core/models/model.js';
import { modelFromJson } from '../core/models/model-file.js';

const require = createRequire(import.meta.url);
/** Loaded models by absolute path and modification time (a module edited between runs reloads). */
const loaded = new Map<string, CustomModel>();

const SCRIPT_EXTENSIONS = new Set(['.js', '.mjs', '.cjs']);
const TYPESCRIPT_EXTENSIONS = new Set(['.ts', '.mts']);

/**
 * The custom model in the module at `modulePath` (absolute, or relative to `baseDir`).
 * Problems are InputErrors naming `file` and `field` (e.g. the spec and "model.module").
 */
export function loadCustomModel(modulePath: string, baseDir: string, file: string, field: string): CustomModel {
  const path = isAbsolute(modulePath) ? modulePath : resolve(baseDir, modulePath);
  if (!existsSync(path) || statSync(path).isDirectory()) throw new InputError(file, field, `no such module file ${path}`);
  const ext = extname(path);
  if (!SCRIPT_EXTENSIONS.has(ext) && !TYPESCRIPT_EXTENSIONS.has(ext)) throw new InputError(file, field, `must name a .js, .mjs, .cjs, .ts or .mts module, got ${path}`);
  const key = `${path}\0${statSync(path).mtimeMs}`;
  const cached = loaded.get(key);
  if (cached) return cached;
  let exported: unknown;
  try {
    const runnable = TYPESCRIPT_EXTENSIONS.has(ext) ? compileTypeScript(path) : path;
    const module = require(runnable) as Record<string, unknown>;
    exported = module && typeof module === 'object' && 'default' in module ? module.default : module;
  } catch (err) {
    throw new InputError(file, field, `cannot load ${path}: ${(err as Error).message.split('\n')[0]}`);
  }
  let model: CustomModel;
  try {
    model = customEnergyModel(exported, path);
  } catch (err) {
    if (err instanceof InputError) throw new InputError(file, field, `${path} does not export a valid CustomEnergy: ${err.field}: ${err.problem}`);
    throw err;
  }
  loaded.set(key, model);
  return model;
}

/**
 * A model object that may be custom: `{ type: "custom", module, [name, kind, dimension] }`
 * loads the module (kind and dimension, when given, must match what it exports); any other
 * type goes to the registry.
 */
export function modelFromJsonOrModule(json: unknown, baseDir: string, file: string, field = ''): Model {
  if (json === null || typeof json !== 'object' || (json as { type?: unknown }).type !== 'custom') return modelFromJson(json, file, field);
  const object = json as Record<string, unknown>;
  if (typeof object.module !== 'string' || object.module.length === 0) throw new InputError(file, `${field}module`, 'is required: the path of a .js/.mjs/.ts module exporting a CustomEnergy');
  const model = loadCustomModel(object.module, baseDir, file, `${field}module`);
  for (const key of ['kind', 'dimension'] as const) {
    const declared = object[key];
    const actual = key === 'kind' ? model.energy.kind : model.energy.dimension;
    if (declared !== undefined && declared !== actual) throw new InputError(file, `${field}${key}`, `is ${JSON.stringify(declared)} but the module exports ${JSON.stringify(actual)}`);
  }
  return model;
}

/** Compile a TypeScript module to an .mjs in the temp folder (once per source text). */
function compileTypeScript(path: string): string {
  const source = readFileSync(path, 'utf8');
  const hash = createHash('sha256').update(path).update('\0').update(source).digest('hex').slice(0, 24);
  const dir = join(tmpdir(), 'ebm-custom-modules');
  const out = join(dir, `${hash}.mjs`);
  if (existsSync(out)) return out;
  let ts: typeof import('typescript');
  try {
    ts = require('typescript') as typeof import('typescript');
  } catch {
    throw new Error('a .ts module needs the `typescript` package (npm install typescript), or compile it to .js and name that');
  }
  const compiled = ts.transpileModule(source, {
    fileName: path,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  });
  mkdirSync(dir, { recursive: true });
  // Temp file + rename: several worker threads may compile the same module at once.
  const temp = `${out}.${process.pid}.${threadId}.tmp`;
  writeFileSync(temp, `// compiled by ebm from ${path}\n${compiled.outputText}`);
  renameSync(temp, out);
  return out;
}
