/** Reading deploy/ for the consistency tests: YAML documents, PromQL metric names, NATS subjects. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { allMetricNames } from '../../metrics/index.js';
import { repoRoot } from '../support/paths.js';

export const deployDir = join(repoRoot, 'deploy');

export const packageVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** The one ebm image every deployment file runs, tagged with the package version. */
export const ebmImage = `ghcr.io/ebm-mcmc/ebm:${packageVersion}`;

/** Every YAML file under deploy/ except deploy/nats/ (another engineer's), relative paths. */
export function deployYamlFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (relative(deployDir, path) !== 'nats') walk(path);
      } else if (/\.ya?ml$/.test(name)) files.push(relative(deployDir, path));
    }
  };
  walk(deployDir);
  return files.sort();
}

/** All documents of a YAML file under deploy/ (with `<<` merge keys, as compose reads them), throwing on any parse error. */
export function readYaml(file: string): unknown[] {
  const documents = parseAllDocuments(readFileSync(join(deployDir, file), 'utf8'), { merge: true });
  if (!Array.isArray(documents)) throw new Error(`${file}: not a YAML stream`);
  for (const document of documents) if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0].message}`);
  return documents.map((document) => document.toJS() as unknown);
}

export function readYamlOne<T>(file: string): T {
  return readYaml(file)[0] as T;
}

/** The ebm_* metric names a PromQL expression reads (histogram series mapped to their family). */
export function metricsIn(expr: string): string[] {
  return [...expr.matchAll(/\bebm_[a-z_]+/g)].map((match) => match[0].replace(/_(bucket|count|sum)$/, ''));
}

export function unknownMetrics(exprs: string[]): string[] {
  const known = new Set<string>(allMetricNames);
  return exprs.flatMap(metricsIn).filter((name) => !known.has(name));
}

/**
 * Whether a NATS permission pattern covers a subject (which may itself be a wildcard
 * subscription): `*` matches one token, `>` the rest.
 */
export function subjectAllowed(pattern: string, subject: string): boolean {
  const p = pattern.split('.');
  const s = subject.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return s.length > i;
    if (i >= s.length || (p[i] !== '*' && p[i] !== s[i])) return false;
  }
  return p.length === s.length;
}

/** The value following a flag in an argument list, e.g. `--metrics-port`. */
export function flagValue(args: string[], flag: string): string | undefined {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
}
