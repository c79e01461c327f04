/** `ebm logz MODEL.json`: log Z of one model file, by an exact method, AIS or parallel tempering. */
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { executeSpec } from '../execute.js';
import { readInputFile, validateSpec } from '../input.js';
import { addRunOptions, parseCount, type RunFlags } from '../options.js';

interface LogzFlags extends RunFlags {
  method: string;
  chains?: number;
  betas?: number;
  schedule: string;
  sweeps?: number;
  sampler?: string;
  replicas?: number;
  rounds?: number;
  copies?: number;
  scheme?: string;
}

export function registerLogz(program: Command): void {
  const command = program
    .command('logz')
    .description('estimate log Z of a model file')
    .argument('<model>', 'the model file (JSON)')
    .option('--method <m>', 'exact | ais | pt', parseMethod, 'ais')
    .option('--chains <n>', 'AIS chains (default 256)', parseCount('--chains'))
    .option('--betas <k>', 'AIS temperatures K (default 1000)', parseCount('--betas'))
    .option('--schedule <kind>', 'AIS schedule: linear | geometric | sigmoid', parseScheduleKind, 'linear')
    .option('--sweeps <s>', 'sweeps per temperature (default 1)', parseCount('--sweeps'))
    .option('--sampler <name>', "the model's kernel (default: the model's first)")
    .option('--replicas <r>', 'PT ladder points (default 16)', parseCount('--replicas'))
    .option('--rounds <n>', 'PT rounds of doubling length (default 10)', parseCount('--rounds'))
    .option('--copies <k>', 'independent PT copies, pooled (default 1)', parseCount('--copies'))
    .option('--scheme <s>', 'PT swaps: deo | reversible (default deo)', parseScheme);
  addRunOptions(command).action(async (modelFile: string, flags: LogzFlags) => {
    readInputFile(modelFile); // a missing file is named before anything else
    const name = basename(modelFile).replace(/\.json$/, '').replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64) || 'model';
    const raw = {
      task: 'logz',
      name,
      model: resolve(modelFile),
      method: flags.method,
      ais: {
        ...(flags.chains ? { chains: flags.chains } : {}),
        schedule: { kind: flags.schedule, steps: flags.betas ?? 1000 },
        ...(flags.sweeps ? { sweeps: flags.sweeps } : {}),
        ...(flags.sampler ? { sampler: flags.sampler } : {}),
      },
      ...(flags.method === 'pt' ? { pt: ptOptions(flags) } : {}),
    };
    const loaded = validateSpec(raw, `# ebm logz ${modelFile}\n${JSON.stringify(raw, null, 2)}\n`, modelFile);
    await executeSpec(loaded, flags);
  });
}

function parseMethod(value: string): string {
  if (!['exact', 'ais', 'pt'].includes(value)) throw new InvalidArgumentError(`--method must be exact, ais or pt, got ${JSON.stringify(value)}`);
  return value;
}

function parseScheme(value: string): string {
  if (!['deo', 'reversible'].includes(value)) throw new InvalidArgumentError(`--scheme must be deo or reversible, got ${JSON.stringify(value)}`);
  return value;
}

/** The spec's `pt` object from the flags given (the schema fills in the rest). */
function ptOptions(flags: LogzFlags): Record<string, unknown> {
  return {
    ...(flags.replicas ? { replicas: flags.replicas } : {}),
    ...(flags.rounds ? { rounds: flags.rounds } : {}),
    ...(flags.copies ? { copies: flags.copies } : {}),
    ...(flags.scheme ? { scheme: flags.scheme } : {}),
    ...(flags.sweeps ? { sweeps: flags.sweeps } : {}),
    ...(flags.sampler ? { sampler: flags.sampler } : {}),
  };
}

function parseScheduleKind(value: string): string {
  if (!['linear', 'geometric', 'sigmoid'].includes(value)) throw new InvalidArgumentError(`--schedule must be linear, geometric or sigmoid, got ${JSON.stringify(value)}`);
  return value;
}
