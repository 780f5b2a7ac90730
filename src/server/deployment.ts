/**
 * Starting the two services: a custodian (given its secrets, no store) and a matcher (given the
 * public bundle, a store and its own secrets, no HE secret key). Used by `sealmatch serve`, the
 * demo, the HTTP tests and the server benchmark.
 */
import type { FastifyInstance } from 'fastify';
import { Custodian } from '../custodian/custodian.js';
import { SealmatchError } from '../errors.js';
import { getPreset } from '../params/presets.js';
import { IdentifyMatcher, type RegisteredKey } from '../identify/matcher/identify-matcher.js';
import { IdentifyService } from '../identify/matcher/identify-service.js';
import { Matcher } from '../verify/matcher/matcher.js';
import type { TransactionPolicy } from '../policy/policy.js';
import { KazakhstanWithdrawalPolicy } from '../policy/kazakhstan.js';
import { MatcherService } from '../matcher/service.js';
import type { Store } from '../store/store.js';
import { decodeSignedDecision, encodeBlindedResult } from '../wire/codec.js';
import { postProtobuf } from '../wire/http-post.js';
import { identifyWireLimits, type IdentifyWireLimits } from '../identify/messages/identify-codec.js';
import type { BlindedResult, SignedDecision } from '../wire/messages.js';
import type { CustodianFile, DeploymentBundle, MatcherSecrets } from './config.js';
import { custodianApp } from './custodian-app.js';
import { httpIdentifyCustodian } from './identify-client.js';
import { matcherApp } from './matcher-app.js';
import type { TellerMountOptions } from './teller-mount.js';
import { CustodianState } from '../custodian/state.js';
import { sha256 } from '../wire/digest.js';
import { createPrivateFile } from './secret-file.js';
import { custodianFetch, httpsServerOptions, isLoopbackHost, type CustodianFetch, type ServerTls } from './tls.js';

/** A started service: its fastify app, its URL, and how to stop it. */
export interface Running {
  /** The fastify instance serving the routes (inject requests, add hooks). */
  readonly app: FastifyInstance;
  /** Base URL it listens on, e.g. http://127.0.0.1:8700 (the port chosen when 0 was asked). */
  readonly url: string;
  /** Stops the service and frees what it holds. */
  close(): Promise<void>;
}

async function listen(app: FastifyInstance, host: string, port: number, secure: boolean): Promise<string> {
  // Plain HTTP is for loopback development (demo, tests); anywhere else tokens and ciphertexts
  // would cross the network in the clear.
  if (!secure && !isLoopbackHost(host)) app.log.warn(`listening on ${host} without TLS: bearer tokens and ciphertexts travel in the clear (use --tls-cert/--tls-key, docs/DEPLOYMENT.md)`);
  const address = await app.listen({ host, port });
  return address.replace('[::1]', '127.0.0.1');
}

/** Caps of the custodian's 1:N routes (body limits follow from them: identify-codec.ts). */
export interface CustodianIdentifyOptions {
  /** Blocks in one blinded result (default 256: 1,048,576 templates at N = 4096, ~33 MB body; 2,097,152 at N = 8192, ~210 MiB). */
  readonly maxBlocks?: number;
  /** Templates in one enrollment refresh (default 64; ~5.5 MB body). */
  readonly maxRefreshEntries?: number;
  /**
   * Serve the 1:N routes although 1:N results carry no MAC yet (docs/THREAT-MODEL.md): only for
   * a matcher the bank trusts not to craft ciphertexts. Default false: 1:N routes are refused.
   */
  readonly trustMatcher?: boolean;
}

/** Starts the custodian service (HTTP or HTTPS) from its secrets; its own state database at `statePath` (in memory if omitted). */
export async function startCustodian(opts: {
  secrets: CustodianFile;
  host?: string;
  port?: number;
  evaluationMode?: boolean;
  logLevel?: string;
  logStream?: NodeJS.WritableStream;
  identify?: CustodianIdentifyOptions;
  /** The custodian's own state database (SQLite path; default ':memory:', tests and the demo). */
  statePath?: string;
  /** Alarms before a matcher credential is suspended (default 3). */
  alarmThreshold?: number;
  clock?: () => number;
  /** Serve HTTPS; with `clientAuth` only a matcher presenting a certificate from `ca` connects (mTLS). */
  tls?: ServerTls;
}): Promise<
  Running & {
    /** The in-process custodian behind the routes (key registration, alarms, tests). */
    custodian: Custodian;
  }
