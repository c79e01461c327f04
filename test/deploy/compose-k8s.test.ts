/**
 * The deployment files agree with the code and with each other: one ebm image at the
 * package version, the metrics port of metrics/serve.ts everywhere Prometheus looks, the
 * NATS address the chart and compose provide, and NATS permissions that let ebm use every
 * subject proto/subjects.ts names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMetricsPort } from '../../metrics/index.js';
import { subjects } from '../../proto/subjects.js';
import { repoRoot } from '../support/paths.js';
import { deployYamlFiles, ebmImage, flagValue, readYaml, readYamlOne, subjectAllowed } from './deploy-files.js';

interface Container {
  name: string;
  image: string;
  args: string[];
  ports?: { name: string; containerPort: number }[];
}
interface PodTemplate {
  metadata: { labels: Record<string, string>; annotations: Record<string, string> };
  spec: { containers: Container[] };
}
interface Workload {
  kind: string;
  metadata: { name: string };
  spec: { replicas?: number; selector?: { matchLabels: Record<string, string> }; template: PodTemplate };
}
interface ComposeService {
  image?: string;
  command?: string[];
  configs?: { source: string; target: string }[];
  deploy?: { replicas: string | number };
}
interface Compose {
  services: Record<string, ComposeService>;
  configs: Record<string, { content: string }>;
}

/** What an ebm process needs from NATS: its run's units, the wildcard workers serve, heartbeats, replies. */
const ebmSubjects = [subjects.units('run-1'), subjects.allUnits, subjects.workers, '_INBOX.abc.1'];

const compose = readYamlOne<Compose>('compose.yaml');
const workerDeployment = readYaml('k8s/worker-deployment.yaml')[0] as Workload;
const coordinatorJob = (readYaml('k8s/coordinator-job.yaml') as Workload[]).find((document) => document.kind === 'Job') as Workload;

export const composeNatsConfig = (): string => compose.configs['nats-server-conf'].content.replaceAll('$$', '$');

