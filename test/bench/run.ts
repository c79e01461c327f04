/**
 * `npm run bench [-- --json] [PREFIX...]`: runs the benchmarks whose names start with a
 * prefix (all when none is given) and prints a table, or one JSON array of
 * { name, unit, value } with --json.
 */
import { allBenchmarks } from './all.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const prefixes = args.filter((a) => a !== '--json');
  const chosen = allBenchmarks.filter((b) => prefixes.length === 0 || prefixes.some((p) => b.name.startsWith(p)));
  const rows: { name: string; unit: string; value: number }[] = [];
  for (const bench of chosen) {
    const value = await bench.measure();
    rows.push({ name: bench.name, unit: bench.unit, value });
    if (!json) process.stdout.write(`${bench.name.padEnd(52)} ${formatValue(value).padStart(12)} ${bench.unit}\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify(rows)}\n`);
}

function formatValue(v: number): string {
  if (Math.abs(v) >= 1e5 || (Math.abs(v) < 1e-2 && v !== 0)) return v.toExponential(3);
  return v.toFixed(3);
}

main().catch((err) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
