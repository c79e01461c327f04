/**
 * deploy/grafana/: the committed dashboard is what scripts/ebm-dashboard.ts builds, every
 * query reads metrics ebm exports, every panel uses the datasource variable, and the
 * provisioning files point at what compose.yaml mounts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metricNames } from '../../metrics/index.js';
import { dashboardJson } from '../../scripts/build-dashboard.js';
import { deployDir, readYamlOne, unknownMetrics } from './deploy-files.js';

interface Panel {
  id: number;
  type: string;
  title: string;
  datasource?: { type?: string; uid?: string };
  targets?: { expr: string; datasource?: { uid?: string } }[];
}
interface Dashboard {
  uid: string;
  panels: Panel[];
  templating: { list: { name: string; type: string; query: unknown }[] };
}

const committed = readFileSync(join(deployDir, 'grafana/dashboards/ebm.json'), 'utf8');
const dashboard = JSON.parse(committed) as Dashboard;
const panels = dashboard.panels.filter((panel) => panel.type !== 'row');
const exprs = panels.flatMap((panel) => (panel.targets ?? []).map((target) => target.expr));

describe('the ebm Grafana dashboard', () => {
  it('is up to date with its generator (run `npx tsx scripts/build-dashboard.ts`)', () => {
    expect(committed).toBe(dashboardJson());
  });

  it('takes every panel and query datasource from the datasource variable', () => {
    expect(dashboard.templating.list.find((variable) => variable.name === 'datasource')).toMatchObject({ type: 'datasource', query: 'prometheus' });
    for (const panel of panels) {
      expect(panel.datasource, panel.title).toEqual({ type: 'prometheus', uid: '${datasource}' });
      for (const target of panel.targets ?? []) expect(target.datasource?.uid, panel.title).toBe('${datasource}');
    }
    expect(new Set(dashboard.panels.map((panel) => panel.id)).size).toBe(dashboard.panels.length);
  });

  it('queries only metrics ebm exports, and shows the issue\'s panels', () => {
    expect(unknownMetrics(exprs)).toEqual([]);
    const all = exprs.join('\n');
    for (const name of [metricNames.logZEstimate, metricNames.logZStderr, metricNames.aisEss, metricNames.ptRoundTrips, metricNames.ptGlobalBarrier, metricNames.trainLogLik, metricNames.trainGradientNorm, metricNames.trainReconstructionError, metricNames.sweeps, metricNames.spinFlips, metricNames.workers, metricNames.unitsRetried, metricNames.messagesRejected]) {
      expect(all, name).toContain(name);
    }
    const band = panels.find((panel) => panel.title.startsWith('log Z estimate'));
    expect(band?.targets?.map((target) => target.expr)).toEqual([
      'ebm_logz_estimate{role="coordinator", run=~"$run"}',
      'ebm_logz_estimate{role="coordinator", run=~"$run"} - 2 * ebm_logz_stderr{role="coordinator", run=~"$run"}',
      'ebm_logz_estimate{role="coordinator", run=~"$run"} + 2 * ebm_logz_stderr{role="coordinator", run=~"$run"}',
    ]);
    const swaps = panels.find((panel) => panel.type === 'heatmap');
    expect(swaps?.targets?.[0].expr).toContain(metricNames.ptSwapAcceptance);
  });
});

describe('Grafana provisioning', () => {
  const compose = readYamlOne<{ services: Record<string, { volumes?: string[]; ports?: string[] }> }>('compose.yaml');

  it('points the datasource at the compose Prometheus service', () => {
    const file = readYamlOne<{ datasources: { type: string; url: string; uid: string }[] }>('grafana/provisioning/datasources/prometheus.yaml');
    expect(file.datasources).toHaveLength(1);
    expect(file.datasources[0].type).toBe('prometheus');
    const port = compose.services.prometheus.ports?.[0].split(':')[1];
    expect(file.datasources[0].url).toBe(`http://prometheus:${port}`);
  });

  it('loads dashboards from the folder compose mounts the generated JSON into', () => {
    const file = readYamlOne<{ providers: { type: string; options: { path: string } }[] }>('grafana/provisioning/dashboards/ebm.yaml');
    const mounts = compose.services.grafana.volumes ?? [];
    expect(mounts).toContain(`./grafana/dashboards:${file.providers[0].options.path}:ro`);
    expect(mounts).toContain('./grafana/provisioning:/etc/grafana/provisioning:ro');
  });
});
