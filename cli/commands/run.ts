/** `ebm run SPEC.yaml`: run an experiment spec. */
import type { Command } from 'commander';
import { executeSpec } from '../execute.js';
import { loadSpecFile } from '../input.js';
import { addRunOptions, type RunFlags } from '../options.js';

export function registerRun(program: Command): void {
  addRunOptions(program.command('run').description('run an experiment spec (YAML)').argument('<spec>', 'the spec file')).action(
    async (specFile: string, flags: RunFlags) => {
      await executeSpec(loadSpecFile(specFile), flags);
    },
  );
}
