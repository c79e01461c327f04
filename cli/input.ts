/**
 * Reading what the user gives: model files and YAML specs. Every problem becomes an
 * InputError naming the file and the field, which the CLI prints as one line (exit 2).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import type { Model } from '../core/models/model.js';
import { parseJsonText, parseModelText } from '../core/models/model-file.js';
import { modelFromJsonOrModule } from '../worker/custom-module.js';
import { specSchema, type Spec } from '../experiments/spec.js';
import { preflightTask } from '../coordinator/tasks.js';

export function readInputFile(path: string): string {
  if (!existsSync(path)) throw new InputError(path, '(file)', 'no such file');
  if (statSync(path).isDirectory()) throw new InputError(path, '(file)', 'is a folder, not a file');
  return readFileSync(path, 'utf8');
}

export function loadModelFile(path: string): Model {
  const text = readInputFile(path);
  // A custom model file names its module relative to the file itself.
  const json = parseJsonText(text, path) as { type?: unknown } | null;
  if (json && typeof json === 'object' && json.type === 'custom') return modelFromJsonOrModule(json, dirname(resolve(path)), path);
  return parseModelText(text, path);
}

/** Turn the first zod issue into an InputError naming the field path. */
export function zodToInputError(error: z.ZodError, file: string): InputError {
  const issue = error.issues[0];
  const field = issue.path.length > 0 ? issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('') : '(root)';
  return new InputError(file, field, issue.message);
}

export interface LoadedSpec {
  spec: Spec;
  text: string;
  file: string;
  /** The spec's model; undefined when the spec names none (a train spec from random weights, a denoise or capacity task). */
  model: Model | undefined;
}

/** Parse and validate a spec file, and load its model (path relative to the spec's folder). */
export function loadSpecFile(file: string): LoadedSpec {
  const text = readInputFile(file);
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    if (err instanceof YAMLParseError) {
      const line = err.linePos?.[0]?.line;
      throw new InputError(file, line ? `line ${line}` : '(yaml)', `YAML syntax error: ${err.message.split('\n')[0]}`);
    }
    throw err;
  }
  return validateSpec(raw, text, file);
}

export function validateSpec(raw: unknown, text: string, file: string): LoadedSpec {
  const parsed = specSchema.safeParse(raw);
  if (!parsed.success) throw zodToInputError(parsed.error, file);
  const spec = parsed.data;
  const modelRef = 'model' in spec ? spec.model : undefined;
  const model =
    modelRef === undefined
      ? undefined
      : typeof modelRef === 'string'
        ? loadModelFile(resolve(dirname(file), modelRef))
        : modelFromJsonOrModule(modelRef, dirname(resolve(file)), file, 'model.');
  try {
    if (model) preflightTask(spec, model);
  } catch (err) {
    // Models name themselves in errors; here we know the file they came from.
    throw err instanceof InputError ? err.inFile(typeof modelRef === 'string' ? modelRef : file) : err;
  }
  return { spec, text, file, model };
}
