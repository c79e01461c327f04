/**
 * A real nats-server for tests: the Debian `nats-server` binary on a free loopback port, with
 * a generated config file (max_payload, optional JetStream with a temp store, optional
 * auth). Started processes are stopped by pid — by `stop()`, and as a last resort when the
 * test process exits, so a failing test never leaves a server behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface NatsServerOptions {
  /** Largest message payload the server accepts, bytes (the server's default is 1 MiB). */
  maxPayload?: number;
  /** Enable JetStream with a store in a temp dir. */
  jetstream?: boolean;
  /** Require a token, a user and password, or an nkey user (its public key `U...`). */
  auth?: { token: string } | { user: string; password: string } | { nkey: string };
}

/** Every server this process started and has not stopped yet: killed on exit. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of running) if (child.pid !== undefined) {
      try { process.kill(child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
  });
}

function natsServerBinary(): string {
  for (const candidate of ['/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server']) {
    if (existsSync(candidate)) return candidate;
  }
  return 'nats-server';
}

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The server's config file: a JSON-like subset of the NATS config syntax. */
function configText(port: number, options: NatsServerOptions, storeDir: string): string {
  const lines = [`listen: "127.0.0.1:${port}"`, 'http_port: -1'];
  if (options.maxPayload !== undefined) lines.push(`max_payload: ${options.maxPayload}`);
  if (options.jetstream) lines.push(`jetstream { store_dir: ${JSON.stringify(storeDir)}, max_memory_store: 64MB, max_file_store: 256MB }`);
  const auth = options.auth;
  if (auth && 'token' in auth) lines.push(`authorization { token: ${JSON.stringify(auth.token)} }`);
  if (auth && 'nkey' in auth) lines.push(`authorization { users: [ { nkey: ${JSON.stringify(auth.nkey)} } ] }`);
  if (auth && 'user' in auth) lines.push(`authorization { users: [ { user: ${JSON.stringify(auth.user)}, password: ${JSON.stringify(auth.password)} } ] }`);
  return lines.join('\n') + '\n';
}

/** Resolves once the port answers with the server's INFO line. */
async function waitUntilAccepting(port: number, child: ChildProcess, stderr: () => string, deadlineMs = 10_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < deadlineMs) {
    if (child.exitCode !== null) throw new Error(`nats-server exited with ${child.exitCode}: ${stderr()}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port });
      socket.setTimeout(500);
      socket.once('data', (data) => { socket.destroy(); resolve(data.toString().startsWith('INFO')); });
      socket.once('error', () => { socket.destroy(); resolve(false); });
      socket.once('timeout', () => { socket.destroy(); resolve(false); });
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nats-server did not accept connections on port ${port} within ${deadlineMs} ms: ${stderr()}`);
}

export class NatsServer {
  private child: ChildProcess | undefined;
  private log = '';

  private constructor(
    readonly port: number,
    /** The temp dir holding the config file and JetStream store (removed by stop). */
    readonly dir: string,
    private readonly configFile: string,
    private readonly env: Record<string, string>,
  ) {}

  /** Start a server on a free loopback port and wait until it accepts connections. */
  static async start(options: NatsServerOptions = {}): Promise<NatsServer> {
    return NatsServer.startWithConfig((port, dir) => configText(port, options, join(dir, 'jetstream')));
  }

  /**
   * Start a server from config text made for its port and temp dir (e.g. a deploy config
   * with its listen address and store dir replaced); `env` fills `$VARIABLE` references.
   */
  static async startWithConfig(makeConfig: (port: number, dir: string) => string, env: Record<string, string> = {}): Promise<NatsServer> {
    installExitHook();
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'ebm-nats-'));
    const configFile = join(dir, 'nats-server.conf');
    writeFileSync(configFile, makeConfig(port, dir));
    const server = new NatsServer(port, dir, configFile, env);
    await server.launch();
    return server;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  private async launch(): Promise<void> {
    this.log = '';
    const child = spawn(natsServerBinary(), ['-c', this.configFile], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...this.env } });
    this.child = child;
    running.add(child);
    child.stderr?.on('data', (chunk: Buffer) => { this.log = (this.log + chunk.toString()).slice(-4000); });
    child.once('exit', () => running.delete(child));
    try {
      await waitUntilAccepting(this.port, child, () => this.log);
    } catch (error) {
      await this.kill();
      throw error;
    }
  }

  private async kill(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    process.kill(child.pid, 'SIGTERM');
    const timer = setTimeout(() => { try { process.kill(child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 3000);
    await exited;
    clearTimeout(timer);
  }

  /** Stop and start again on the same port (clients see a restart and reconnect). */
  async restart(downMs = 0): Promise<void> {
    await this.kill();
    if (downMs > 0) await new Promise((r) => setTimeout(r, downMs));
    await this.launch();
  }

  /** Stop the server by pid and remove its temp dir. */
  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
