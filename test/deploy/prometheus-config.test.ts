/**
 * deploy/prometheus/ checked by Prometheus' own tool: the config and alert rules load, the
 * alerts fire on the situations they name (promtool test rules), and every metric they
 * read exists in metrics/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { defaultMetricsPort } from '../../metrics/index.js';
import { deployDir, readYamlOne, unknownMetrics } from './deploy-files.js';

interface ScrapeConfig {
  job_name: string;
  static_configs?: { targets: string[] }[];
  dns_sd_configs?: { names: string[]; port: number }[];
  kubernetes_sd_configs?: { role: string }[];
  relabel_configs?: { source_labels?: string[]; regex?: string; action?: string }[];
}
interface PrometheusConfig {
  rule_files: string[];
  scrape_configs: ScrapeConfig[];
}
interface AlertRule {
  alert: string;
  expr: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}
interface RuleGroups {
  groups: { name: string; rules: AlertRule[] }[];
}

function promtool(args: string[]): { status: number | null; output: string } {
  const run = spawnSync('promtool', args, { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'ebm-promtool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = readYamlOne<PrometheusConfig>('prometheus/prometheus.yml');
const rules = readYamlOne<RuleGroups>('prometheus/alerts.yml');

describe('deploy/prometheus', () => {
  it('passes promtool check config', () => {
    copyFileSync(join(deployDir, 'prometheus/alerts.yml'), join(dir, 'alerts.yml'));
    const full = join(deployDir, 'prometheus/prometheus.yml');
    let result = promtool(['check', 'config', full]);
    if (/field kubernetes_sd_configs not found/.test(result.output)) {
      // Debian's Prometheus is built without Kubernetes discovery; check the rest with it
      // (the Kubernetes job's shape is checked by the next test).
      const rest = { ...config, scrape_configs: config.scrape_configs.filter((job) => !job.kubernetes_sd_configs) };
      writeFileSync(join(dir, 'prometheus.yml'), stringify(rest));
      result = promtool(['check', 'config', join(dir, 'prometheus.yml')]);
    }
    expect(result.output).toContain('SUCCESS');
    expect(result.status, result.output).toBe(0);
  });

  it('scrapes every target on the ebm metrics port, and Kubernetes pods of the ebm app', () => {
    for (const job of config.scrape_configs) {
      for (const group of job.static_configs ?? []) for (const target of group.targets) expect(target.endsWith(`:${defaultMetricsPort}`), target).toBe(true);
      for (const sd of job.dns_sd_configs ?? []) expect(sd.port).toBe(defaultMetricsPort);
    }
    const pods = config.scrape_configs.find((job) => job.kubernetes_sd_configs);
    expect(pods?.kubernetes_sd_configs).toEqual([{ role: 'pod' }]);
    const keep = pods?.relabel_configs?.find((rule) => rule.action === 'keep' && rule.source_labels?.[0] === '__meta_kubernetes_pod_label_app_kubernetes_io_part_of');
    expect(keep?.regex).toBe('ebm');
  });

  it('passes promtool check rules, and the alerts read only metrics ebm exports', () => {
    const result = promtool(['check', 'rules', join(deployDir, 'prometheus/alerts.yml')]);
    expect(result.status, result.output).toBe(0);
    const alerts = rules.groups.flatMap((group) => group.rules);
    expect(alerts.map((rule) => rule.alert).sort()).toEqual(['EbmMessagesRejected', 'EbmNoProgress', 'EbmNoWorkers', 'EbmTargetDown', 'EbmTrainingNotFinite']);
    expect(unknownMetrics(alerts.map((rule) => rule.expr))).toEqual([]);
  });

  /** An expected firing alert: its labels, and its annotations rendered from them. */
  function firing(alertname: string, labels: Record<string, string>) {
    const rule = rules.groups.flatMap((group) => group.rules).find((candidate) => candidate.alert === alertname);
    if (!rule) throw new Error(`no alert ${alertname}`);
    const render = (text: string) => text.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, name: string) => labels[name] ?? '');
    const annotations = Object.fromEntries(Object.entries(rule.annotations).map(([key, text]) => [key, render(text)]));
    return { exp_labels: { ...rule.labels, ...labels }, exp_annotations: annotations };
  }

  it('fires each alert on the situation it names (promtool test rules)', () => {
    // Catches expressions that parse but never fire, e.g. a NaN test written as `== NaN`.
    const coordinator = 'job="ebm-coordinator", instance="c:9464", role="coordinator"';
    const tests = {
      rule_files: [join(deployDir, 'prometheus/alerts.yml')],
      evaluation_interval: '1m',
      tests: [
        {
          interval: '1m',
          input_series: [
            { series: `ebm_workers{${coordinator}}`, values: '2 2 0x10' },
            { series: `ebm_units_completed_total{${coordinator}}`, values: '0+5x5 25x30' },
            { series: 'ebm_messages_rejected_total{job="ebm-workers", instance="w:9464", reason="version"}', values: '0 0 3x5' },
            { series: `ebm_train_gradient_norm{${coordinator}}`, values: '0.5 0.4 NaN NaN' },
            { series: 'up{job="ebm-workers", instance="w:9464"}', values: '1 1 0x5' },
          ],
          alert_rule_test: [
            { eval_time: '1m', alertname: 'EbmNoWorkers', exp_alerts: [] },
            { eval_time: '6m', alertname: 'EbmNoWorkers', exp_alerts: [firing('EbmNoWorkers', { job: 'ebm-coordinator', instance: 'c:9464' })] },
            { eval_time: '5m', alertname: 'EbmNoProgress', exp_alerts: [] },
            { eval_time: '25m', alertname: 'EbmNoProgress', exp_alerts: [firing('EbmNoProgress', { job: 'ebm-coordinator', instance: 'c:9464' })] },
            { eval_time: '3m', alertname: 'EbmMessagesRejected', exp_alerts: [firing('EbmMessagesRejected', { job: 'ebm-workers', instance: 'w:9464', reason: 'version' })] },
            { eval_time: '1m', alertname: 'EbmTrainingNotFinite', exp_alerts: [] },
            { eval_time: '2m', alertname: 'EbmTrainingNotFinite', exp_alerts: [firing('EbmTrainingNotFinite', { job: 'ebm-coordinator', instance: 'c:9464', role: 'coordinator' })] },
            { eval_time: '5m', alertname: 'EbmTargetDown', exp_alerts: [firing('EbmTargetDown', { job: 'ebm-workers', instance: 'w:9464' })] },
          ],
        },
      ],
    };
    writeFileSync(join(dir, 'alerts.test.yml'), stringify(tests));
    const result = promtool(['test', 'rules', join(dir, 'alerts.test.yml')]);
    expect(result.output).toContain('SUCCESS');
    expect(result.status, result.output).toBe(0);
  });

  it('keeps the alert file readable by the config that names it', () => {
    expect(config.rule_files).toEqual(['alerts.yml']);
    expect(readFileSync(join(deployDir, 'prometheus', config.rule_files[0]), 'utf8')).toContain('groups:');
  });
});
