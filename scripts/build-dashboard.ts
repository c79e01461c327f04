/**
 * Writes the ebm Grafana dashboard JSON: `npx tsx scripts/build-dashboard.ts [OUT]`
 * (default deploy/grafana/dashboards/ebm.json). A test fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { buildDashboard } from './ebm-dashboard.js';

/** The exact text committed under deploy/grafana/dashboards/. */
export function dashboardJson(): string {
  return `${JSON.stringify(buildDashboard(), null, 2)}\n`;
}

const out = process.argv[2] ?? 'deploy/grafana/dashboards/ebm.json';
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('build-dashboard.ts')) {
  writeFileSync(out, dashboardJson());
  process.stderr.write(`wrote ${out}\n`);
}
