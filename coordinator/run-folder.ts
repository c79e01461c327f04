/**
 * The run folder: the spec as given, the resolved spec (model inline, everything a resume
 * needs), checkpoints, and result.json — all written atomically.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { writeFileAtomic, writeJsonAtomic } from './atomic-file.js';

export const RESOLVED_SPEC = 'spec.resolved.json';

/**
 * A new run folder: `out` exactly, if given, else runs/NAME-TIME. A folder that already holds
 * a run is refused: continuing one is `ebm resume`'s job, and mixing two runs' units is not.
 */
export function createRunDir(name: string, out: string | undefined): string {
  const dir = out ? resolve(out) : resolve('runs', `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  if (existsSync(join(dir, RESOLVED_SPEC))) {
    throw new InputError(out ?? dir, '--out', 'already holds a run; continue it with `ebm resume` or choose another folder');
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function writeSpecFiles(dir: string, specText: string, resolved: unknown): void {
  writeFileAtomic(join(dir, 'spec.yaml'), specText);
  writeJsonAtomic(join(dir, RESOLVED_SPEC), resolved);
}

export function readResolvedSpec(dir: string): unknown {
  const file = join(dir, RESOLVED_SPEC);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function writeResult(dir: string, result: unknown): void {
  writeJsonAtomic(join(dir, 'result.json'), result);
}
