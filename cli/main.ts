/**
 * The `ebm` command. Exit status: 0 done; 2 bad input (usage, spec, model, data) with one line
 * `ebm: error: FILE: FIELD: what is wrong`; 1 a failure at run time.
 */
import { Command, CommanderError } from 'commander';
import { InputError } from '../core/errors.js';
import { registerDenoise } from './commands/denoise.js';
import { registerApps } from './commands/apps.js';
import { registerLogz } from './commands/logz.js';
import { registerResume } from './commands/resume.js';
import { registerRun } from './commands/run.js';
import { registerSample } from './commands/sample.js';
import { registerWorker } from './commands/worker.js';

const program = new Command();
program
  .name('ebm')
  .description('Markov chain Monte Carlo for energy-based models: log Z, sampling, training')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ writeErr: () => {} });

registerRun(program);
registerLogz(program);
registerResume(program);
registerSample(program);
registerWorker(program);
registerDenoise(program);
registerApps(program);

function fail(message: string, status: number): never {
  process.stderr.write(`ebm: error: ${message.trim().replace(/\s*\n\s*/g, " ")}\n`);
  process.exit(status);
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    if (err.exitCode === 0) process.exit(0);
    fail(err.message.replace(/^error: /, ''), 2);
  }
  if (err instanceof InputError) fail(err.message, 2);
  const error = err as Error;
  if (process.env.EBM_DEBUG) process.stderr.write(`${error.stack}\n`);
  fail(`${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`, 1);
}
