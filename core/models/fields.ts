/**
 * Readers for model-file fields: each names the file and the field when the value is wrong,
 * so a model parser reads as a list of its fields.
 */
import { InputError } from '../errors.js';

type Json = Record<string, unknown>;

export function readNumber(json: Json, key: string, file: string, fallback?: number): number {
  const value = json[key];
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new InputError(file, key, 'is required');
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InputError(file, key, `must be a finite number, got ${JSON.stringify(value)}`);
  return value;
}

export function readInteger(json: Json, key: string, file: string, min: number, fallback?: number): number {
  const value = readNumber(json, key, file, fallback);
  if (!Number.isInteger(value)) throw new InputError(file, key, `must be an integer, got ${value}`);
  if (value < min) throw new InputError(file, key, `must be >= ${min}, got ${value}`);
  return value;
}

export function readVector(json: Json, key: string, file: string, length: number, fallback?: number): Float64Array {
  const value = json[key];
  if (value === undefined) {
    if (fallback !== undefined) return new Float64Array(length).fill(fallback);
    throw new InputError(file, key, 'is required');
  }
  if (!Array.isArray(value)) throw new InputError(file, key, 'must be an array of numbers');
  if (value.length !== length) throw new InputError(file, key, `must have ${length} entries, got ${value.length}`);
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const x = value[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) throw new InputError(file, `${key}[${i}]`, `must be a finite number, got ${JSON.stringify(x)}`);
    out[i] = x;
  }
  return out;
}

/** A rows x cols matrix, stored row-major. */
export function readMatrix(json: Json, key: string, file: string, rows: number, cols: number): Float64Array {
  const value = json[key];
  if (value === undefined) throw new InputError(file, key, 'is required');
  if (!Array.isArray(value)) throw new InputError(file, key, `must be ${rows} rows of ${cols} numbers`);
  if (value.length !== rows) throw new InputError(file, key, `must have ${rows} rows, got ${value.length}`);
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = value[i];
    if (!Array.isArray(row)) throw new InputError(file, `${key}[${i}]`, `must be an array of ${cols} numbers`);
    if (row.length !== cols) throw new InputError(file, `${key}[${i}]`, `must have ${cols} entries, got ${row.length}`);
    for (let j = 0; j < cols; j++) {
      const x = row[j];
      if (typeof x !== 'number' || !Number.isFinite(x)) throw new InputError(file, `${key}[${i}][${j}]`, `must be a finite number, got ${JSON.stringify(x)}`);
      out[i * cols + j] = x;
    }
  }
  return out;
}

export function readOptionalString(json: Json, key: string, file: string): string | undefined {
  const value = json[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new InputError(file, key, 'must be a string');
  return value;
}

/** A `beta` field on models without a temperature must be absent or exactly 1. */
export function requireUnitBeta(json: Json, file: string): void {
  if (json.beta !== undefined && json.beta !== 1) throw new InputError(file, 'beta', `must be 1 for this model type (it has no temperature), got ${JSON.stringify(json.beta)}`);
}

/** Write a row-major matrix back as nested arrays. */
export function matrixToRows(m: Float64Array, rows: number, cols: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < rows; i++) out.push(Array.from(m.subarray(i * cols, (i + 1) * cols)));
  return out;
}
