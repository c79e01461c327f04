/** `ebm run SPEC.yaml`: run an experiment spec. */
import type { Command } from 'commander';
import { executeSpec } from '../execute.js';
import { loadSpecFile } from '../input.js';
import { parseCount, parseSeed, parseLogFormat } from '../options.js';

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('run an experiment spec (YAML)')
    .argument('<spec>', 'the spec file')
    .option('--workers <n>', 'worker threads (default: one per core)', parseCount('--workers'))
    .option('--seed <s>', 'overrides the spec seed', parseSeed)
    .option('--out <dir>', 'run folder (default: runs/NAME-TIME)')
    .option('--json', 'print the result as one JSON object on stdout')
    .option('--log-format <format>', 'text | json (structured logs on stderr)', parseLogFormat, 'text')
    .action(async (specFile: string, opts: { workers?: number; seed?: number; out?: string; json?: boolean; logFormat?: 'text' | 'json' }) => {
      await executeSpec(loadSpecFile(specFile), opts);
    });
}
