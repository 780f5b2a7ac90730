/**
 * The teller page mount (src/server/teller-mount.ts), without a browser: what the matcher serves
 * under /teller/ and with which headers, only the page's own files, a clear 503 when the page was
 * never built, and nothing at all when it is not mounted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { registerErrorHandler } from '../src/server/protocol.js';
import { mountTeller } from '../src/server/teller-mount.js';

describe('teller mount', () => {
  const built = mkdtempSync(join(tmpdir(), 'sealmatch-teller-mount-'));
  writeFileSync(join(built, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(built, 'teller.js'), 'export {};');
  writeFileSync(join(built, 'secret.txt'), 'not served');
  afterAll(() => rmSync(built, { recursive: true, force: true }));

  const app = (dir?: string) => {
    const a = Fastify();
    registerErrorHandler(a);
    if (dir !== undefined) mountTeller(a, { dir });
    return a;
  };

  it('serves the page and its files with a same-origin CSP, and SEAL\'s WebAssembly from node-seal', async () => {
    const a = app(built);
    const page = await a.inject({ method: 'GET', url: '/teller/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/connect-src 'self'/);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await a.inject({ method: 'GET', url: '/teller' })).headers.location).toBe('/teller/');
    expect((await a.inject({ method: 'GET', url: '/teller/teller.js' })).headers['content-type']).toMatch(/^text\/javascript/);
    const wasm = await a.inject({ method: 'GET', url: '/teller/seal_throws.wasm' });
    expect(wasm.headers['content-type']).toBe('application/wasm');
    expect(wasm.rawPayload.subarray(0, 4)).toEqual(Buffer.from([0x00, 0x61, 0x73, 0x6d])); // \0asm
  });

  it('serves only the page\'s own files (no directory listing, no traversal, no other file)', async () => {
    const a = app(built);
    for (const url of ['/teller/secret.txt', '/teller/..%2Fpackage.json', '/teller/%2e%2e%2f%2e%2e%2fpackage.json', '/teller/constructor', '/teller/toString']) {
      expect((await a.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
  });

  it('a page that was never built answers 503 E_UNAVAILABLE naming the build command', async () => {
    const r = await app(join(built, 'missing')).inject({ method: 'GET', url: '/teller/', headers: { accept: 'application/json' } });
    expect(r.statusCode).toBe(503);
    expect(r.body).toContain('build:teller');
  });

  it('not mounted: no /teller/ route at all', async () => {
    expect((await app().inject({ method: 'GET', url: '/teller/' })).statusCode).toBe(404);
  });
});
