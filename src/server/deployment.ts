/**
 * Starting the two services: a custodian (given its secrets, no store) and a matcher (given the
 * public bundle, a store and its own secrets, no HE secret key). Used by `sealmatch serve`, the
 * demo, the HTTP tests and the server benchmark.
 */
import type { FastifyInstance } from 'fastify';
import { Custodian, type PublicBundle } from '../custodian/custodian.js';
import { SealmatchError, ERROR_CODES, type ErrorCode } from '../errors.js';
import { Matcher } from '../matcher/matcher.js';
import type { WithdrawalPolicy } from '../matcher/policy.js';
import { MatcherService } from '../matcher/service.js';
import type { Store } from '../store/store.js';
import { decodeSignedDecision, decodeWith, encodeBlindedResult, pb } from '../wire/codec.js';
import type { BlindedResult, SignedDecision } from '../wire/messages.js';
import type { CustodianFile, MatcherSecrets } from './config.js';
import { custodianApp } from './custodian-app.js';
import { matcherApp } from './matcher-app.js';

export interface Running {
  readonly app: FastifyInstance;
  readonly url: string;
  close(): Promise<void>;
}

async function listen(app: FastifyInstance, host: string, port: number): Promise<string> {
  const address = await app.listen({ host, port });
  return address.replace('[::1]', '127.0.0.1');
}

export async function startCustodian(opts: { secrets: CustodianFile; host?: string; port?: number; evaluationMode?: boolean; logLevel?: string; logStream?: NodeJS.WritableStream }): Promise<Running & { custodian: Custodian }> {
  const custodian = await Custodian.create({ secrets: opts.secrets, evaluationMode: opts.evaluationMode });
  const app = custodianApp({ custodian, matcherToken: opts.secrets.matcherToken, logLevel: opts.logLevel, logStream: opts.logStream });
  const url = await listen(app, opts.host ?? '127.0.0.1', opts.port ?? 0);
  return {
    app,
    url,
    custodian,
    close: async () => {
      await app.close();
      custodian.delete();
    },
  };
}

/** Calls a custodian's /v1/decide over HTTP (protobuf, bearer token). */
export function httpDecider(custodianUrl: string, token: string): (r: BlindedResult) => Promise<SignedDecision> {
  return async (result) => {
    const res = await fetch(new URL('/v1/decide', custodianUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf', accept: 'application/x-protobuf', authorization: `Bearer ${token}` },
      body: new Uint8Array(encodeBlindedResult(result)),
    });
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (!res.ok) {
      const err = decodeWith(pb.Error, bytes, 'Error');
      const code = (err.code && err.code in ERROR_CODES ? err.code : 'E_INTERNAL') as ErrorCode;
      throw new SealmatchError(code, `custodian: ${err.message}`);
    }
    return decodeSignedDecision(bytes);
  };
}

export async function startMatcher(opts: {
  bundle: PublicBundle;
  secrets: MatcherSecrets;
  store: Store;
  host?: string;
  port?: number;
  policy?: WithdrawalPolicy;
  clock?: () => number;
  ratePerMinute?: number;
  thresholdCosine?: number;
  logLevel?: string;
  logStream?: NodeJS.WritableStream;
}): Promise<Running & { service: MatcherService; matcher: Matcher }> {
  const matcher = await Matcher.create({ presetId: opts.bundle.presetId, store: opts.store, thresholdCosine: opts.thresholdCosine });
  const service = await MatcherService.create({
    matcher,
    store: opts.store,
    decide: httpDecider(opts.secrets.custodianUrl, opts.secrets.custodianToken),
    custodianPublicKey: opts.bundle.decisionPublicKey,
    policy: opts.policy,
    clock: opts.clock,
  });
  const app = await matcherApp({
    service,
    store: opts.store,
    bundle: opts.bundle,
    logSigningKey: opts.secrets.logSigningKey,
    adminToken: opts.secrets.adminToken,
    ratePerMinute: opts.ratePerMinute,
    logLevel: opts.logLevel,
    logStream: opts.logStream,
  });
  const url = await listen(app, opts.host ?? '127.0.0.1', opts.port ?? 0);
  return {
    app,
    url,
    service,
    matcher,
    close: async () => {
      await app.close();
      matcher.delete();
    },
  };
}

/** Registers a terminal or officer key through the admin route. */
export async function registerKey(matcherUrl: string, adminToken: string, publicKey: Uint8Array, ownerId: string, role: 'terminal' | 'officer'): Promise<string> {
  const res = await fetch(new URL('/v1/admin/keys', matcherUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ publicKey: Buffer.from(publicKey).toString('hex'), ownerId, role }),
  });
  if (!res.ok) throw new SealmatchError('E_UNAUTHORIZED', `key registration failed: HTTP ${res.status}`);
  return ((await res.json()) as { keyId: string }).keyId;
}
