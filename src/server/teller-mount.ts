/**
 * @module server/teller-mount
 * The teller / enrollment-desk web page (web/teller/, built by `npm run build:teller`) as static
 * files of the matcher under /teller/: the page, its script, the browser terminal bundle and
 * node-seal's WebAssembly (served from the installed package, the exact build the Node terminal
 * runs). Same origin as the /v1/ routes, so the page needs no CORS, and its Content-Security-Policy
 * lets it connect to this origin only: templates are encrypted in the page and go nowhere else.
 * `sealmatch serve --no-teller` (startMatcher `teller: false`) leaves it unmounted.
 *
 * Security note: this serves code. Whoever controls this server controls the page and so sees
 * what the page sees (the camera's template before encryption); a bank serves it from the
 * matcher only if it trusts the matcher's operators with that, else from its own signed app.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { SealmatchError } from '../errors.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/**
 * Where the page is read from by default: in the installed package, `dist/teller/` (written by
 * `npm run build`; this module runs from `dist/` or `dist/cli/`); in a checkout,
 * `web/teller/dist/` (`npm run build:teller`, web/teller/build.ts DEFAULT_TELLER_OUT). The first
 * candidate holding a built page wins; with none built, the checkout's path (its error names it).
 */
export const DEFAULT_TELLER_DIR =
  [resolve(HERE, 'teller'), resolve(HERE, '../teller'), resolve(HERE, '../../web/teller/dist')].find((d) => tellerBuilt(d)) ?? resolve(HERE, '../../web/teller/dist');

/** Where the teller / enrollment-desk page the matcher serves under /teller/ is read from. */
export interface TellerMountOptions {
  /** The built page (default web/teller/dist). */
  readonly dir?: string;
}

const TYPES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'teller.css': 'text/css; charset=utf-8',
  'teller.js': 'text/javascript; charset=utf-8',
  'sealmatch-terminal.js': 'text/javascript; charset=utf-8',
  'seal_throws.wasm': 'application/wasm',
};

/**
 * The page's CSP: scripts and WebAssembly from this origin only ('wasm-unsafe-eval' is what
 * WebAssembly.instantiate needs), fetches to this origin only, nothing framed, no forms.
 */
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** True iff the page has been built into `dir` (`npm run build:teller`). */
export function tellerBuilt(dir: string = DEFAULT_TELLER_DIR): boolean {
  return ['index.html', 'teller.js', 'sealmatch-terminal.js'].every((f) => existsSync(join(dir, f)));
}

function sealWasmPath(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('node-seal'))), 'seal_throws.wasm');
}

/** Mounts GET /teller/ and its files on `app` (read once, kept in memory). */
export function mountTeller(app: FastifyInstance, opts: TellerMountOptions = {}): void {
  const dir = opts.dir ?? DEFAULT_TELLER_DIR;
  const cache = new Map<string, Promise<Buffer>>();
  const load = (name: string): Promise<Buffer> => {
    let p = cache.get(name);
    if (!p) {
      p = readFile(name === 'seal_throws.wasm' ? sealWasmPath() : join(dir, name));
      // A missing build is retried on the next request (after `npm run build:teller`).
      p.catch(() => cache.delete(name));
      cache.set(name, p);
    }
    return p;
  };
  app.get('/teller', async (_req, reply) => reply.redirect('/teller/', 301));
  const serve = async (name: string, reply: FastifyReply): Promise<FastifyReply> => {
    const type = Object.hasOwn(TYPES, name) ? TYPES[name] : undefined;
    if (!type) return reply.code(404).type('text/plain; charset=utf-8').send('not found');
    let body: Buffer;
    try {
      body = await load(name);
    } catch {
      throw new SealmatchError('E_UNAVAILABLE', `teller page not built in ${dir}: run npm run build:teller`);
    }
    return reply
      .type(type)
      .header('content-security-policy', CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .header('cross-origin-opener-policy', 'same-origin')
      .header('cache-control', 'no-cache')
      .send(body);
  };
  app.get('/teller/', async (_req, reply) => serve('index.html', reply));
  app.get<{ Params: { file: string } }>('/teller/:file', async (req, reply) => serve(req.params.file, reply));
}
