/**
 * The ebm Grafana dashboard, built with the Grafana Foundation SDK from the metric names
 * in metrics/names.ts (so a renamed metric cannot leave a dead panel behind).
 * Every panel and query takes its datasource from the `datasource` variable: the same JSON
 * works provisioned (deploy/grafana/) and imported into any Grafana with a Prometheus.
 */
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import * as heatmap from '@grafana/grafana-foundation-sdk/heatmap';
import * as prometheus from '@grafana/grafana-foundation-sdk/prometheus';
import * as stat from '@grafana/grafana-foundation-sdk/stat';
import * as timeseries from '@grafana/grafana-foundation-sdk/timeseries';
import { metricNames as m } from '../metrics/names.js';

export const dashboardUid = 'ebm-overview';
const datasource = { type: 'prometheus', uid: '${datasource}' };
/** Run-level series come from the coordinator of the chosen runs. */
const run = 'role="coordinator", run=~"$run"';

function query(expr: string, legend: string, refId = 'A'): prometheus.DataqueryBuilder {
  return new prometheus.DataqueryBuilder().datasource(datasource).expr(expr).legendFormat(legend).refId(refId);
}

function series(title: string, description: string, queries: prometheus.DataqueryBuilder[], unit = 'none'): timeseries.PanelBuilder {
  const panel = new timeseries.PanelBuilder().title(title).description(description).datasource(datasource).unit(unit).height(8).span(8).lineWidth(2).fillOpacity(5);
  for (const q of queries) panel.withTarget(q);
  return panel;
}

function single(title: string, description: string, expr: string, unit = 'none'): stat.PanelBuilder {
  return new stat.PanelBuilder().title(title).description(description).datasource(datasource).unit(unit).height(4).span(4).withTarget(query(expr, title).instant());
}

/** log Z with a band from estimate - 2 stderr to estimate + 2 stderr (about 95%). */
function logZWithBand(): timeseries.PanelBuilder {
  return series('log Z estimate ± 2 stderr', 'Running estimate of the log partition function; the band is two standard errors either side.', [
    query(`${m.logZEstimate}{${run}}`, 'log Z', 'A'),
    query(`${m.logZEstimate}{${run}} - 2 * ${m.logZStderr}{${run}}`, 'lower', 'B'),
    query(`${m.logZEstimate}{${run}} + 2 * ${m.logZStderr}{${run}}`, 'upper', 'C'),
  ])
    .span(16)
    .overrideByName('upper', [
      { id: 'custom.fillBelowTo', value: 'lower' },
      { id: 'custom.lineWidth', value: 0 },
      { id: 'custom.fillOpacity', value: 25 },
    ])
    .overrideByName('lower', [{ id: 'custom.lineWidth', value: 0 }]);
}

function swapHeatmap(): heatmap.PanelBuilder {
  return new heatmap.PanelBuilder()
    .title('PT swap acceptance per pair')
    .description('Acceptance rate of swaps between neighbouring temperatures; a dark row is a bottleneck in the schedule.')
    .datasource(datasource)
    .height(8)
    .span(12)
    .calculate(false)
    .withTarget(query(`${m.ptSwapAcceptance}{${run}}`, '{{pair}}'))
    .color(new heatmap.HeatmapColorOptionsBuilder().mode(heatmap.HeatmapColorMode.Scheme).scheme('RdYlGn').scale(heatmap.HeatmapColorScale.Linear).steps(64).exponent(0.5).min(0).max(1))
    .yAxis(new heatmap.YAxisConfigBuilder().axisLabel('pair'));
}

