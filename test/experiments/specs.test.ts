import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpecFile } from '../../cli/input.js';
import { repoRoot } from '../support/paths.js';

/** Every YAML file under experiments/, at any depth. */
function specFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? specFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
}

describe('experiments/', () => {
  const files = specFiles(join(repoRoot, 'experiments'));

  it('has the specs the issues name', () => {
    expect(files.map((f) => f.slice(repoRoot.length + 1))).toContain('experiments/ising-2d-logz.yaml');
  });

  it.each(files.map((f) => [f.slice(repoRoot.length + 1), f]))('%s validates, model included', (_name, file) => {
    const loaded = loadSpecFile(file);
    expect(loaded.spec.name).toMatch(/^[A-Za-z0-9_-]+$/);
    if (loaded.spec.task === 'logz' || loaded.spec.task === 'sample') expect(loaded.model?.size).toBeGreaterThan(0);
  });
});
