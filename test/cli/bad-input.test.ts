/**
 * Bad input gets one line, `ebm: error: FILE: FIELD: what is wrong`, exit status 2, and never
 * a stack trace. Each case runs the real command on a file the test writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';

const dir = tempDir();
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const isingOk = { type: 'ising2d', rows: 4, cols: 4, beta: 0.3 };

const cases: { name: string; args: () => string[]; message: RegExp }[] = [
  { name: 'a missing model file', args: () => ['logz', join(dir, 'nope.json')], message: /nope\.json: \(file\): no such file/ },
  { name: 'an unknown model type', args: () => ['logz', file('t.json', '{"type":"potato"}')], message: /t\.json: type: unknown model type "potato"/ },
  { name: 'a file that is not JSON', args: () => ['logz', file('j.json', '{"type": ')], message: /j\.json: \(json\): not valid JSON/ },
  { name: 'a non-positive size', args: () => ['logz', file('s.json', JSON.stringify({ ...isingOk, rows: 0 }))], message: /s\.json: rows: must be >= 3, got 0/ },
  { name: 'a non-integer size', args: () => ['logz', file('i.json', JSON.stringify({ ...isingOk, cols: 4.5 }))], message: /i\.json: cols: must be an integer/ },
  { name: 'a non-finite number', args: () => ['logz', file('f.json', '{"type":"ising2d","rows":4,"cols":4,"beta":1e999}')], message: /f\.json: beta: must be a finite number/ },
  { name: 'a missing required field', args: () => ['logz', file('m.json', '{"type":"ising2d","rows":4,"cols":4}')], message: /m\.json: beta: is required/ },
  {
    name: 'a collection given where one model is expected',
    args: () => ['logz', file('c.json', JSON.stringify({ type: 'collection', cases: [isingOk] }))],
    message: /c\.json: type: is a collection of models/,
  },
  { name: 'a YAML syntax error, with its line', args: () => ['run', file('y.yaml', 'task: logz\nname: x\nmodel: [unclosed\n')], message: /y\.yaml: line \d+: YAML syntax error/ },
  { name: 'a spec field out of range', args: () => ['run', file('r.yaml', `task: logz\nname: x\nmodel: ${JSON.stringify(isingOk)}\nais: { chains: -1 }\n`)], message: /r\.yaml: ais\.chains: / },
  { name: 'a PT checkpoint interval of zero', args: () => ['run', file('p.yaml', `task: logz\nname: x\nmodel: ${JSON.stringify(isingOk)}\nmethod: pt\npt: { checkpointEvery: 0 }\n`)], message: /p\.yaml: pt\.checkpointEvery: / },
  { name: 'an unknown spec field', args: () => ['run', file('u.yaml', `task: logz\nname: x\nmodel: ${JSON.stringify(isingOk)}\nchainz: 3\n`)], message: /u\.yaml: \(root\): .*chainz/ },
  { name: 'an unknown task', args: () => ['run', file('k.yaml', 'task: juggle\nname: x\n')], message: /k\.yaml: task: / },
  { name: 'a bad model inside a spec', args: () => ['run', file('b.yaml', 'task: logz\nname: x\nmodel: { type: ising2d, rows: 4, cols: 4, beta: -inf }\n')], message: /b\.yaml: model: beta: must be a finite number/ },
  { name: 'a bad flag value', args: () => ['logz', file('ok.json', JSON.stringify(isingOk)), '--chains', 'many'], message: /--chains must be an integer >= 1/ },
  { name: 'an unknown flag', args: () => ['logz', file('ok2.json', JSON.stringify(isingOk)), '--chainz', '3'], message: /unknown option '--chainz'/ },
  {
    name: 'an array of the wrong length',
    args: () => ['logz', file('a.json', JSON.stringify({ type: 'ising', n: 3, couplings: [[0, 1, 1]], fields: [0, 0] }))],
    message: /a\.json: fields: must have 3 entries, got 2/,
  },
  {
    name: 'enumeration asked for over 24 spins',
    args: () => ['logz', file('e.json', JSON.stringify({ type: 'ising', n: 30, couplings: [[0, 1, 1]] })), '--method', 'exact'],
    message: /e\.json.*24.*--method ais/,
  },
  { name: 'an unknown command', args: () => ['juggle'], message: /unknown command 'juggle'/ },
];

describe('bad input', () => {
  it.each(cases)('$name: exit 2 and one line', async ({ args, message }) => {
    const run = await runEbm([...args(), '--out', join(dir, `run-${Math.random().toString(36).slice(2)}`)]);
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ebm: error: /);
    expect(lines[0]).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.stdout).toBe('');
  });
});
