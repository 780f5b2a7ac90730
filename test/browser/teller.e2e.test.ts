/**
 * The teller page end to end: Debian's headless Chromium (puppeteer-core) opens /teller/ from a real
 * matcher (in front of a real custodian), generates the desk, officer and teller keys in the page
 * (the bank registers their public keys on both services, as in production), enrolls a customer
 * from one LFW embedding with the officer's approval, and verifies a genuine probe (MATCH) and an
 * impostor's (NO MATCH). Then: the decisions the page shows are the custodian's, the matcher's
 * audit log holds the three operations and verifies offline, and no request the page sent carries
 * the plaintext embedding in any encoding (float64, float32, JSON text, quantized integers).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyExportedLog } from '../../src/audit/verify.js';
import { quantizeEmbedding } from '../../src/templates/face.js';
import { getPreset, DEFAULT_FACE_PRESET_ID } from '../../src/params/presets.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { subjectReference } from '../../src/subjects/subject-reference.js';
import { lfw } from '../helpers.js';
import { generateAndRegisterKeys, launchChromium, openTeller, startTellerDeployment, type TellerDeployment } from './harness.js';

const enabled = process.env.SEALMATCH_BROWSER === '1';

/** Every byte spelling of a window of the embedding that a careless client could send. */
function plaintextNeedles(embedding: number[]): { name: string; bytes: Buffer }[] {
  const w = embedding.slice(0, 8);
  const f64 = Buffer.from(Float64Array.from(w).buffer);
  const f32 = Buffer.from(Float32Array.from(w).buffer);
  const q = Array.from(quantizeEmbedding(embedding, getPreset(DEFAULT_FACE_PRESET_ID)).values).slice(0, 16);
  return [
    { name: 'float64 LE', bytes: f64 },
    { name: 'float64 BE', bytes: Buffer.from(Float64Array.from(w).buffer).reverse() },
    { name: 'float32 LE', bytes: f32 },
    { name: 'JSON text', bytes: Buffer.from(JSON.stringify(w).slice(1, -1)) },
    { name: 'first value as text', bytes: Buffer.from(String(embedding[0])) },
    { name: 'quantized int8', bytes: Buffer.from(Int8Array.from(q).buffer) },
    { name: 'quantized int16 LE', bytes: Buffer.from(Int16Array.from(q).buffer) },
    { name: 'quantized int32 LE', bytes: Buffer.from(Int32Array.from(q).buffer) },
    { name: 'quantized JSON text', bytes: Buffer.from(q.join(',')) },
  ];
}

