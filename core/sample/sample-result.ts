/**
 * The numerical part of a sampling run's `result.json`: the settings that fix the draws and,
 * per observable, the estimate with its error bar and diagnostics. The runtime adds what
 * only it knows (workers, wallSeconds, output file names). Non-finite diagnostics (a constant
 * observable's R-hat) come out as null, as JSON has no NaN.
 */
import { InputError } from '../errors.js';
import type { TemperedPath } from '../models/model.js';
import type { SampleSummary } from './summary.js';

export interface SampleRunSettings {
  seed: number;
  sampler: string;
  chains: number;
  chainsPerUnit: number;
  burnIn: number;
  thin: number;
  draws: number;
}

export interface ObservableResult {
  mean: number;
  sd: number;
  mcse: number;
  /** mean -/+ 1.96 mcse. */
  ci95: [number, number];
  rhat: number;
  essBulk: number;
  essTail: number;
  tau: number;
}

export interface SampleRunResult extends SampleRunSettings {
  method: 'sample';
  /** Every observable's R-hat is at most 1.01. */
  converged: boolean;
  warnings: string[];
  observables: Record<string, ObservableResult>;
}

export function sampleResult(summary: SampleSummary, settings: SampleRunSettings): SampleRunResult {
  const observables: Record<string, ObservableResult> = {};
  for (const o of summary.observables) {
    observables[o.name] = {
      mean: o.mean,
      sd: o.sd,
      mcse: o.mcse,
      ci95: [o.mean - 1.96 * o.mcse, o.mean + 1.96 * o.mcse],
      rhat: o.rhat,
      essBulk: o.essBulk,
      essTail: o.essTail,
      tau: o.tau,
    };
  }
  return { method: 'sample', ...settings, converged: summary.converged, warnings: summary.warnings, observables };
}

/** The observables a path's chains report with the given kernel (energy first by convention). */
export function observablesOf(path: TemperedPath, sampler?: string): readonly string[] {
  return path.createChains(1, sampler === undefined ? {} : { sampler }).observables;
}

/**
 * The observables a user asked for, checked against those available; all of them when none
 * were asked for. An unknown name is an InputError naming `file` and `field`.
 */
export function resolveObservables(available: readonly string[], requested: readonly string[] | undefined, file: string, field = 'observables'): string[] {
  if (requested === undefined || requested.length === 0) return [...available];
  for (const name of requested) {
    if (!available.includes(name)) throw new InputError(file, field, `no observable "${name}"; this model reports ${available.join(', ')}`);
  }
  return [...new Set(requested)];
}
