/**
 * Both services over HTTPS with a private CA made here with openssl (the commands of
 * docs/DEPLOYMENT.md), the custodian requiring the matcher's client certificate (mutual TLS):
 * a withdrawal verifies through the custodian over mTLS; a client without a certificate, with one
 * from another CA, or speaking plain HTTP gets no HTTP exchange at all; the matcher pins the
 * custodian's CA.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { ed25519 } from '@noble/curves/ed25519.js';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSealmatchError } from '../src/errors.js';
import { DEFAULT_FACE_PRESET_ID } from '../src/params/presets.js';
import { loadCustodianFile, loadMatcherFile, loadPublicBundle, writeDeploymentKeys } from '../src/server/config.js';
import { httpCustodianReferences, startCustodian, startMatcher } from '../src/server/deployment.js';
import { custodianFetch } from '../src/server/tls.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { officerApprover, TerminalClient } from '../src/verify/terminal/terminal-client.js';
import { subjectReference } from '../src/subjects/subject-reference.js';
import { Terminal } from '../src/verify/terminal/terminal.js';
import { lfw } from './helpers.js';

const openssl = (cwd: string, args: string[]): void => void execFileSync('openssl', args, { cwd, stdio: 'pipe' });

/** A CA and leaf certificates for 127.0.0.1 / localhost, as in docs/DEPLOYMENT.md. */
function makePki(dir: string, ca: string, leaves: { name: string; usage: 'serverAuth' | 'clientAuth' }[]): void {
  openssl(dir, ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', `${ca}.key`, '-out', `${ca}.crt`, '-days', '2', '-subj', `/CN=${ca}`,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  for (const { name, usage } of leaves) {
    writeFileSync(join(dir, `${name}.ext`), `basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=${usage}\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n`);
    openssl(dir, ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`]);
    openssl(dir, ['x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.crt`, '-CAkey', `${ca}.key`, '-CAcreateserial', '-days', '2', '-out', `${name}.crt`, '-extfile', `${name}.ext`]);
  }
}

const pem = (path: string): Buffer => readFileSync(path);

const people = lfw();
const A = people[0]!.embeddings;
const B = people[1]!.embeddings;

