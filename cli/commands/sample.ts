/**
 * `ebm sample MODEL.json --n N`: N draws from a model (spread over the chains), with
 * convergence diagnostics; `--out FILE` also writes the samples to FILE (.npy, .jsonl, .png).
 */
import { copyFileSync, existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { sampleFileFormat, type SampleFileFormat } from '../../core/sample/sample-output.js';
import { executeSpec } from '../execute.js';
import { readInputFile, validateSpec } from '../input.js';
import { addRunOptions, parseCount, type RunFlags } from '../options.js';

interface SampleFlags extends Omit<RunFlags, 'out'> {
  n: number;
  chains: number;
  method: string;
  burnIn: number;
  thin: number;
  out?: string;
  runDir?: string;
}

/** Where each --out format is written in the run folder. */
const OUTPUT_FILES: Record<SampleFileFormat, string> = { npy: 'samples/states.npy', jsonl: 'samples/samples.jsonl', png: 'samples/samples.png' };

export function registerSample(program: Command): void {
  const command = program
    .command('sample')
    .description('draw samples from a model, with convergence diagnostics')
    .argument('<model>', 'the model file (JSON)')
    .requiredOption('--n <N>', 'draws in all, spread over the chains', parseCount('--n'))
    .option('--chains <C>', 'independent chains (default 4)', parseCount('--chains'), 4)
    .option('--method <name>', "the kernel: gibbs | metropolis | wolff | heatbath | ..., or pt (parallel tempering; default: the model's first)", '')
    .option('--burn-in <B>', 'sweeps discarded per chain (default 1000)', parseCount('--burn-in', 0), 1000)
    .option('--thin <T>', 'sweeps between kept draws (default 1)', parseCount('--thin'), 1)
    .option('--run-dir <dir>', 'run folder (default: runs/NAME-TIME)');
  addRunOptions(command, 'random seed (default 1)', false)
    .option('--out <file>', 'also write the samples here: .npy (states), .jsonl or .png')
    .action(async (modelFile: string, flags: SampleFlags) => {
      readInputFile(modelFile);
      const format = flags.out ? sampleFileFormat(flags.out, '--out') : undefined;
      if (format && flags.method === 'pt') throw new InputError(flags.out!, '--out', 'method pt keeps no states (only observables, in the run folder)');
      const name = basename(modelFile).replace(/\.json$/, '').replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64) || 'model';
      const raw = {
        task: 'sample',
        name,
        model: resolve(modelFile),
        sample: {
          chains: flags.chains,
          method: flags.method,
          burnIn: flags.burnIn,
          thin: flags.thin,
          draws: Math.ceil(flags.n / flags.chains),
          keepStates: true,
        },
      };
      const loaded = validateSpec(raw, `# ebm sample ${modelFile}\n${JSON.stringify(raw, null, 2)}\n`, modelFile);
      const result = await executeSpec(loaded, { ...flags, out: flags.runDir });
      if (flags.out && format) {
        const written = resolve(String(result.runDir), OUTPUT_FILES[format]);
        if (!existsSync(written)) throw new InputError(flags.out, '--out', `this model's states are not images, so there is no ${format} grid; use .npy or .jsonl`);
        copyFileSync(written, flags.out);
      }
    });
}
