/**
 * The custodian's HTTP surface. This process holds the HE secret key and its own state (key
 * registry, nonces, reference MAC seeds, alarms, audit log); it opens no template store.
 *
 *   POST /v1/decide                 (matcher token)  BlindedResult (+ the terminal's SignedRequest) -> SignedDecision
 *   POST /v1/references/register    (matcher token)  SignedRequest{EnrollRequest}, as the terminal sent it -> 204
 *   POST /v1/references/forget      (matcher token)  SignedRequest{DeleteRequest} -> 204
 *   POST /v1/admin/keys             (admin token)    JSON {publicKey, ownerId, role} -> {keyId}
 *   GET  /v1/audit/{tree-head,public-key,proof/*,export}  (admin token)  the custodian's own decryption log (paged export)
 *   1:N presets: /v1/identify/{decide,refresh/enroll,refresh/delete} (identify-routes.ts)
 *
 * Alarms and suspension are counted per matcher credential: sha256(token) (first 16 hex digits).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, Gauge } from 'prom-client';
import { registerAuditRoutes } from './audit-routes.js';
import type { Custodian } from '../custodian/custodian.js';
import { SealmatchError } from '../errors.js';
import { decodeBlindedResult, pb } from '../wire/codec.js';
import { sha256 } from '../wire/digest.js';
import { baseServer, bearerMatches } from './base.js';
import type { HttpsServerOptions } from './tls.js';
import { registerCustodianIdentifyRoutes } from './identify-routes.js';
import { bodyBytes, send, type PbType } from './protocol.js';
import type { IdentifyWireLimits } from '../identify/messages/identify-codec.js';
import { parseKeyRegistration } from './key-registration.js';

export interface CustodianAppOptions {
  readonly custodian: Custodian;
  /** Token the matcher presents (Authorization: Bearer ...). */
  readonly matcherToken: string;
  /** Token of the custodian's own operators (key registration, audit export). */
  readonly adminToken?: string;
  /** Ed25519 key that signs the custodian's audit tree heads. */
  readonly logSigningKey?: Uint8Array;
  readonly logLevel?: string;
  readonly logStream?: NodeJS.WritableStream;
  /** Serve HTTPS with these options (src/server/tls.ts); plain HTTP when absent. */
  readonly https?: HttpsServerOptions;
  /** 1:N parameter sets (identify attached to the custodian): the preset's wire limits. */
  readonly identify?: IdentifyWireLimits;
}

/** The alarm / suspension id of a matcher bearer token. */
export function credentialId(token: string): string {
  return `matcher-${Buffer.from(sha256(new TextEncoder().encode(token))).toString('hex').slice(0, 16)}`;
}

export function custodianApp(opts: CustodianAppOptions): FastifyInstance {
  // A 16-chunk fingerprint request carries ~1.5 MB of probe; the result is ~138 KB.
  const { app, metrics } = baseServer({ role: 'custodian', bodyLimit: 4 * 1024 * 1024, logLevel: opts.logLevel, logStream: opts.logStream, ...(opts.https ? { https: opts.https } : {}) });
  const { custodian } = opts;
  const credential = credentialId(opts.matcherToken);
  new Gauge({ name: 'sealmatch_custodian_decryptions_total', help: 'Decryptions performed (one per authenticated request)', registers: [metrics.registry], collect() { this.set(custodian.stats.decryptions); } });
  new Gauge({ name: 'sealmatch_custodian_alarms_total', help: 'Results that failed authentication after decryption', registers: [metrics.registry], collect() { this.set(custodian.stats.alarms); } });
  const refusals = new Counter({ name: 'sealmatch_custodian_refusals_total', help: 'Refused custodian requests by error code', labelNames: ['code'], registers: [metrics.registry] });
  app.addHook('onError', async (_req, _reply, err) => {
    refusals.inc({ code: (err as { code?: string }).code ?? 'unknown' });
  });
  const matcherOnly = (h: string | undefined): void => {
    if (!bearerMatches(h, opts.matcherToken)) throw new SealmatchError('E_UNAUTHORIZED', 'matcher token required');
  };
  const adminOnly = (h: string | undefined): void => {
    if (!opts.adminToken || !bearerMatches(h, opts.adminToken)) throw new SealmatchError('E_UNAUTHORIZED', 'custodian admin token required');
  };
  const raw = pb.SignedRequest as unknown as PbType<unknown>;

  app.post('/v1/decide', async (req, reply) => {
    matcherOnly(req.headers.authorization);
    const result = decodeBlindedResult(bodyBytes(req, pb.BlindedResult as unknown as PbType<unknown>));
    const decision = await custodian.decide(result, { credential });
    const score = result.evaluation && custodian.evaluationMode ? custodian.revealScore(result) : undefined;
    return send(req, reply, pb.SignedDecision as unknown as PbType<unknown>, pb.SignedDecision.create({
      parameterSetId: decision.presetId,
      requestHash: decision.requestHash,
      match: decision.match,
      issuedAtMs: decision.issuedAtMs,
      custodianKeyId: decision.custodianKeyId,
      signature: decision.signature,
      ...(score !== undefined ? { score } : {}),
    }));
  });

  app.post('/v1/references/register', async (req, reply) => {
    matcherOnly(req.headers.authorization);
    await custodian.registerReference(bodyBytes(req, raw));
    return reply.code(204).send();
  });

  app.post('/v1/references/forget', async (req, reply) => {
    matcherOnly(req.headers.authorization);
    await custodian.forgetReference(bodyBytes(req, raw));
    return reply.code(204).send();
  });

  app.post('/v1/admin/keys', async (req, reply) => {
    adminOnly(req.headers.authorization);
    const k = parseKeyRegistration(req.body);
    return reply.code(201).send({ keyId: await custodian.registerKey(k) });
  });

  app.post('/v1/admin/reenable', async (req, reply) => {
    adminOnly(req.headers.authorization);
    await custodian.reenable(credential);
    return reply.code(204).send();
  });

  if (opts.logSigningKey) {
    // The custodian's own decryption log: head, proofs and the paged export, all for its admins.
    const admins = async (req: FastifyRequest): Promise<void> => adminOnly(req.headers.authorization);
    registerAuditRoutes(app, { log: () => custodian.state.audit, signingKey: opts.logSigningKey, guard: admins, headGuard: admins });
  }
  if (opts.identify) registerCustodianIdentifyRoutes(app, custodian, opts.matcherToken, opts.identify);
  return app;
}
