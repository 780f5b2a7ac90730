/**
 * @module server/tls
 * TLS for both services and mutual TLS from the matcher to the custodian:
 *   - `httpsServerOptions`: PEM files -> fastify `https` options (`clientAuth` = mTLS: the server
 *     asks for a client certificate and refuses a handshake without one chaining to `ca`);
 *   - `custodianFetch`: the matcher's client for custodian routes. Node's global fetch cannot
 *     present a client certificate or pin a CA, so it is undici (Node's own fetch) with an Agent
 *     whose `connect` options carry them; `ca` replaces the system roots (the custodian's private
 *     CA is pinned).
 *
 * Security note: any certificate chaining to `ca` is accepted (no subject pinning): use a CA
 * dedicated to one deployment (docs/DEPLOYMENT.md). The bearer token is still required on every
 * route; TLS adds confidentiality and peer authentication, not authorization.
 */
import { readFileSync } from 'node:fs';
import { Agent, fetch as undiciFetch } from 'undici';
import { SealmatchError } from '../errors.js';

/** A PEM source: a string is a file path, bytes are the PEM contents themselves. */
export type PemSource = string | Uint8Array;

/** A service's TLS: its certificate (chain) and key; `ca` + `clientAuth` for mutual TLS. */
export interface ServerTls {
  /** The server's certificate chain (PEM), leaf first. */
  readonly cert: PemSource;
  /** The server's private key (PEM); keep the file 0600. */
  readonly key: PemSource;
  /** CA that client certificates must chain to (required with `clientAuth`). */
  readonly ca?: PemSource;
  /** Require a client certificate chaining to `ca` (mutual TLS; the custodian's recommended setup). */
  readonly clientAuth?: boolean;
}

/** How the matcher reaches an https custodian: pinned CA and the matcher's client certificate. */
export interface ClientTls {
  /** CA the custodian's server certificate must chain to (replaces the system roots). */
  readonly ca?: PemSource;
  /** The matcher's client certificate (PEM), for a custodian requiring mutual TLS. */
  readonly cert?: PemSource;
  /** Its private key (PEM); keep the file 0600. */
  readonly key?: PemSource;
}

/** The fastify / node:https server options built from a ServerTls. */
export interface HttpsServerOptions {
  readonly key: Buffer;
  readonly cert: Buffer;
  readonly ca?: Buffer;
  readonly requestCert: boolean;
  readonly rejectUnauthorized: boolean;
}

/** Reads a PEM source; E_INVALID_ARGUMENT naming `what` when unreadable or not PEM. */
export function readPem(src: PemSource, what: string): Buffer {
  let b: Buffer;
  try {
    b = typeof src === 'string' ? readFileSync(src) : Buffer.from(src);
  } catch (e) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `cannot read ${what} ${String(src)}`, undefined, { cause: e });
  }
  if (!b.includes('-----BEGIN ')) throw new SealmatchError('E_INVALID_ARGUMENT', `${what}${typeof src === 'string' ? ` ${src}` : ''} is not PEM`);
  return b;
}

/**
 * https options for a service. `clientAuth` without `ca` is refused: there would be nothing to
 * verify client certificates against.
 * @example Fastify({ https: httpsServerOptions({ cert: 'custodian.crt', key: 'custodian.key', ca: 'ca.crt', clientAuth: true }) })
 */
export function httpsServerOptions(t: ServerTls): HttpsServerOptions {
  if (t.clientAuth && t.ca === undefined) throw new SealmatchError('E_INVALID_ARGUMENT', 'TLS client authentication needs a CA (--tls-ca FILE) to verify client certificates');
  return {
    cert: readPem(t.cert, 'TLS certificate'),
    key: readPem(t.key, 'TLS key'),
    ...(t.ca !== undefined ? { ca: readPem(t.ca, 'TLS CA') } : {}),
    requestCert: t.clientAuth === true,
    rejectUnauthorized: t.clientAuth === true,
  };
}

/** The narrow fetch the matcher's custodian calls use (global fetch satisfies it). */
export type { ProtobufFetch as CustodianFetch, ProtobufResponse as CustodianResponse } from '../wire/http-post.js';
import type { ProtobufFetch as CustodianFetch } from '../wire/http-post.js';

/**
 * A fetch for custodian routes: global fetch without `tls`; with it, undici over an Agent that
 * pins `ca` and presents `cert`/`key`. `close()` ends the Agent's pooled connections.
 */
export function custodianFetch(tls: ClientTls | undefined): { fetch: CustodianFetch; close(): Promise<void> } {
  if (!tls || (tls.ca === undefined && tls.cert === undefined && tls.key === undefined)) {
    return { fetch: (url, init) => fetch(url, init), close: async () => {} };
  }
  if ((tls.cert === undefined) !== (tls.key === undefined)) throw new SealmatchError('E_INVALID_ARGUMENT', 'custodian client TLS needs both a certificate and its key');
  const agent = new Agent({
    connect: {
      ...(tls.ca !== undefined ? { ca: readPem(tls.ca, 'custodian CA') } : {}),
      ...(tls.cert !== undefined ? { cert: readPem(tls.cert, 'matcher client certificate') } : {}),
      ...(tls.key !== undefined ? { key: readPem(tls.key, 'matcher client key') } : {}),
      rejectUnauthorized: true,
    },
  });
  return {
    fetch: (url, init) => undiciFetch(url, { ...init, dispatcher: agent }),
    close: () => agent.close(),
  };
}

/** True for hosts only this machine can reach (plain HTTP is tolerated there, for development). */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}