> {
  const p = getPreset(opts.secrets.presetId);
  const https = opts.tls ? httpsServerOptions(opts.tls) : undefined;
  const keepsState = p.authenticated === true || p.expansionDim !== undefined;
  // The state holds reference MAC seeds and the key registry: created 0600 (SQLite gives its WAL
  // and shared-memory files the database file's mode).
  if (keepsState && opts.statePath) createPrivateFile(opts.statePath);
  const state = keepsState ? await CustodianState.open(opts.statePath ?? ':memory:', { clock: opts.clock }) : undefined;
  let custodian: Custodian;
  try {
    custodian = await Custodian.create({
      secrets: opts.secrets,
      evaluationMode: opts.evaluationMode,
      ...(state ? { state } : {}),
      ...(opts.alarmThreshold ? { alarmThreshold: opts.alarmThreshold } : {}),
      ...(opts.clock ? { now: opts.clock } : {}),
      identify: { trustMatcher: opts.identify?.trustMatcher ?? false },
    });
  } catch (e) {
    await state?.close();
    throw e;
  }
  let identify: IdentifyWireLimits | undefined;
  if (getPreset(opts.secrets.presetId).expansionDim !== undefined) {
    // 1:N parameter set: decide / refresh routes beside /v1/decide.
    identify = identifyWireLimits(opts.secrets.presetId, opts.identify);
  }
  const app = custodianApp({
    custodian,
    matcherToken: opts.secrets.matcherToken,
    ...(opts.secrets.adminToken ? { adminToken: opts.secrets.adminToken } : {}),
    ...(opts.secrets.logSigningKey ? { logSigningKey: opts.secrets.logSigningKey } : {}),
    logLevel: opts.logLevel,
    logStream: opts.logStream,
    identify,
    ...(https ? { https } : {}),
  });
  const url = await listen(app, opts.host ?? '127.0.0.1', opts.port ?? 0, https !== undefined);
  return {
    app,
    url,
    custodian,
    close: async () => {
      await app.close();
      await custodian.close();
      await state?.close();
    },
  };
}

/** Default deadline of every matcher -> custodian call (ms). */
export const DEFAULT_CUSTODIAN_DEADLINE_MS = 2_000;

/** POSTs protobuf bytes to a custodian route with the matcher's token, under the call deadline. */
function postCustodian(custodianUrl: string, token: string, path: string, body: Uint8Array, doFetch: CustodianFetch, deadlineMs = DEFAULT_CUSTODIAN_DEADLINE_MS): Promise<Uint8Array> {
  return postProtobuf(new URL(path, custodianUrl), body, { fetch: doFetch, headers: { authorization: `Bearer ${token}` }, deadlineMs, peer: 'custodian' });
}

/**
 * Calls a custodian's /v1/decide over HTTP (protobuf, bearer token). `doFetch` carries the
 * matcher's client TLS (tls.ts `custodianFetch`: pinned CA, client certificate); global fetch by default.
 */
export function httpDecider(custodianUrl: string, token: string, doFetch: CustodianFetch = fetch, deadlineMs = DEFAULT_CUSTODIAN_DEADLINE_MS): (r: BlindedResult) => Promise<SignedDecision> {
  return async (result) => decodeSignedDecision(await postCustodian(custodianUrl, token, '/v1/decide', encodeBlindedResult(result), doFetch, deadlineMs));
}

/** The custodian's reference-key routes (authenticated presets), relaying terminals' signed requests. */
export function httpCustodianReferences(
  custodianUrl: string,
  token: string,
  doFetch: CustodianFetch = fetch,
  deadlineMs = DEFAULT_CUSTODIAN_DEADLINE_MS,
): { register(b: Uint8Array): Promise<void>; forget(b: Uint8Array): Promise<void> } {
  return {
    register: async (b) => void (await postCustodian(custodianUrl, token, '/v1/references/register', b, doFetch, deadlineMs)),
    forget: async (b) => void (await postCustodian(custodianUrl, token, '/v1/references/forget', b, doFetch, deadlineMs)),
  };
}

