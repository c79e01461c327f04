/**
 * Annealing schedules: increasing b_0 = 0 < b_1 < ... < b_K = 1 (Neal 2001 leaves the choice
 * open; these are the common ones). Every schedule is a Float64Array of K + 1 values.
 */
import { InputError } from '../errors.js';

export type ScheduleSpec =
  | { kind: 'linear'; steps: number }
  | { kind: 'geometric'; steps: number; start?: number }
  | { kind: 'sigmoid'; steps: number; width?: number }
  | { kind: 'list'; betas: number[] }
  | { kind: 'salakhutdinov' };

/** b_k = k / K. */
export function linearSchedule(steps: number): Float64Array {
  const out = new Float64Array(steps + 1);
  for (let k = 0; k <= steps; k++) out[k] = k / steps;
  return out;
}

/** b_0 = 0, then b_1..b_K geometric from `start` to 1: dense where small b changes most. */
export function geometricSchedule(steps: number, start = 1e-4): Float64Array {
  const out = new Float64Array(steps + 1);
  const ratio = Math.log(start);
  for (let k = 1; k <= steps; k++) out[k] = Math.exp(ratio * (1 - (k - 1) / (steps - 1 || 1)));
  out[steps] = 1;
  return out;
}

/**
 * The sigmoid schedule of Grosse, Maddison & Salakhutdinov (2013): b_k proportional to
 * sigmoid(width (2k/K - 1)), rescaled to [0, 1]; dense at both ends.
 */
export function sigmoidSchedule(steps: number, width = 4): Float64Array {
  const out = new Float64Array(steps + 1);
  const lo = 1 / (1 + Math.exp(width));
  const hi = 1 / (1 + Math.exp(-width));
  for (let k = 0; k <= steps; k++) {
    const s = 1 / (1 + Math.exp(-width * ((2 * k) / steps - 1)));
    out[k] = (s - lo) / (hi - lo);
  }
  out[0] = 0;
  out[steps] = 1;
  return out;
}

/**
 * Salakhutdinov & Murray (2008), for RBMs: steps of 1e-3 up to 0.5, 1e-4 up to 0.9,
 * 1e-5 up to 1 — 14,500 intermediate temperatures.
 */
export function salakhutdinovSchedule(): Float64Array {
  const values: number[] = [];
  for (let i = 0; i < 500; i++) values.push(i * 1e-3);
  for (let i = 0; i < 4000; i++) values.push(0.5 + i * 1e-4);
  for (let i = 0; i <= 10000; i++) values.push(0.9 + i * 1e-5);
  const out = Float64Array.from(values);
  out[out.length - 1] = 1;
  return out;
}

/** Build a schedule from its spec; `file` and `field` name it in errors. */
export function buildSchedule(spec: ScheduleSpec, file: string, field: string): Float64Array {
  switch (spec.kind) {
    case 'linear':
      return linearSchedule(requireSteps(spec.steps, file, field));
    case 'geometric': {
      const start = spec.start ?? 1e-4;
      if (!(start > 0 && start < 1)) throw new InputError(file, `${field}.start`, `must be in (0, 1), got ${start}`);
      return geometricSchedule(requireSteps(spec.steps, file, field), start);
    }
    case 'sigmoid':
      return sigmoidSchedule(requireSteps(spec.steps, file, field), spec.width ?? 4);
    case 'salakhutdinov':
      return salakhutdinovSchedule();
    case 'list': {
      const b = spec.betas;
      if (b.length < 2 || b[0] !== 0 || b[b.length - 1] !== 1) throw new InputError(file, `${field}.betas`, 'must start at 0 and end at 1');
      for (let i = 1; i < b.length; i++) {
        if (!(b[i] > b[i - 1])) throw new InputError(file, `${field}.betas[${i}]`, 'must be strictly increasing');
      }
      return Float64Array.from(b);
    }
  }
}

function requireSteps(steps: number, file: string, field: string): number {
  if (!Number.isInteger(steps) || steps < 1) throw new InputError(file, `${field}.steps`, `must be a positive integer, got ${steps}`);
  return steps;
}
