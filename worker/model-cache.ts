/**
 * Models built from the JSON that units carry, cached per thread so a run's many units parse
 * the model once. Types come from the local registry, and custom energies from the module path
 * the JSON names, imported from this machine's disk: nothing received is executed.
 */
import type { Model } from '../core/models/model.js';
import { parseJsonText } from '../core/models/model-file.js';
import { modelFromJsonOrModule } from './custom-module.js';

const cache = new Map<string, Model>();
const MAX_ENTRIES = 8;

export function modelFromWire(modelJson: string): Model {
  let model = cache.get(modelJson);
  if (!model) {
    model = modelFromJsonOrModule(parseJsonText(modelJson, 'unit'), process.cwd(), 'unit');
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
    cache.set(modelJson, model);
  }
  return model;
}