/** The matcher's 1:N gallery (only for 1:N parameter sets; `false` turns it off). */
export interface MatcherIdentifyOptions {
  /** Worker threads holding the gallery and sharing each search (IdentifyMatcher `workers`; 0 = this thread). */
  readonly workers?: number;
  /** 1:N match threshold as a cosine; default the preset's. */
  readonly thresholdCosine?: number;
  /** Officer authorizations older than this are refused (default 10 minutes). */
  readonly authorizationMaxAgeMs?: number;
  /** Must not exceed the custodian's `maxBlocks` (a larger gallery's searches are refused with E_TOO_LARGE). */
  readonly maxBlocks?: number;
}

/** Starts the matcher service from the public bundle, its secrets and a store; calls the custodian at `secrets.custodianUrl`. */
export async function startMatcher(opts: {
  bundle: DeploymentBundle;
  secrets: MatcherSecrets;
  store: Store;
  host?: string;
  port?: number;
  /** The bank's transaction rules; default: the shipped Kazakhstan withdrawal rules. */
  policy?: TransactionPolicy;
  clock?: () => number;
  /** Requests per minute per authenticated signing key (default 600). */
  ratePerMinute?: number;
  /** Requests per minute for the whole matcher (default 20,000). */
  globalRatePerMinute?: number;
  /** Deadline of every call to the custodian (default 2 s): E_UNAVAILABLE (503) after it. */
  custodianDeadlineMs?: number;
  thresholdCosine?: number;
  logLevel?: string;
  logStream?: NodeJS.WritableStream;
  identify?: MatcherIdentifyOptions | false;
  /** Serve HTTPS to terminals and desks. How the matcher reaches the custodian: `secrets.custodianTls`. */
  tls?: ServerTls;
  /** Serve the teller / enrollment-desk page under /teller/ (default: not served; `sealmatch serve` does unless --no-teller). */
  teller?: TellerMountOptions | false;
}): Promise<
  Running & {
    /** The request-handling service (policy, nonces, attempts, audit log) behind the 1:1 routes. */
    service: MatcherService;
    /** The 1:1 HE matcher it uses. */
    matcher: Matcher;
    /** The 1:N service, on 1:N parameter sets unless `identify: false`. */
    identify?: IdentifyService;
  }
> {
  const authenticated = getPreset(opts.bundle.presetId).authenticated === true;
  const https = opts.tls ? httpsServerOptions(opts.tls) : undefined;
  const custodianIsPlain = new URL(opts.secrets.custodianUrl).protocol === 'http:';
  if (opts.secrets.custodianTls && custodianIsPlain) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `custodianTls is set but the custodian URL ${opts.secrets.custodianUrl} is plain http: use https://`);
  }
  const client = custodianFetch(opts.secrets.custodianTls);
  const matcher = await Matcher.create({ presetId: opts.bundle.presetId, store: opts.store, thresholdCosine: opts.thresholdCosine, heKeyId: sha256(opts.bundle.hePublicKey) });
  const service = await MatcherService.create({
    matcher,
    store: opts.store,
    decide: httpDecider(opts.secrets.custodianUrl, opts.secrets.custodianToken, client.fetch, opts.custodianDeadlineMs),
    ...(authenticated ? { custodianReferences: httpCustodianReferences(opts.secrets.custodianUrl, opts.secrets.custodianToken, client.fetch, opts.custodianDeadlineMs) } : {}),
    rateLimit: { perKeyPerMinute: opts.ratePerMinute, globalPerMinute: opts.globalRatePerMinute },
    custodianPublicKey: opts.bundle.decisionPublicKey,
    policy: opts.policy ?? new KazakhstanWithdrawalPolicy(),
    clock: opts.clock,
  });
  let identify: { service: IdentifyService; limits: IdentifyWireLimits } | undefined;
  if (opts.identify !== false && getPreset(opts.bundle.presetId).expansionDim !== undefined) {
    try {
      identify = await startIdentify(opts.bundle, opts.secrets, service, opts.store, opts.identify || {}, opts.clock, client.fetch);
    } catch (e) {
      matcher.delete();
      await client.close();
      throw e;
    }
  }
  const health = async (): Promise<Record<string, string>> => {
    const out: Record<string, string> = {};
    try {
      await opts.store.getKey('0'.repeat(64)); // one indexed read
      out.store = 'ok';
    } catch (e) {
      out.store = (e as { code?: string }).code ?? 'error';
    }
    try {
      // Through the matcher's own client (custodianTls: pinned CA, client certificate).
      const res = await client.fetch(new URL('/healthz', opts.secrets.custodianUrl), { method: 'GET', signal: AbortSignal.timeout(500) });
      out.custodian = res.ok ? 'ok' : `HTTP ${res.status}`;
    } catch {
      out.custodian = 'unreachable';
    }
    return out;
  };
  const app = await matcherApp({
    health,
    ...(opts.secrets.auditorToken ? { auditorToken: opts.secrets.auditorToken } : {}),
    service,
    store: opts.store,
    bundle: opts.bundle,
    logSigningKey: opts.secrets.logSigningKey,
    adminToken: opts.secrets.adminToken,
    ratePerMinute: opts.ratePerMinute,
    logLevel: opts.logLevel,
    logStream: opts.logStream,
    identify,
    ...(https ? { https } : {}),
    ...(opts.teller ? { teller: opts.teller } : {}),
  });
  if (custodianIsPlain && !isLoopbackHost(new URL(opts.secrets.custodianUrl).hostname)) {
    app.log.warn(`custodian ${opts.secrets.custodianUrl} is plain http on a non-loopback host: the matcher token and blinded results travel in the clear (use https with custodianTls, docs/DEPLOYMENT.md)`);
  }
  const url = await listen(app, opts.host ?? '127.0.0.1', opts.port ?? 0, https !== undefined);
  return {
    app,
    url,
    service,
    matcher,
    ...(identify ? { identify: identify.service } : {}),
    close: async () => {
      await app.close();
      await identify?.service.matcher.close();
      matcher.delete();
      await client.close();
    },
  };
}