describe('TLS and mutual TLS between matcher and custodian', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sm-tls-'));
  const f = (n: string): string => join(dir, n);
  let custodian: Awaited<ReturnType<typeof startCustodian>>;
  let matcher: Awaited<ReturnType<typeof startMatcher>>;
  let store: SqliteStore;
  let caAgent: Agent;
  const agents: Agent[] = [];
  const agent = (connect: { ca?: Buffer; cert?: Buffer; key?: Buffer }): Agent => {
    const a = new Agent({ connect });
    agents.push(a);
    return a;
  };

  beforeAll(async () => {
    makePki(dir, 'ca', [
      { name: 'custodian', usage: 'serverAuth' },
      { name: 'matcher', usage: 'serverAuth' },
      { name: 'matcher-client', usage: 'clientAuth' },
    ]);
    makePki(dir, 'rogue-ca', [{ name: 'rogue-client', usage: 'clientAuth' }]);
    await writeDeploymentKeys(dir, DEFAULT_FACE_PRESET_ID, 'https://127.0.0.1:0', { env: {} });
    custodian = await startCustodian({
      secrets: loadCustodianFile(dir, { env: {} }),
      logLevel: 'silent',
      tls: { cert: f('custodian.crt'), key: f('custodian.key'), ca: f('ca.crt'), clientAuth: true },
    });
    store = new SqliteStore(':memory:');
    matcher = await startMatcher({
      bundle: loadPublicBundle(dir),
      secrets: { ...loadMatcherFile(dir), custodianUrl: custodian.url, custodianTls: { ca: f('ca.crt'), cert: f('matcher-client.crt'), key: f('matcher-client.key') } },
      store,
      logLevel: 'silent',
      tls: { cert: f('matcher.crt'), key: f('matcher.key') },
    });
    caAgent = agent({ ca: pem(f('ca.crt')) });
  });
  afterAll(async () => {
    await matcher?.close();
    await custodian?.close();
    await store?.close();
    for (const a of agents) await a.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('both listen on https', () => {
    expect(custodian.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+/);
    expect(matcher.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+/);
  });

  it('a withdrawal verifies through the custodian over mutual TLS: genuine accepted, impostor refused', async () => {
    const bundle = loadPublicBundle(dir);
    const keys = { desk: ed25519.utils.randomSecretKey(), officer: ed25519.utils.randomSecretKey(), atm: ed25519.utils.randomSecretKey() };
    const register = async (app: typeof matcher.app, token: string, k: Uint8Array, ownerId: string, role: string): Promise<void> => {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/admin/keys',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        payload: JSON.stringify({ publicKey: Buffer.from(ed25519.getPublicKey(k)).toString('hex'), ownerId, role, institution: 'bank-a' }),
      });
      expect(res.statusCode, res.body).toBeLessThan(300);
    };
    for (const [k, owner, role] of [[keys.desk, 'desk-1', 'desk'], [keys.officer, 'officer-1', 'officer'], [keys.atm, 'atm-1', 'terminal']] as const) {
      await register(matcher.app, loadMatcherFile(dir).adminToken, k, owner, role);
      await register(custodian.app, loadCustodianFile(dir, { env: {} }).adminToken!, k, owner, role);
    }
    // Terminals trust the matcher's certificate through the deployment CA.
    const tlsFetch = ((url: string | URL, init?: object) => undiciFetch(url, { ...init, dispatcher: caAgent })) as unknown as typeof fetch;
    const desk = new TerminalClient({ matcherUrl: matcher.url, terminal: await Terminal.create({ ...bundle, terminalId: 'desk-1' }), deviceKey: keys.desk, fetch: tlsFetch });
    const atm = new TerminalClient({ matcherUrl: matcher.url, terminal: await Terminal.create({ ...bundle, terminalId: 'atm-1' }), deviceKey: keys.atm, fetch: tlsFetch });
    const alice = subjectReference(new Uint8Array(32).fill(7), '900101300027');
    // Enrollment relays the desk's request to the custodian (reference MAC seed) over mTLS ...
    await desk.enroll(alice, A[0]!, { approve: officerApprover(keys.officer) });
    // ... and every verification's decision comes from it over mTLS.
    const tx = { amountMinor: 100_000n, currency: 'KZT' };
    expect((await atm.verify(alice, A[1]!, tx)).match).toBe(true);
    expect((await atm.verify(alice, B[0]!, tx)).match).toBe(false);
    expect(custodian.custodian.stats.decryptions).toBeGreaterThanOrEqual(2);
  });

  it('the custodian refuses a client without a certificate or with one from another CA: no HTTP exchange', async () => {
    const health = (a: Agent): Promise<unknown> => undiciFetch(new URL('/healthz', custodian.url), { dispatcher: a }).then((r) => r.status);
    const ca = pem(f('ca.crt'));
    expect(await health(agent({ ca, cert: pem(f('matcher-client.crt')), key: pem(f('matcher-client.key')) }))).toBe(200);
    await expect(health(agent({ ca }))).rejects.toThrow(/fetch failed/);
    await expect(health(agent({ ca, cert: pem(f('rogue-client.crt')), key: pem(f('rogue-client.key')) }))).rejects.toThrow(/fetch failed/);
    // The matcher's server certificate is not a client certificate (extendedKeyUsage serverAuth).
    await expect(health(agent({ ca, cert: pem(f('matcher.crt')), key: pem(f('matcher.key')) }))).rejects.toThrow(/fetch failed/);
  });

  it('a plain-HTTP client cannot talk to either TLS server; an https client without the CA neither', async () => {
    for (const url of [custodian.url, matcher.url]) {
      const plain = new URL('/healthz', url.replace(/^https:/, 'http:'));
      await expect(fetch(plain)).rejects.toThrow(/fetch failed/);
    }
    await expect(fetch(new URL('/healthz', matcher.url))).rejects.toThrow(/fetch failed/);
    const health = await undiciFetch(new URL('/healthz', matcher.url), { dispatcher: caAgent });
    expect(health.status).toBe(200);
    // The matcher's health probe of the custodian goes over its mTLS client too.
    expect(((await health.json()) as { dependencies?: { custodian?: string } }).dependencies?.custodian).toBe('ok');
  });

  it("the matcher's client pins the custodian's CA; custodianTls with an http:// URL is refused", async () => {
    const { token } = { token: loadMatcherFile(dir).custodianToken };
    const pinnedElsewhere = custodianFetch({ ca: f('rogue-ca.crt'), cert: f('matcher-client.crt'), key: f('matcher-client.key') });
    const right = custodianFetch({ ca: f('ca.crt'), cert: f('matcher-client.crt'), key: f('matcher-client.key') });
    try {
      // Another CA's pin: the TLS session never opens, the custodian is unreachable (nothing sent).
      const refused = await httpCustodianReferences(custodian.url, token, pinnedElsewhere.fetch).forget(new Uint8Array([1])).catch((x: unknown) => x);
      expect(isSealmatchError(refused, 'E_UNAVAILABLE')).toBe(true);
      expect(String((refused as Error).cause)).toMatch(/fetch failed/);
      // Through the right pin the TLS session opens and the custodian answers with its typed error.
      const e = await httpCustodianReferences(custodian.url, token, right.fetch).forget(new Uint8Array([1])).catch((x: unknown) => x);
      expect(isSealmatchError(e, 'E_MALFORMED_MESSAGE')).toBe(true);
    } finally {
      await pinnedElsewhere.close();
      await right.close();
    }
    const s2 = new SqliteStore(':memory:');
    try {
      const e = await startMatcher({ bundle: loadPublicBundle(dir), secrets: { ...loadMatcherFile(dir), custodianUrl: 'http://127.0.0.1:1', custodianTls: { ca: f('ca.crt') } }, store: s2, logLevel: 'silent' }).catch((x: unknown) => x);
      expect(isSealmatchError(e, 'E_INVALID_ARGUMENT')).toBe(true);
    } finally {
      await s2.close();
    }
  });

  it('warns at start when a non-loopback host is served without TLS', async () => {
    const lines: string[] = [];
    const logStream = new Writable({ write: (c, _e, cb) => void (lines.push(String(c)), cb()) });
    const plain = await startCustodian({ secrets: loadCustodianFile(dir, { env: {} }), host: '0.0.0.0', logLevel: 'warn', logStream });
    await plain.close();
    expect(lines.join('')).toMatch(/without TLS/);
    const quiet: string[] = [];
    const loop = await startCustodian({ secrets: loadCustodianFile(dir, { env: {} }), logLevel: 'warn', logStream: new Writable({ write: (c, _e, cb) => void (quiet.push(String(c)), cb()) }) });
    await loop.close();
    expect(quiet.join('')).not.toMatch(/without TLS/);
  });
});
