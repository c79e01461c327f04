/**
 * How ebm connects to NATS: server URLs, credentials and TLS, each passed through to the
 * client (@nats-io/transport-node). The command line takes `--nats URL`; credentials come
 * from the URL (`nats://user:password@host:4222`, `nats://token@host:4222`) or, so they stay
 * out of process listings, from the environment:
 *
 * | variable                | option          | meaning                                        |
 * |-------------------------|-----------------|------------------------------------------------|
 * | EBM_NATS_TOKEN          | token           | the server's `authorization { token }`          |
 * | EBM_NATS_USER           | user            | with EBM_NATS_PASSWORD: a user of the server    |
 * | EBM_NATS_PASSWORD       | password        |                                                 |
 * | EBM_NATS_NKEY_SEED_FILE | nkeySeedFile    | file holding an nkey user seed (`SU...`)        |
 * | EBM_NATS_CREDS          | credsFile       | a `.creds` file (JWT + seed, decentralised auth) |
 * | EBM_NATS_TLS_CA         | tls.caFile      | CA certificate to verify the server with        |
 * | EBM_NATS_TLS_CERT       | tls.certFile    | client certificate (mutual TLS)                 |
 * | EBM_NATS_TLS_KEY        | tls.keyFile     | the client certificate's key                    |
 *
 * Setting any TLS variable, or a `tls://` URL, requires TLS on the connection.
 */
import { readFileSync } from 'node:fs';
import { credsAuthenticator, nkeyAuthenticator, type NodeConnectionOptions } from '@nats-io/transport-node';
import { InputError } from '../core/errors.js';

export interface NatsTlsOptions {
  /** PEM file of the CA that signed the server's certificate. */
  caFile?: string;
  /** PEM file of this client's certificate, for servers that verify clients. */
  certFile?: string;
  /** PEM file of that certificate's private key. */
  keyFile?: string;
}

export interface NatsOptions {
  /** One or more `nats://host:port` URLs (or comma-separated in one string). Required. */
  servers: string | string[];
  /** The client name the server's monitoring shows (default: none). */
  name?: string;
  /** Token authentication (default: none). */
  token?: string;
  /** User/password authentication (default: none); both or neither. */
  user?: string;
  password?: string;
  /** nkey authentication: the user's seed (`SU...`), inline or in a file (default: none). */
  nkeySeed?: string;
  nkeySeedFile?: string;
  /** JWT authentication with a `.creds` file (default: none). */
  credsFile?: string;
  /** TLS (default: none, plain TCP unless the URL is `tls://`). */
  tls?: NatsTlsOptions;
  /** Milliseconds between reconnect attempts; reconnecting never gives up (default 500). */
  reconnectWaitMs?: number;
  /** Milliseconds allowed for the first connection's handshake (default 10000). */
  connectTimeoutMs?: number;
  /** Keep retrying the first connection until a server is up, instead of failing (default false). */
  waitForServer?: boolean;
  /** Largest whole message (after reassembly) this process accepts, bytes (default 64 MiB). */
  maxMessageBytes?: number;
  /** A partially received chunked message is freed after this long without a chunk (default 30000). */
  chunkTimeoutMs?: number;
  /** close() waits this long for running handlers and pending requests before draining (default 10000). */
  closeTimeoutMs?: number;
}

const WHERE = '--nats';