describe('deploy files', () => {
  it('all parse as YAML', () => {
    const files = deployYamlFiles();
    expect(files).toEqual(expect.arrayContaining(['compose.yaml', 'k8s/worker-deployment.yaml', 'k8s/coordinator-job.yaml', 'k8s/metrics-service.yaml', 'k8s/nats-values.yaml', 'prometheus/prometheus.yml', 'prometheus/alerts.yml']));
    for (const file of files) expect(() => readYaml(file), file).not.toThrow();
  });

  it('run one ebm image, tagged with the package version, through its ebm entrypoint', () => {
    const dockerfile = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:20\S* AS build$/m);
    expect(dockerfile).toContain('ENTRYPOINT ["ebm"]');
    expect(dockerfile).toContain(`EXPOSE ${defaultMetricsPort}`);
    expect(compose.services.coordinator.image).toBe(ebmImage);
    expect(compose.services.worker.image).toBe(ebmImage);
    for (const workload of [workerDeployment, coordinatorJob]) expect(workload.spec.template.spec.containers[0].image).toBe(ebmImage);
    // The command picks the role.
    expect(compose.services.coordinator.command?.[0]).toBe('run');
    expect(coordinatorJob.spec.template.spec.containers[0].args[0]).toBe('run');
    expect(compose.services.worker.command?.[0]).toBe('worker');
    // The default experiment compose runs is one the repository ships.
    const spec = /\/app\/experiments\/\$\{EBM_SPEC:-([^}]+)\}/.exec(compose.services.coordinator.command?.[1] ?? '')?.[1];
    expect(spec && existsSync(join(repoRoot, 'experiments', spec)), spec).toBe(true);
    expect(workerDeployment.spec.template.spec.containers[0].args[0]).toBe('worker');
  });

  it('serve metrics on the port Prometheus, the Service and the pod annotations use', () => {
    const port = String(defaultMetricsPort);
    const argLists = [compose.services.coordinator.command ?? [], compose.services.worker.command ?? [], ...[workerDeployment, coordinatorJob].map((workload) => workload.spec.template.spec.containers[0].args)];
    for (const args of argLists) {
      expect(flagValue(args, '--metrics-port')).toBe(port);
      expect(flagValue(args, '--metrics-host')).toBe('0.0.0.0');
    }
    for (const workload of [workerDeployment, coordinatorJob]) {
      const template = workload.spec.template;
      expect(template.metadata.annotations['prometheus.io/port']).toBe(port);
      expect(template.metadata.annotations['prometheus.io/scrape']).toBe('true');
      expect(template.metadata.labels['app.kubernetes.io/part-of']).toBe('ebm');
      expect(template.spec.containers[0].ports).toEqual([{ name: 'metrics', containerPort: defaultMetricsPort }]);
    }
    const service = readYamlOne<{ spec: { selector: Record<string, string>; ports: { port: number; targetPort: string }[] } }>('k8s/metrics-service.yaml');
    expect(service.spec.ports).toEqual([{ name: 'metrics', port: defaultMetricsPort, targetPort: 'metrics' }]);
    expect(service.spec.selector).toEqual({ 'app.kubernetes.io/part-of': 'ebm' });
  });

  it('connect to NATS where compose and the Helm release put it, with the shared password', () => {
    const urls = [compose.services.coordinator.command ?? [], compose.services.worker.command ?? []].map((args) => flagValue(args, '--nats'));
    for (const url of urls) expect(url).toBe('nats://ebm:${NATS_PASSWORD:-change-me}@nats:4222');
    for (const workload of [workerDeployment, coordinatorJob]) expect(flagValue(workload.spec.template.spec.containers[0].args, '--nats')).toBe('nats://ebm:$(NATS_PASSWORD)@nats:4222');
    expect(composeNatsConfig()).toMatch(/^port: 4222$/m);
  });

  it('configure NATS with JetStream, a raised max_payload and permissions covering every ebm subject', () => {
    const conf = composeNatsConfig();
    expect(conf).toMatch(/jetstream \{/);
    expect(conf).toMatch(/^max_payload: 8MB$/m);
    const permissions = (kind: string) => JSON.parse(new RegExp(`${kind}: (\\[.*\\])`).exec(conf)?.[1] ?? '[]') as string[];
    const values = readYamlOne<{ config: { jetstream: { enabled: boolean }; merge: { max_payload: string; authorization: { users: { permissions: { publish: string[]; subscribe: string[] } }[] } } } }>('k8s/nats-values.yaml');
    expect(values.config.jetstream.enabled).toBe(true);
    expect(values.config.merge.max_payload).toBe('<< 8MB >>');
    const helm = values.config.merge.authorization.users[0].permissions;
    for (const allowed of [permissions('publish'), permissions('subscribe'), helm.publish, helm.subscribe]) {
      for (const subject of ebmSubjects) expect(allowed.some((pattern) => subjectAllowed(pattern, subject)), `${subject} in ${allowed.join(' ')}`).toBe(true);
      // Nothing outside ebm's namespace (and replies) is open to the ebm user.
      expect(allowed.some((pattern) => subjectAllowed(pattern, 'other.app.orders'))).toBe(false);
    }
    expect(helm).toEqual({ publish: permissions('publish'), subscribe: permissions('subscribe') });
  });

  it('scale workers: a Deployment with a selector matching its pods, and compose replicas', () => {
    expect(workerDeployment.kind).toBe('Deployment');
    expect(workerDeployment.spec.template.metadata.labels).toMatchObject(workerDeployment.spec.selector?.matchLabels ?? { missing: 'selector' });
    expect(coordinatorJob.kind).toBe('Job');
    expect(compose.services.worker.deploy?.replicas).toBe('${EBM_WORKERS:-2}');
  });
});
