/** `ebm resume RUN_DIR`: continue a run from its folder's checkpoint, to the same result. */
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { readResolvedSpec } from '../../coordinator/run-folder.js';
import { executeSpec } from '../execute.js';
import { validateSpec } from '../input.js';
import { addMetricsOptions, parseCount, parseLogFormat, type RunMetricsFlags } from '../options.js';

export function registerResume(program: Command): void {
  const command = program
    .command('resume')
    .description('continue an interrupted run from its run folder')
    .argument('<runDir>', 'the run folder')
    .option('--workers <n>', 'worker threads (default: as the run had)', parseCount('--workers'))
    .option('--json', 'print the result as one JSON object on stdout')
    .option('--log-format <format>', 'text | json (structured logs on stderr)', parseLogFormat, 'text')
    .option('--nats <url>', 'continue on NATS: workers are `ebm worker --nats URL` processes')
    .option('--min-workers <n>', 'with --nats: wait for this many workers before continuing (default 1)', parseCount('--min-workers'));
  addMetricsOptions(command).action(async (runDir: string, opts: RunMetricsFlags & { workers?: number; json?: boolean; logFormat?: 'text' | 'json'; nats?: string; minWorkers?: number }) => {
    const resolved = readResolvedSpec(runDir) as Record<string, unknown> | undefined;
    if (!resolved) throw new InputError(runDir, 'spec.resolved.json', 'missing: not a run folder written by ebm');
    const { source, ...spec } = resolved;
    const loaded = validateSpec(spec, '', `${runDir}/spec.resolved.json`);
    await executeSpec({ ...loaded, file: String(source ?? loaded.file) }, { ...opts, resumeDir: runDir });
  });
}
