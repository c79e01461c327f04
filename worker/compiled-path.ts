/**
 * Thread entry points always load compiled JavaScript: a worker thread cannot run the
 * TypeScript sources that vitest imports. From dist/ the sibling file is used as it is;
 * from a source checkout (tests) the same path under dist/ is used (`npm test` builds first).
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function compiledSibling(moduleUrl: string, baseName: string): string {
  const here = fileURLToPath(moduleUrl);
  const dir = dirname(here);
  if (here.endsWith('.js')) return join(dir, `${baseName}.js`);
  let root = dir;
  while (!existsSync(resolve(root, 'package.json'))) root = dirname(root);
  const compiled = join(root, 'dist', relative(root, dir), `${baseName}.js`);
  if (!existsSync(compiled)) throw new Error(`${compiled} is missing: run \`npm run build\` first`);
  return compiled;
}
