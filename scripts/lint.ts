/**
 * ebm's lint: the rules that keep the layers of DESIGN.md apart and core/ pure, checked on
 * the syntax tree with the TypeScript compiler API. `npm run lint`; part of `npm test`.
 *
 * - Each folder imports only the folders its layer may import.
 * - core/ is pure: relative imports only (no node:*, no NATS, no prom-client), no clocks,
 *   no Math.random, no process, no module-level `let`/`var`.
 * - Only proto/ imports the NATS client; only metrics/ imports prom-client.
 * - Tests are never skipped or focused (.skip, .only, .todo, skipIf).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import ts from 'typescript';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');

/** Which top-level folders each layer may import (itself included). */
const allowed: Record<string, string[]> = {
  core: ['core'],
  proto: ['proto', 'core'],
  metrics: ['metrics', 'core'],
  report: ['report', 'core'],
  experiments: ['experiments', 'core'],
  worker: ['worker', 'core', 'proto', 'metrics'],
  coordinator: ['coordinator', 'core', 'proto', 'experiments', 'metrics', 'report'],
  cli: ['cli', 'core', 'proto', 'worker', 'coordinator', 'experiments', 'metrics', 'report'],
};

const problems: string[] = [];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (entry === 'node_modules' || entry === 'generated' || path === join(root, 'dist')) continue;
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function report(file: string, node: ts.Node, source: ts.SourceFile, message: string): void {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  problems.push(`${relative(root, file)}:${line + 1}: ${message}`);
}

function checkImport(file: string, layer: string, specifier: string, node: ts.Node, source: ts.SourceFile): void {
  if (specifier.startsWith('.')) {
    const target = relative(root, resolve(dirname(file), specifier)).split(sep)[0];
    if (allowed[layer] && !allowed[layer].includes(target)) report(file, node, source, `${layer}/ may not import ${target}/ (DESIGN.md layers)`);
    return;
  }
  if (layer === 'core') report(file, node, source, `core/ is pure: no package or node: imports (${specifier})`);
  if (specifier.startsWith('@nats-io/') && layer !== 'proto' && layer !== 'test') report(file, node, source, `only proto/ imports the NATS client (${specifier})`);
  if (specifier === 'prom-client' && layer !== 'metrics' && layer !== 'test') report(file, node, source, 'only metrics/ imports prom-client');
}

function checkFile(file: string): void {
  const layer = relative(root, file).split(sep)[0];
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const isTest = file.endsWith('.test.ts');
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      checkImport(file, layer, node.moduleSpecifier.text, node, source);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      checkImport(file, layer, node.arguments[0].text, node, source);
    }
    if (layer === 'core') {
      if (ts.isPropertyAccessExpression(node)) {
        const text = node.getText(source);
        if (text === 'Math.random' || text === 'Date.now' || text === 'performance.now') report(file, node, source, `core/ is pure: no ${text}`);
      }
      if (ts.isNewExpression(node) && node.expression.getText(source) === 'Date') report(file, node, source, 'core/ is pure: no clocks (new Date)');
      if (ts.isIdentifier(node) && node.text === 'process' && !ts.isPropertyAccessExpression(node.parent)) report(file, node, source, 'core/ is pure: no process');
      if (ts.isIdentifier(node) && node.text === 'process' && ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node) report(file, node, source, 'core/ is pure: no process');
    }
    if (isTest && ts.isPropertyAccessExpression(node) && ['skip', 'only', 'todo', 'skipIf', 'runIf'].includes(node.name.text)) {
      const target = node.expression.getText(source);
      if (['it', 'test', 'describe'].includes(target)) report(file, node, source, `no ${target}.${node.name.text}: CI runs every test`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (layer === 'core') {
    for (const statement of source.statements) {
      if (ts.isVariableStatement(statement) && !(statement.declarationList.flags & ts.NodeFlags.Const)) {
        report(file, statement, source, 'core/ has no module-level mutable variables (let/var)');
      }
    }
  }
}

const folders = [...Object.keys(allowed), 'test', 'scripts'];
for (const folder of folders) {
  let files: string[] = [];
  try {
    files = sourceFiles(join(root, folder));
  } catch {
    continue; // a folder that does not exist yet
  }
  files.forEach(checkFile);
}

if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\nlint: ${problems.length} problem(s)\n`);
  process.exit(1);
}
process.stdout.write('lint: ok\n');
