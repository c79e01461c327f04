/**
 * User-defined energies end to end through `ebm run`: the CLI and the worker threads each
 * import the module named in the spec from disk (a .ts module compiled on the fly, a .mjs one
 * as it is); bad modules fail as one-line input errors naming the spec and the field.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { runEbm, tempDir } from '../support/cli.js';

describe('custom energies through the CLI', () => {
  it('AIS on the example Gaussian mixture (.ts module) lands within 4 standard errors of the closed form', async () => {
    const out = tempDir();
    const run = await runEbm(['run', join(repoRoot, 'experiments/custom/gaussian-mixture-logz.yaml'), '--json', '--workers', '2', '--out', out]);
    expect(run.stderr).not.toMatch(/error/);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.modelType).toBe('custom');
    expect(result.exactSource).toBe('closed-form');
    expect(result.stderr).toBeGreaterThan(0);
    expect(result.stderr).toBeLessThan(0.05);
    // A path that missed a mode, a wrong base normaliser or a MALA kernel with the wrong
    // Metropolis-Hastings ratio shifts log Z by far more than 4 standard errors.
    expect(Math.abs(result.logZ - result.exact)).toBeLessThan(4 * result.stderr);
  }, 60_000);

  it('a plain .mjs module works the same way (bitwise the same on 1 or 3 worker threads), with exact log Z by enumeration for a small discrete energy', async () => {
    const dir = tempDir();
    // A 4-spin ring at coupling 0.5: Z = sum over states of exp(0.5 sum s_i s_{i+1}).
    writeFileSync(join(dir, 'ring.mjs'), 'export default { kind: "spin", dimension: 4, energy: (s) => -0.5 * (s[0]*s[1] + s[1]*s[2] + s[2]*s[3] + s[3]*s[0]) };\n');
    writeFileSync(join(dir, 'ring.yaml'), 'task: logz\nname: ring\nmodel: { type: custom, module: ./ring.mjs }\nmethod: ais\nais: { chains: 64, chainsPerUnit: 16, schedule: { kind: linear, steps: 200 } }\n');
    // One worker thread and three load their own copies of the module: the same bits.
    const [run, three] = await Promise.all([
      runEbm(['run', join(dir, 'ring.yaml'), '--json', '--workers', '1', '--out', join(dir, 'one')]),
      runEbm(['run', join(dir, 'ring.yaml'), '--json', '--workers', '3', '--out', join(dir, 'three')]),
    ]);
    expect(run.status).toBe(0);
    expect(three.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(JSON.parse(three.stdout).logZ).toBe(result.logZ);
    // Transfer matrix of the ring: Z = (2 cosh 0.5)^4 + (2 sinh 0.5)^4.
    const exact = Math.log((2 * Math.cosh(0.5)) ** 4 + (2 * Math.sinh(0.5)) ** 4);
    expect(result.exactSource).toBe('enumeration');
    expect(result.exact).toBeCloseTo(exact, 12);
    expect(Math.abs(result.logZ - exact)).toBeLessThan(4 * result.stderr + 1e-9);
  }, 60_000);

  it('a missing module or a bad export is an input error naming the spec and model.module', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'missing.yaml'), 'task: logz\nname: missing\nmodel: { type: custom, module: ./nowhere.ts }\n');
    const missing = await runEbm(['run', join(dir, 'missing.yaml'), '--out', dir]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^ebm: error: .*missing\.yaml: model\.module: no such module file .*nowhere\.ts\n$/);

    writeFileSync(join(dir, 'bad.mjs'), 'export default { kind: "spin", dimension: 0, energy: () => 0 };\n');
    writeFileSync(join(dir, 'bad.yaml'), 'task: logz\nname: bad\nmodel: { type: custom, module: ./bad.mjs }\n');
    const bad = await runEbm(['run', join(dir, 'bad.yaml'), '--out', dir]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yaml: model\.module: .*bad\.mjs does not export a valid CustomEnergy: dimension: must be a positive integer/);

    writeFileSync(join(dir, 'wrong-kind.yaml'), `task: logz\nname: wrong\nmodel: { type: custom, module: ${join(repoRoot, 'experiments/custom/gaussian-mixture.ts')}, kind: spin }\n`);
    const wrongKind = await runEbm(['run', join(dir, 'wrong-kind.yaml'), '--out', dir]);
    expect(wrongKind.status).toBe(2);
    expect(wrongKind.stderr).toMatch(/wrong-kind\.yaml: model\.kind: is "spin" but the module exports "continuous"/);
  }, 60_000);
});
