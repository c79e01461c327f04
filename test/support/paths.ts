/**
 * Paths the tests use. The shared ground truth lives beside the checkout (`../shared/`), in
 * a developer's tree and in CI's clone alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (works from source under vitest and from dist/). */
export const repoRoot = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(dir, 'package.json'))) dir = dirname(dir);
  return dir;
})();

export const sharedDir = resolve(repoRoot, '../shared');

export function groundTruthPath(file: string): string {
  return resolve(sharedDir, 'ground-truth', file);
}

export function readGroundTruth(file: string): string {
  return readFileSync(groundTruthPath(file), 'utf8');
}
