/**
 * The browser terminal against a real deployment: a custodian and a matcher (the teller page
 * mounted, built fresh), a recording proxy in front of the matcher that keeps every request body
 * the page sends, and headless Chromium (Debian's /usr/bin/chromium, never a downloaded browser)
 * driven by puppeteer-core. Used by test/browser/teller.e2e.test.ts and bench/browser.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { DEFAULT_FACE_PRESET_ID } from '../../src/params/presets.js';
import { loadCustodianFile, loadMatcherFile, loadPublicBundle, writeDeploymentKeys } from '../../src/server/config.js';
import { registerKey, startCustodian, startMatcher } from '../../src/server/deployment.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { buildTeller, type TellerBuild } from '../../web/teller/build.js';

export const CHROMIUM = process.env.SEALMATCH_CHROMIUM ?? '/usr/bin/chromium';

/** One request the page made, as the matcher received it. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly body: Buffer;
}

export interface TellerDeployment {
  readonly build: TellerBuild;
  readonly custodian: Awaited<ReturnType<typeof startCustodian>>;
  readonly matcher: Awaited<ReturnType<typeof startMatcher>>;
  /** The page, through the recording proxy: http://127.0.0.1:PORT/teller/ */
  readonly pageUrl: string;
  readonly requests: RecordedRequest[];
  readonly auditorToken: string;
  /** Registers a key on the matcher and on the custodian (each with its own admin token). */
  register(publicKeyHex: string, ownerId: string, role: 'terminal' | 'desk' | 'officer'): Promise<void>;
  close(): Promise<void>;
}

/** A proxy that forwards to `target` and records each request's method, URL and body bytes. */
function recordingProxy(target: URL, requests: RecordedRequest[]): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({ method: req.method ?? '', url: req.url ?? '', body });
      const fwd = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      fwd.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      fwd.end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const a = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}` });
  }));
}

/** Keys, custodian, matcher with the freshly built teller page, and the recording proxy. */
export async function startTellerDeployment(): Promise<TellerDeployment> {
  const dir = mkdtempSync(join(tmpdir(), 'sealmatch-teller-'));
  const build = await buildTeller(join(dir, 'teller'));
  await writeDeploymentKeys(dir, DEFAULT_FACE_PRESET_ID, 'http://127.0.0.1:0');
  const custodianFile = loadCustodianFile(dir);
  const custodian = await startCustodian({ secrets: custodianFile, logLevel: 'warn' });
  const store = new SqliteStore(':memory:');
  const secrets = { ...loadMatcherFile(dir), custodianUrl: custodian.url };
  const matcher = await startMatcher({ bundle: loadPublicBundle(dir), secrets, store, logLevel: 'warn', teller: { dir: build.outDir } });
  const requests: RecordedRequest[] = [];
  const proxy = await recordingProxy(new URL(matcher.url), requests);
  return {
    build,
    custodian,
    matcher,
    pageUrl: `${proxy.url}/teller/`,
    requests,
    auditorToken: secrets.auditorToken!,
    async register(publicKeyHex, ownerId, role) {
      const pk = Uint8Array.from(Buffer.from(publicKeyHex, 'hex'));
      // The custodian trusts no key the matcher vouches for: both registries, each by its own operators.
      await registerKey(matcher.url, secrets.adminToken, pk, ownerId, role, 'bank-a');
      await registerKey(custodian.url, custodianFile.adminToken!, pk, ownerId, role, 'bank-a');
    },
    async close() {
      await new Promise<void>((resolve) => proxy.server.close(() => resolve()));
      await matcher.close();
      await custodian.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Headless Chromium with a fresh profile and Chromium's own background traffic turned off (this
 * machine's closed network refuses it, which otherwise stalls start-up).
 */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'sealmatch-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the teller page and waits until SEAL is loaded (or the page reports why not). */
export async function openTeller(browser: Browser, url: string, errors: string[] = []): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#status:not([data-state="loading"])', { timeout: 60_000 });
  const state = await page.$eval('#status', (el) => [el.getAttribute('data-state'), el.textContent] as const);
  if (state[0] !== 'ready') throw new Error(`teller page did not start: ${state[1]} ${errors.join('; ')}`);
  return page;
}

/**
 * Clicks "Generate keys" and registers the three public keys shown (desk, officer, teller) under
 * the owners 'teller-web-desk', 'officer-web-07', 'teller-web-01'; returns their key ids.
 */
export async function generateAndRegisterKeys(page: Page, dep: TellerDeployment): Promise<{ desk: string; officer: string; teller: string }> {
  await page.click('#generate-keys');
  await page.waitForFunction(() => document.getElementById('teller-public')?.dataset.keyId !== undefined);
  const read = (id: string): Promise<{ pk: string; keyId: string }> => page.$eval(id, (el) => ({ pk: el.textContent ?? '', keyId: (el as HTMLElement).dataset.keyId ?? '' }));
  const [desk, officer, teller] = [await read('#desk-public'), await read('#officer-public'), await read('#teller-public')];
  await dep.register(desk.pk, 'teller-web-desk', 'desk');
  await dep.register(officer.pk, 'officer-web-07', 'officer');
  await dep.register(teller.pk, 'teller-web-01', 'terminal');
  return { desk: desk.keyId, officer: officer.keyId, teller: teller.keyId };
}