/** The 1:N gallery of a matcher process: IdentifyMatcher (Galois keys from the bundle) + its service. */
async function startIdentify(
  bundle: DeploymentBundle,
  secrets: MatcherSecrets,
  service: MatcherService,
  store: Store,
  o: MatcherIdentifyOptions,
  clock: (() => number) | undefined,
  doFetch: CustodianFetch,
): Promise<{ service: IdentifyService; limits: IdentifyWireLimits }> {
  if (!bundle.galoisKeys?.length) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `${bundle.presetId} is a 1:N parameter set: public-bundle.pb must carry the Galois keys (sealmatch keygen writes them)`);
  }
  const limits = identifyWireLimits(bundle.presetId, { maxBlocks: o.maxBlocks });
  const keys = new Map<string, RegisteredKey>();
  const matcher = await IdentifyMatcher.create({
    presetId: bundle.presetId,
    galoisKeys: bundle.galoisKeys,
    keys,
    audit: IdentifyService.auditSink(service),
    workers: o.workers,
    store, // the gallery persists beside the 1:1 references and survives a restart
    thresholdCosine: o.thresholdCosine,
    authorizationMaxAgeMs: o.authorizationMaxAgeMs,
    heKeyId: sha256(bundle.hePublicKey),
    ...(clock ? { now: clock } : {}),
  });
  const identify = new IdentifyService({
    matcher,
    keys,
    service,
    store,
    custodian: httpIdentifyCustodian(secrets.custodianUrl, secrets.custodianToken, limits, doFetch),
    custodianPublicKey: bundle.decisionPublicKey,
    limits,
  });
  return { service: identify, limits };
}

/**
 * Registers a terminal or officer key through a service's admin route (POST /v1/admin/keys):
 * the matcher's (with the matcher admin token) and, for authenticated presets, the custodian's
 * own registry too (with the custodian admin token).
 */
export async function registerKey(serviceUrl: string, adminToken: string, publicKey: Uint8Array, ownerId: string, role: 'terminal' | 'desk' | 'officer', institution = ''): Promise<string> {
  const res = await fetch(new URL('/v1/admin/keys', serviceUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ publicKey: Buffer.from(publicKey).toString('hex'), ownerId, role, institution }),
  });
  if (!res.ok) throw new SealmatchError('E_UNAUTHORIZED', `key registration failed: HTTP ${res.status}`);
  return ((await res.json()) as { keyId: string }).keyId;
}
