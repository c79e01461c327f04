/** The application commands on trained models: compare (likelihood ratio) and score (anomaly scores). */
import type { Command } from 'commander';
import { registerCompare } from './compare.js';
import { registerScore } from './score.js';

export function registerApps(program: Command): void {
  registerCompare(program);
  registerScore(program);
}
