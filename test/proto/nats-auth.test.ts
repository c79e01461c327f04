/**
 * Authentication: a server that requires a token, a user/password or an nkey accepts the
 * right credentials, passed through NatsOptions (and through a `--nats` URL), and refuses
 * wrong or missing ones with an error that says what to give.
 */
import { nkeys } from '@nats-io/transport-node';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { natsOptionsFromUrl, type NatsOptions } from '../../proto/nats-options.js';
import { NatsConnectError, NatsTransport } from '../../proto/nats-transport.js';
import { NatsServer } from '../support/nats-server.js';

const quiet = () => {};

/** Connect, serve and request once: the credentials really work end to end. */
async function roundTrip(options: NatsOptions): Promise<string> {
  const transport = await NatsTransport.connect(options, undefined, quiet);
  try {
    const served = transport.serve('auth.ping', 'q', async () => new TextEncoder().encode('pong'));
    await transport.flush();
    const reply = await transport.request('auth.ping', new Uint8Array(0), { timeoutMs: 5000 });
    served.close();
    return new TextDecoder().decode(reply);
  } finally {
    await transport.close();
  }
}

const started: NatsServer[] = [];
afterAll(async () => { await Promise.all(started.map((s) => s.stop())); });
async function start(auth: NonNullable<Parameters<typeof NatsServer.start>[0]>['auth']): Promise<NatsServer> {
  const server = await NatsServer.start({ auth });
  started.push(server);
  return server;
}

describe('NATS authentication', () => {
  it('token: accepted when right, refused with a clear error when wrong or missing', async () => {
    const server = await start({ token: 's3cret' });
    expect(await roundTrip({ servers: server.url, token: 's3cret' })).toBe('pong');
    expect(await roundTrip(natsOptionsFromUrl(`nats://s3cret@127.0.0.1:${server.port}`, {}))).toBe('pong');
    expect(await roundTrip(natsOptionsFromUrl(`127.0.0.1:${server.port}`, { EBM_NATS_TOKEN: 's3cret' }))).toBe('pong');
    for (const token of ['wrong', undefined]) {
      const failure = NatsTransport.connect({ servers: server.url, token }, undefined, quiet);
      await expect(failure).rejects.toBeInstanceOf(NatsConnectError);
      await expect(failure).rejects.toThrow(/refused the credentials \(Authorization Violation\): give the token, user\/password/);
    }
  });

  it('user/password: accepted when right (options or URL), refused when wrong', async () => {
    const server = await start({ user: 'alice', password: 'p@ss w0rd' });
    expect(await roundTrip({ servers: server.url, user: 'alice', password: 'p@ss w0rd' })).toBe('pong');
    expect(await roundTrip(natsOptionsFromUrl(`nats://alice:${encodeURIComponent('p@ss w0rd')}@127.0.0.1:${server.port}`, {}))).toBe('pong');
    await expect(NatsTransport.connect({ servers: server.url, user: 'alice', password: 'nope' }, undefined, quiet)).rejects.toThrow(/refused the credentials/);
  });

  it('nkey: a seed file signs the server nonce; another key is refused', async () => {
    const user = nkeys.createUser();
    const server = await start({ nkey: user.getPublicKey() });
    const dir = mkdtempSync(join(tmpdir(), 'ebm-nkey-'));
    try {
      const seedFile = join(dir, 'user.nk');
      writeFileSync(seedFile, `${new TextDecoder().decode(user.getSeed())}\n`);
      expect(await roundTrip(natsOptionsFromUrl(server.url, { EBM_NATS_NKEY_SEED_FILE: seedFile }))).toBe('pong');
      const stranger = new TextDecoder().decode(nkeys.createUser().getSeed());
      await expect(NatsTransport.connect({ servers: server.url, nkeySeed: stranger }, undefined, quiet)).rejects.toThrow(/refused the credentials/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('natsOptionsFromUrl', () => {
  it('takes credentials out of the URL and reads the environment', () => {
    expect(natsOptionsFromUrl('nats://bob:pw@a:4222, b', {})).toEqual({ servers: ['a:4222', 'b:4222'], user: 'bob', password: 'pw' });
    const env = { EBM_NATS_CREDS: '/x.creds', EBM_NATS_TLS_CA: '/ca.pem', EBM_NATS_TLS_CERT: '/c.pem', EBM_NATS_TLS_KEY: '/k.pem' };
    expect(natsOptionsFromUrl('tls://h:1', env, 'w1')).toEqual({ servers: ['h:1'], name: 'w1', credsFile: '/x.creds', tls: { caFile: '/ca.pem', certFile: '/c.pem', keyFile: '/k.pem' } });
  });

  it('refuses bad URLs and half credentials as input errors naming the field', async () => {
    expect(() => natsOptionsFromUrl('http://h:1', {})).toThrow(/--nats: url: scheme http: is not nats: or tls:/);
    expect(() => natsOptionsFromUrl(' , ', {})).toThrow(/--nats: url: no server given/);
    await expect(NatsTransport.connect({ servers: 'h:1', user: 'bob' })).rejects.toThrow(/--nats: password: user and password go together/);
    await expect(NatsTransport.connect({ servers: 'h:1', credsFile: '/nonexistent/x.creds' })).rejects.toThrow(/\/nonexistent\/x.creds: credsFile: cannot read: ENOENT/);
  });
});
