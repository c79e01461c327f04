/**
 * Reading model files (model-format.md): one model object, or a collection of cases.
 * Pure: callers read the file and pass its text and its name (for error messages).
 */
import { InputError } from '../errors.js';
import type { Model, ModelJson } from './model.js';
import { modelTypes } from './registry.js';

export interface ModelCollection {
  description: string;
  cases: Model[];
}

export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(file, '(json)', `not valid JSON: ${(err as Error).message}`);
  }
}

/** Build a model from one model object; `field` prefixes error fields inside collections. */
export function modelFromJson(json: unknown, file: string, field = ''): Model {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new InputError(file, field || '(root)', 'must be a JSON object with a "type" field');
  const object = json as Record<string, unknown>;
  const type = object.type;
  if (typeof type !== 'string') throw new InputError(file, `${field}type`, 'is required (a string such as "ising2d" or "rbm")');
  const modelType = modelTypes.get(type);
  if (!modelType) {
    throw new InputError(file, `${field}type`, `unknown model type ${JSON.stringify(type)}; known types: ${[...modelTypes.keys()].join(', ')}`);
  }
  // Errors inside a collection case name the case's path, e.g. "cases[2].beta".
  return modelType.parse(object, field ? `${file}: ${field.replace(/\.$/, '')}` : file);
}

/** A file that must hold exactly one model. */
export function parseModelText(text: string, file: string): Model {
  const json = parseJsonText(text, file);
  if (json && typeof json === 'object' && (json as ModelJson).type === 'collection') {
    throw new InputError(file, 'type', 'is a collection of models; this command takes one model (pick a case into its own file)');
  }
  return modelFromJson(json, file);
}

/** A file that may hold one model or a collection; always returns a list of cases. */
export function parseModelOrCollection(text: string, file: string): ModelCollection {
  const json = parseJsonText(text, file) as Record<string, unknown>;
  if (json && typeof json === 'object' && json.type === 'collection') {
    const cases = json.cases;
    if (!Array.isArray(cases)) throw new InputError(file, 'cases', 'must be an array of model objects');
    return {
      description: typeof json.description === 'string' ? json.description : '',
      cases: cases.map((c, i) => modelFromJson(c, file, `cases[${i}].`)),
    };
  }
  return { description: '', cases: [modelFromJson(json, file)] };
}

/** The exact log Z stored in a model file, if any. */
export function storedLogZ(model: Model): number | undefined {
  const value = model.toJSON().logZ_exact;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
