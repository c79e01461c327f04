/**
 * proto/generated/ must be what `npm run proto` makes from proto/ebm.proto today: the test
 * regenerates into a temp dir and compares, so an edit to the schema without regenerating
 * (or a hand edit of generated code) fails here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';

describe('generated wire code', () => {
  it('is up to date with proto/ebm.proto', () => {
    const out = mkdtempSync(join(tmpdir(), 'ebm-proto-'));
    try {
      execFileSync('bash', [join(repoRoot, 'scripts/gen-proto.sh'), out], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
      for (const file of ['ebm.js', 'ebm.d.ts']) {
        const fresh = readFileSync(join(out, file), 'utf8');
        const committed = readFileSync(join(repoRoot, 'proto/generated', file), 'utf8');
        expect(committed === fresh, `proto/generated/${file} is stale: run \`npm run proto\``).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