function readCredentialFile(path: string, field: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new InputError(path, field, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * Options from a `--nats` URL list and the environment. Credentials in a URL are taken out
 * of it (the client is given the bare host), so they never show in logs.
 */
export function natsOptionsFromUrl(urls: string, env: NodeJS.ProcessEnv = process.env, name?: string): NatsOptions {
  const options: NatsOptions = { servers: [] };
  const servers: string[] = [];
  for (const raw of urls.split(',').map((u) => u.trim()).filter((u) => u.length > 0)) {
    const text = /^[a-z]+:\/\//i.test(raw) ? raw : `nats://${raw}`;
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new InputError(WHERE, 'url', `${JSON.stringify(raw)} is not a URL like nats://host:4222`);
    }
    if (!['nats:', 'tls:'].includes(url.protocol)) throw new InputError(WHERE, 'url', `scheme ${url.protocol} is not nats: or tls:`);
    if (url.protocol === 'tls:') options.tls = options.tls ?? {};
    if (url.username && url.password) {
      options.user = decodeURIComponent(url.username);
      options.password = decodeURIComponent(url.password);
    } else if (url.username) {
      options.token = decodeURIComponent(url.username);
    }
    servers.push(`${url.hostname}:${url.port || '4222'}`);
  }
  if (servers.length === 0) throw new InputError(WHERE, 'url', 'no server given');
  options.servers = servers;
  if (name) options.name = name;
  if (env.EBM_NATS_TOKEN) options.token = env.EBM_NATS_TOKEN;
  if (env.EBM_NATS_USER) options.user = env.EBM_NATS_USER;
  if (env.EBM_NATS_PASSWORD) options.password = env.EBM_NATS_PASSWORD;
  if (env.EBM_NATS_NKEY_SEED_FILE) options.nkeySeedFile = env.EBM_NATS_NKEY_SEED_FILE;
  if (env.EBM_NATS_CREDS) options.credsFile = env.EBM_NATS_CREDS;
  for (const [variable, key] of [['EBM_NATS_TLS_CA', 'caFile'], ['EBM_NATS_TLS_CERT', 'certFile'], ['EBM_NATS_TLS_KEY', 'keyFile']] as const) {
    if (env[variable]) options.tls = { ...options.tls, [key]: env[variable] };
  }
  return options;
}

/** The client's connection options: ours, plus reconnect-forever and the authenticators. */
export function natsConnectionOptions(options: NatsOptions): NodeConnectionOptions {
  const servers = (Array.isArray(options.servers) ? options.servers : options.servers.split(',')).map((s) => s.trim()).filter((s) => s);
  if (servers.length === 0) throw new InputError(WHERE, 'servers', 'no NATS server given');
  if ((options.user === undefined) !== (options.password === undefined)) {
    throw new InputError(WHERE, options.user === undefined ? 'user' : 'password', 'user and password go together');
  }
  const connection: NodeConnectionOptions = {
    servers,
    maxReconnectAttempts: -1,
    reconnectTimeWait: options.reconnectWaitMs ?? 500,
    reconnectJitter: 100,
    timeout: options.connectTimeoutMs ?? 10_000,
    waitOnFirstConnect: options.waitForServer ?? false,
  };
  if (options.name) connection.name = options.name;
  if (options.token !== undefined) connection.token = options.token;
  if (options.user !== undefined) {
    connection.user = options.user;
    connection.pass = options.password;
  }
  if (options.nkeySeed !== undefined || options.nkeySeedFile !== undefined) {
    const seed = options.nkeySeed !== undefined ? new TextEncoder().encode(options.nkeySeed.trim()) : trimmed(readCredentialFile(options.nkeySeedFile!, 'nkeySeedFile'));
    connection.authenticator = nkeyAuthenticator(seed);
  }
  if (options.credsFile !== undefined) connection.authenticator = credsAuthenticator(readCredentialFile(options.credsFile, 'credsFile'));
  if (options.tls) {
    const tls: NonNullable<NodeConnectionOptions['tls']> = {};
    if (options.tls.caFile) tls.caFile = options.tls.caFile;
    if (options.tls.certFile) tls.certFile = options.tls.certFile;
    if (options.tls.keyFile) tls.keyFile = options.tls.keyFile;
    connection.tls = tls;
  }
  return connection;
}

/** A seed file's bytes without the trailing newline editors add. */
function trimmed(bytes: Uint8Array): Uint8Array {
  return new TextEncoder().encode(new TextDecoder().decode(bytes).trim());
}
