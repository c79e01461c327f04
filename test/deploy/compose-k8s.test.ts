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
import { deployDir, deployYamlFiles, ebmImage, flagValue, readYaml, readYamlOne, subjectAllowed } from './deploy-files.js';

interface Container {
  name: string;
  image: string;
  args: string[];
  env: { name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }[];
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
  environment?: Record<string, string>;
  volumes?: string[];
  deploy?: { replicas: string | number };
}
interface Compose {
  services: Record<string, ComposeService>;
}
interface HelmValues {
  config: { jetstream: { enabled: boolean }; merge: { max_payload: string; authorization: { users: { user: string; password: string; permissions: { publish: string[]; subscribe: string[] } }[] } } };
  container: { env: Record<string, { valueFrom: { secretKeyRef: { name: string; key: string } } }> };
}

/** What an ebm process needs from NATS: its run's units, the wildcard workers serve, heartbeats, replies. */
const ebmSubjects = [subjects.units('run-1'), subjects.allUnits, subjects.workers, '_INBOX.abc.1'];

const compose = readYamlOne<Compose>('compose.yaml');
const workerDeployment = readYaml('k8s/worker-deployment.yaml')[0] as Workload;
const coordinatorJob = (readYaml('k8s/coordinator-job.yaml') as Workload[]).find((document) => document.kind === 'Job') as Workload;

/** deploy/nats/nats-server.conf, written by the transport's engineer; compose mounts it. */
const natsConf = readFileSync(join(deployDir, 'nats/nats-server.conf'), 'utf8');
const helm = readYamlOne<HelmValues>('k8s/nats-values.yaml');

/** A subject list of the server config, e.g. `publish: ["ebm.>", ...]`. */
function confList(kind: 'publish' | 'subscribe'): string[] {
  return JSON.parse(new RegExp(`^\\s*${kind}: (\\[.*\\])`, 'm').exec(natsConf)?.[1] ?? '[]') as string[];
}

describe('deploy files', () => {
  it('all parse as YAML', () => {
    const files = deployYamlFiles();
    expect(files).toEqual(expect.arrayContaining(['compose.yaml', 'k8s/worker-deployment.yaml', 'k8s/coordinator-job.yaml', 'k8s/metrics-service.yaml', 'k8s/nats-values.yaml', 'k8s/nats-secret.yaml', 'prometheus/prometheus.yml', 'prometheus/alerts.yml']));
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

  it('connect to NATS where compose and the Helm release put it, each role as its own user', () => {
    expect(natsConf).toMatch(/^listen: 0\.0\.0\.0:4222$/m);
    for (const role of ['coordinator', 'worker'] as const) {
      const service = compose.services[role];
      expect(flagValue(service.command ?? [], '--nats')).toBe('nats://nats:4222');
      expect(service.environment?.EBM_NATS_USER).toBe(role);
      // The client's password is the one the NATS service hands to the server config.
      const variable = `EBM_${role.toUpperCase()}_PASSWORD`;
      expect(natsConf).toContain(`{ user: ${role}, password: $${variable}`);
      expect(service.environment?.EBM_NATS_PASSWORD).toBe(compose.services.nats.environment?.[variable]);
    }
    for (const [workload, role] of [[workerDeployment, 'worker'], [coordinatorJob, 'coordinator']] as const) {
      const container = workload.spec.template.spec.containers[0];
      expect(flagValue(container.args, '--nats')).toBe('nats://nats:4222');
      expect(container.env.find((entry) => entry.name === 'EBM_NATS_USER')?.value).toBe(role);
      const secret = container.env.find((entry) => entry.name === 'EBM_NATS_PASSWORD')?.valueFrom?.secretKeyRef;
      expect(secret).toEqual({ name: 'ebm-nats', key: `${role}-password` });
      expect(helm.container.env[`EBM_${role.toUpperCase()}_PASSWORD`].valueFrom.secretKeyRef).toEqual(secret);
    }
    const secret = readYamlOne<{ metadata: { name: string }; stringData: Record<string, string> }>('k8s/nats-secret.yaml');
    expect(secret.metadata.name).toBe('ebm-nats');
    expect(Object.keys(secret.stringData).sort()).toEqual(['coordinator-password', 'worker-password']);
  });

  it('mount the NATS server config, with its JetStream store on a volume', () => {
    const volumes = compose.services.nats.volumes ?? [];
    expect(volumes).toContain('./nats/nats-server.conf:/etc/nats/nats-server.conf:ro');
    const storeDir = /store_dir: "([^"]+)"/.exec(natsConf)?.[1];
    expect(volumes).toContain(`nats-data:${storeDir}`);
  });

  it('configure NATS with JetStream, a raised max_payload and permissions covering every ebm subject', () => {
    expect(natsConf).toMatch(/^jetstream \{/m);
    expect(natsConf).toMatch(/^max_payload: 8MB$/m);
    expect(helm.config.jetstream.enabled).toBe(true);
    expect(helm.config.merge.max_payload).toBe('<< 8MB >>');
    const conf = { publish: confList('publish'), subscribe: confList('subscribe') };
    expect(helm.config.merge.authorization.users.map((user) => user.user)).toEqual(['coordinator', 'worker']);
    for (const user of helm.config.merge.authorization.users) {
      // The chart's users may do exactly what the server config allows.
      expect(user.permissions).toEqual(conf);
      expect(user.password).toBe(`<< $EBM_${user.user.toUpperCase()}_PASSWORD >>`);
    }
    for (const allowed of [conf.publish, conf.subscribe]) {
      for (const subject of ebmSubjects) expect(allowed.some((pattern) => subjectAllowed(pattern, subject)), `${subject} in ${allowed.join(' ')}`).toBe(true);
      // Nothing outside ebm's namespace (and replies) is open to ebm's users.
      expect(allowed.some((pattern) => subjectAllowed(pattern, 'other.app.orders'))).toBe(false);
    }
  });

  it('scale workers: a Deployment with a selector matching its pods, and compose replicas', () => {
    expect(workerDeployment.kind).toBe('Deployment');
    expect(workerDeployment.spec.template.metadata.labels).toMatchObject(workerDeployment.spec.selector?.matchLabels ?? { missing: 'selector' });
    expect(coordinatorJob.kind).toBe('Job');
    expect(compose.services.worker.deploy?.replicas).toBe('${EBM_WORKERS:-2}');
  });
});