describe.skipIf(!enabled)('teller page in headless Chromium against a real custodian and matcher', () => {
  let dep: TellerDeployment;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const files = mkdtempSync(join(tmpdir(), 'sealmatch-teller-files-'));
  const errors: string[] = [];
  const people = enabled ? lfw() : [];
  const [alice, bob] = [people[0]!, people[1]!];
  const IIN = '900101300027';

  const embeddingFile = (name: string, embedding: number[]): string => {
    const f = join(files, `${name}.json`);
    writeFileSync(f, JSON.stringify(embedding));
    return f;
  };

  async function upload(selector: string, file: string): Promise<void> {
    const input = await page.$(selector);
    await (input as unknown as { uploadFile(f: string): Promise<void> }).uploadFile(file);
  }

  const decisionHashes: string[] = [];

  async function verifyInPage(embedding: number[], name: string, iin = IIN): Promise<{ text: string; match: string }> {
    await page.$eval('#verify-iin', (el) => void ((el as HTMLInputElement).value = ''));
    await page.type('#verify-iin', iin);
    await upload('#verify-embedding', embeddingFile(name, embedding));
    await page.$eval('#decision', (el) => delete (el as HTMLElement).dataset.match);
    await page.click('#verify-button');
    await page.waitForSelector('#decision[data-match]', { timeout: 60_000 });
    const shown = await page.$eval('#decision', (el) => ({ text: el.textContent ?? '', match: (el as HTMLElement).dataset.match ?? '', hash: (el as HTMLElement).dataset.requestHash ?? '' }));
    decisionHashes.push(shown.hash);
    return { text: shown.text, match: shown.match };
  }

  beforeAll(async () => {
    dep = await startTellerDeployment();
    chromium = await launchChromium();
    page = await openTeller(chromium.browser, dep.pageUrl, errors);
    await generateAndRegisterKeys(page, dep);
  });
  afterAll(async () => {
    await chromium?.close();
    await dep?.close();
    rmSync(files, { recursive: true, force: true });
  });

  let subjectRef = '';

  it('the matcher serves the page, the bundle and SEAL\'s WebAssembly under /teller/, with a same-origin CSP', async () => {
    const res = await fetch(new URL('/teller/', dep.matcher.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect((await fetch(new URL('/teller/seal_throws.wasm', dep.matcher.url))).headers.get('content-type')).toBe('application/wasm');
    expect((await fetch(new URL('/teller/../v1/public-bundle', dep.matcher.url))).status).toBe(200); // URL normalizes; no traversal
    expect((await fetch(new URL('/teller/package.json', dep.matcher.url))).status).toBe(404);
    expect(await page.$eval('#status', (el) => el.textContent)).toContain(DEFAULT_FACE_PRESET_ID);
    // the page loaded SEAL's WebAssembly from the matcher, beside the bundle
    expect(dep.requests.map((r) => `${r.method} ${r.url}`)).toEqual(expect.arrayContaining(['GET /teller/sealmatch-terminal.js', 'GET /teller/seal_throws.wasm', 'GET /v1/public-bundle']));
    // the bundle names no Node module (web/teller/build.ts also refuses to emit one that does)
    const bundle = readFileSync(join(dep.build.outDir, 'sealmatch-terminal.js'), 'utf8');
    expect(bundle).not.toMatch(/["']node:[a-z]/);
    expect(bundle).not.toMatch(/\b(?:import\s*\(|from\s*)["'](?:fs|path|url|crypto|os|module|worker_threads)["']/);
    // Chromium has WebCrypto Ed25519: the page's device keys are non-extractable CryptoKeys
    expect(await page.$eval('#key-store', (el) => (el as HTMLElement).dataset.store)).toBe('webcrypto');
  });

  it('enrolls a customer from one LFW embedding with the officer\'s approval', async () => {
    await page.type('#enroll-iin', IIN);
    await upload('#enroll-embedding', embeddingFile('enroll', alice.embeddings[0]!));
    await page.click('#enroll-button');
    await page.waitForFunction(() => /enrolled|refused/.test(document.getElementById('enroll-result')?.textContent ?? ''), { timeout: 60_000 });
    const result = await page.$eval('#enroll-result', (el) => ({ text: el.textContent ?? '', ref: (el as HTMLElement).dataset.subjectRef ?? '' }));
    expect(result.text, errors.join('\n')).toMatch(/^enrolled/);
    expect(result.ref).toMatch(/^[0-9a-f]{64}$/);
    subjectRef = result.ref;
  });

  it('a genuine probe is a MATCH, an impostor\'s is NO MATCH (custodian-signed, bound to the request)', async () => {
    const genuine = await verifyInPage(alice.embeddings[1]!, 'genuine');
    expect(genuine, errors.join('\n')).toEqual({ text: 'MATCH', match: 'true' });
    expect(await page.$eval('#verify-detail', (el) => el.textContent)).toContain('signature and binding checked');
    const impostor = await verifyInPage(bob.embeddings[1]!, 'impostor');
    expect(impostor).toEqual({ text: 'NO MATCH', match: 'false' });
    expect(errors).toEqual([]);
  });

  it('the matcher\'s audit log holds the enrollment and both decisions, and verifies offline', async () => {
    const exported = (await (await fetch(new URL('/v1/audit/export', dep.matcher.url), { headers: { authorization: `Bearer ${dep.auditorToken}` } })).json()) as {
      entries: { entry: { kind: string; actor: string; outcome: string; subjectRef?: string; requestHash?: string } }[];
    };
    const { publicKey } = (await (await fetch(new URL('/v1/audit/public-key', dep.matcher.url))).json()) as { publicKey: string };
    expect(verifyExportedLog(exported, Uint8Array.from(Buffer.from(publicKey, 'hex'))).ok).toBe(true);
    const about = exported.entries.map((e) => e.entry).filter((e) => e.subjectRef === subjectRef);
    // actors are the registered owners of the page's keys (test/browser/harness.ts)
    expect(about.map((e) => [e.kind, e.actor, e.outcome])).toEqual([
      ['enroll', 'teller-web-desk', 'accepted'],
      ['verify', 'teller-web-01', 'match'],
      ['verify', 'teller-web-01', 'no-match'],
    ]);
    // the decisions the page showed are the ones the log recorded
    expect(about.slice(1).map((e) => e.requestHash)).toEqual(decisionHashes);
  });

  it('no request the page sent holds the plaintext embedding (only ciphertexts and signatures left it)', () => {
    const posts = dep.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.url).sort()).toEqual(['/v1/enroll', '/v1/verify', '/v1/verify']);
    // The bodies are real: the enrollment carries a ~90 KB encrypted reference.
    expect(posts.find((r) => r.url === '/v1/enroll')!.body.length).toBeGreaterThan(50_000);
    for (const embedding of [alice.embeddings[0]!, alice.embeddings[1]!, bob.embeddings[1]!]) {
      // the needles find what a careless client would send (JSON, float arrays, quantized ints)
      const careless = Buffer.concat([Buffer.from(JSON.stringify({ embedding })), Buffer.from(Float64Array.from(embedding).buffer), Buffer.from(Float32Array.from(embedding).buffer)]);
      for (const name of ['float64 LE', 'float32 LE', 'JSON text', 'first value as text']) expect(careless.includes(plaintextNeedles(embedding).find((n) => n.name === name)!.bytes)).toBe(true);
      for (const needle of plaintextNeedles(embedding)) {
        for (const r of dep.requests) expect(r.body.includes(needle.bytes), `${r.method} ${r.url} holds the embedding as ${needle.name}`).toBe(false);
      }
    }
    // and every request went to the page's own origin (the proxy saw them all; CSP connect-src 'self')
    expect(dep.requests.every((r) => r.url.startsWith('/teller') || r.url.startsWith('/v1/'))).toBe(true);
  });

  it('keys loaded from a file (signing from page memory, @noble/curves) enroll and verify too; subject references as the bank computes them', async () => {
    const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
    const file = { desk: ed25519.utils.randomSecretKey(), officer: ed25519.utils.randomSecretKey(), teller: ed25519.utils.randomSecretKey(), bankKey: new Uint8Array(32).fill(7) };
    // owners are the page's terminal ids (a transaction must name its signing key's owner)
    await dep.register(hex(ed25519.getPublicKey(file.desk)), 'teller-web-desk', 'desk');
    await dep.register(hex(ed25519.getPublicKey(file.officer)), 'officer-from-file', 'officer');
    await dep.register(hex(ed25519.getPublicKey(file.teller)), 'teller-web-01', 'terminal');
    const keyFile = join(files, 'keys.json');
    writeFileSync(keyFile, JSON.stringify({ desk: hex(file.desk), officer: hex(file.officer), teller: hex(file.teller), bankKey: hex(file.bankKey) }));
    await upload('#keys-file', keyFile);
    await page.waitForFunction(() => document.getElementById('key-store')?.dataset.store === 'noble');
    expect(await page.$eval('#teller-public', (el) => el.textContent)).toBe(hex(ed25519.getPublicKey(file.teller)));
    const iin = '850615400125';
    await page.$eval('#enroll-iin', (el) => void ((el as HTMLInputElement).value = ''));
    await page.type('#enroll-iin', iin);
    await upload('#enroll-embedding', embeddingFile('enroll-bob', bob.embeddings[0]!));
    await page.$eval('#enroll-result', (el) => void (el.textContent = ''));
    await page.click('#enroll-button');
    await page.waitForFunction(() => /enrolled|refused/.test(document.getElementById('enroll-result')?.textContent ?? ''), { timeout: 60_000 });
    expect(await page.$eval('#enroll-result', (el) => el.textContent), errors.join('\n')).toMatch(/^enrolled/);
    expect(await page.$eval('#enroll-result', (el) => (el as HTMLElement).dataset.subjectRef)).toBe(subjectReference(file.bankKey, iin));
    expect(await verifyInPage(bob.embeddings[2]!, 'genuine-bob', iin)).toEqual({ text: 'MATCH', match: 'true' });
  });
});