export function buildDashboard(): dashboard.Dashboard {
  const rate = (name: string) => `sum(rate(${name}{role="coordinator"}[$__rate_interval]))`;
  const built = new dashboard.DashboardBuilder('ebm')
    .uid(dashboardUid)
    .description('ebm runs: log Z estimates, parallel tempering, training, throughput and workers.')
    .tags(['ebm', 'mcmc'])
    .refresh('10s')
    .time({ from: 'now-1h', to: 'now' })
    .timezone('browser')
    .editable()
    .withVariable(new dashboard.DatasourceVariableBuilder('datasource').label('Data source').type('prometheus'))
    .withVariable(
      new dashboard.QueryVariableBuilder('run')
        .label('Run')
        .datasource(datasource)
        .query(`label_values(${m.runInfo}, run)`)
        .definition(`label_values(${m.runInfo}, run)`)
        .refresh(dashboard.VariableRefresh.OnTimeRangeChanged)
        .includeAll(true)
        .allValue('.*')
        .multi(true),
    )
    .withRow(new dashboard.RowBuilder('Run'))
    .withPanel(single('Workers', 'Worker nodes connected to the coordinator (1 for an embedded run).', `sum(${m.workers}{${run}})`))
    .withPanel(single('Units completed', 'Work units accepted by the coordinator.', `sum(${m.unitsCompleted}{${run}})`))
    .withPanel(single('Units retried', 'Units re-assigned after a worker failed or timed out.', `sum(${m.unitsRetried}{${run}})`))
    .withPanel(single('Messages rejected', 'Messages dropped by any ebm process (all time).', `sum(${m.messagesRejected})`))
    .withPanel(single('PT round trips', 'Round trips of replica indices between the reference and the target.', `sum(${m.ptRoundTrips}{${run}})`))
    .withPanel(single('Training epoch', 'Current training epoch.', `max(${m.trainEpoch}{${run}})`))
    .withRow(new dashboard.RowBuilder('log Z'))
    .withPanel(logZWithBand())
    .withPanel(series('AIS effective sample size', 'Effective sample size of the AIS importance weights (Kong 1992).', [query(`${m.aisEss}{${run}}`, 'ESS')]))
    .withRow(new dashboard.RowBuilder('Parallel tempering'))
    .withPanel(swapHeatmap())
    .withPanel(series('Global barrier Λ', 'Sum of pair rejection rates (Syed et al. 2021); about 2Λ replicas suffice.', [query(`${m.ptGlobalBarrier}{${run}}`, 'Λ')]).span(6))
    .withPanel(series('Round trips per minute', 'Rate of replica round trips.', [query(`sum(rate(${m.ptRoundTrips}{${run}}[$__rate_interval])) * 60`, 'round trips / min')]).span(6))
    .withRow(new dashboard.RowBuilder('Training'))
    .withPanel(series('Test log-likelihood (AIS)', 'Latest AIS estimate of the mean test log-likelihood per example.', [query(`${m.trainLogLik}{${run}}`, 'log-likelihood')]))
    .withPanel(series('Reconstruction error', 'Mean reconstruction error on training data.', [query(`${m.trainReconstructionError}{${run}}`, 'reconstruction error')]))
    .withPanel(series('Gradient norm', 'Euclidean norm of the latest gradient; NaN stops training.', [query(`${m.trainGradientNorm}{${run}}`, '|gradient|')]))
    .withRow(new dashboard.RowBuilder('Throughput and workers'))
    .withPanel(series('Sweeps per second', 'Sweeps of accepted units, all chains.', [query(rate(m.sweeps), 'sweeps/s')]))
    .withPanel(series('Spin flips per second', 'Single-site updates of accepted units (sweeps x sites).', [query(rate(m.spinFlips), 'flips/s')]))
    .withPanel(series('Sweeps per second by worker', 'Work each worker process runs.', [query(`sum by (instance) (rate(${m.sweeps}{role="worker"}[$__rate_interval]))`, '{{instance}}')]))
    .withPanel(series('Workers', 'Connected workers over time.', [query(`sum(${m.workers}{${run}})`, 'workers')]))
    .withPanel(series('Retries per minute', 'Units re-assigned after a worker was lost.', [query(`sum(rate(${m.unitsRetried}{${run}}[$__rate_interval])) * 60`, 'retries / min')]))
    .withPanel(series('Rejected messages per minute', 'Dropped messages by reason, all ebm processes.', [query(`sum by (reason) (rate(${m.messagesRejected}[$__rate_interval])) * 60`, '{{reason}}')]))
    .withPanel(series('Round duration', 'Median and 90th percentile wall time of coordinator rounds.', [
      query(`histogram_quantile(0.5, sum by (le) (rate(${m.roundDuration}_bucket{${run}}[$__rate_interval])))`, 'p50', 'A'),
      query(`histogram_quantile(0.9, sum by (le) (rate(${m.roundDuration}_bucket{${run}}[$__rate_interval])))`, 'p90', 'B'),
    ], 's'))
    .withPanel(series('Unit duration by worker (p90)', '90th percentile wall time of a work unit in each worker.', [query(`histogram_quantile(0.9, sum by (le, instance) (rate(${m.unitDuration}_bucket{role="worker"}[$__rate_interval])))`, '{{instance}}')], 's'))
    .withPanel(series('Message bytes per second', 'Wire traffic by direction, all ebm processes.', [query(`sum by (direction) (rate(${m.messageBytes}[$__rate_interval]))`, '{{direction}}')], 'Bps'))
    .build();
  // Rows come out with id 0 and panels with none; Grafana wants them unique.
  built.panels?.forEach((panel, index) => (panel.id = index + 1));
  return built;
}
