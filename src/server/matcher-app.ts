/**
 * The matcher's HTTP surface (all routes under /v1/, bodies application/x-protobuf, JSON for
 * debugging). This process never loads an HE secret key: its inputs are the public bundle, the
 * template store and its own audit-log signing key.
 */
import { MAX_FUSED_CHUNKS } from '../params/bounds.js';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PublicBundle } from '../custodian/custodian.js';
import { SealmatchError } from '../errors.js';
import type { IdentifyService } from '../identify/matcher/identify-service.js';
import type { MatcherService } from '../matcher/service.js';
import type { Store } from '../store/store.js';
import { encodeSignedDecision, pb } from '../wire/codec.js';
import { sha256 } from '../wire/digest.js';
import { baseServer, bearerMatches } from './base.js';
import { registerAuditRoutes } from './audit-routes.js';
import type { HttpsServerOptions } from './tls.js';
import { encodePublicBundle } from './config.js';
import { registerMatcherIdentifyRoutes } from './identify-routes.js';
import type { IdentifyWireLimits } from '../identify/messages/identify-codec.js';
import { bodyBytes, send, type PbType } from './protocol.js';
import { parseKeyRegistration } from './key-registration.js';
import { mountTeller, type TellerMountOptions } from './teller-mount.js';

export interface MatcherAppOptions {
  readonly service: MatcherService;
  readonly store: Store;
  readonly bundle: PublicBundle;
  readonly logSigningKey: Uint8Array;
  readonly adminToken: string;
  /** Bearer token for /v1/audit/export and /v1/audit/proof/* (401 E_UNAUTHENTICATED without it; refused to all when unset). */
  readonly auditorToken?: string;
  /**
   * Requests per minute per signing key (enforced by the service after the signature verifies);
   * the HTTP layer adds a per-client-address cap of 4x that (the address is not client-chosen).
   */
  readonly ratePerMinute?: number;
  readonly logLevel?: string;
  readonly logStream?: NodeJS.WritableStream;
  /** Serve HTTPS with these options (src/server/tls.ts); plain HTTP when absent. */
  readonly https?: HttpsServerOptions;
  /** /healthz dependency checks (store, custodian). */
  readonly health?: () => Promise<Record<string, string>>;
  /** 1:N parameter sets: the gallery service and the preset's wire limits (/v1/identify routes). */
  readonly identify?: { readonly service: IdentifyService; readonly limits: IdentifyWireLimits };
  /** Serve the teller / enrollment-desk page under /teller/ (teller-mount.ts); absent: not mounted. */
  readonly teller?: TellerMountOptions;
}

const P = <T>(t: unknown): PbType<T> => t as PbType<T>;

/**
 * Body limit of /v1/enroll and /v1/verify: a template or probe of up to MAX_FUSED_CHUNKS fresh
 * N = 4096 containers (92,188 B each, under 96 KiB) plus the request around it (a 16-chunk finger
 * is 1.5 MB, a two-finger fused reference 2.9 MB); every other route keeps the 1 MiB default.
 * Below the custodian's 4 MiB, which must also take the relayed SignedRequest inside a result.
 */
export const ONE_TO_ONE_BODY_LIMIT = MAX_FUSED_CHUNKS * 96 * 1024 + 64 * 1024;

export async function matcherApp(opts: MatcherAppOptions): Promise<FastifyInstance> {
  const { app, metrics } = baseServer({ role: 'matcher', bodyLimit: 1024 * 1024, logLevel: opts.logLevel, logStream: opts.logStream, ...(opts.health ? { health: opts.health } : {}), ...(opts.https ? { https: opts.https } : {}) });
  const { service } = opts;
  service.observe(metrics.verifyObserver());
  if (opts.identify) {
    const gallery = opts.identify.service;
    metrics.gallerySize(() => gallery.matcher.gallery.size);
  }
  await app.register(rateLimit, {
    max: 4 * (opts.ratePerMinute ?? 600),
    timeWindow: 60_000,
    // Never a client-supplied header: rotating x-sealmatch-terminal once evaded the limit.
    keyGenerator: (req) => req.ip,
    allowList: (req) => req.url === '/healthz' || req.url === '/metrics',
  });

  const signed = P<unknown>(pb.SignedRequest);

  app.get('/v1/public-bundle', async (req, reply) =>
    // Terminals need the HE and decision public keys only (not the matcher's Galois keys).
    reply.type('application/x-protobuf').send(Buffer.from(encodePublicBundle({
      presetId: opts.bundle.presetId,
      hePublicKey: opts.bundle.hePublicKey,
      decisionPublicKey: opts.bundle.decisionPublicKey,
      ...(opts.bundle.sealPublicKey ? { sealPublicKey: opts.bundle.sealPublicKey } : {}),
    }))),
  );

  app.post('/v1/authorize', async (req, reply) => {
    const v = await service.authorize(bodyBytes(req, signed));
    return send(req, reply, P(pb.AuthorizeResponse), pb.AuthorizeResponse.create(v.allowed ? { allowed: true, biometricRequired: v.biometricRequired } : { allowed: false, reason: v.reason }));
  });

  app.post('/v1/enroll', { bodyLimit: ONE_TO_ONE_BODY_LIMIT }, async (req, reply) => {
    const r = await service.enroll(bodyBytes(req, signed));
    return send(req, reply, P(pb.Receipt), pb.Receipt.create({ subjectRef: r.subjectRef, outcome: pb.ReceiptOutcome.RECEIPT_OUTCOME_ACCEPTED, auditSeq: r.seq, requestHash: r.requestHash }));
  });

  app.post('/v1/verify', { bodyLimit: ONE_TO_ONE_BODY_LIMIT }, async (req, reply) => {
    const d = await service.verify(bodyBytes(req, signed));
    return send(req, reply, P(pb.SignedDecision), pb.SignedDecision.decode(encodeSignedDecision(d)));
  });

  app.post('/v1/delete', async (req, reply) => {
    const r = await service.delete(bodyBytes(req, signed));
    return send(req, reply, P(pb.Receipt), pb.Receipt.create({ subjectRef: r.subjectRef, outcome: pb.ReceiptOutcome.RECEIPT_OUTCOME_ACCEPTED, auditSeq: r.seq }));
  });

  if (opts.identify) registerMatcherIdentifyRoutes(app, opts.identify.service, opts.identify.limits);
  if (opts.teller) mountTeller(app, opts.teller);

  // Key registration (bank operations): JSON {publicKey: hex, ownerId, role}.
  app.post('/v1/admin/keys', async (req, reply) => {
    if (!bearerMatches(req.headers.authorization, opts.adminToken)) throw new SealmatchError('E_UNAUTHORIZED', 'admin token required');
    const { publicKey: pk, ownerId, role, institution } = parseKeyRegistration(req.body);
    const keyId = Buffer.from(sha256(pk)).toString('hex');
    const existing = await opts.store.getKey(keyId);
    if (existing && (existing.role !== role || existing.ownerId !== ownerId || (existing.institution ?? '') !== institution)) {
      throw new SealmatchError('E_INVALID_ARGUMENT', 'this key is registered with another role, owner or institution; a key never changes role');
    }
    await opts.store.putKey({ keyId, publicKey: pk, ownerId, role, institution, registeredAtMs: Date.now(), revoked: existing?.revoked ?? false });
    await service.appendAudit({ kind: 'key', actor: 'admin', outcome: 'accepted', reason: role });
    return reply.code(201).send({ keyId });
  });

  // Audit: signed tree head, proofs, export (auditors verify offline with `sealmatch audit-verify`).
  // The head is public (it reveals the size and root only). Proofs and the export are for
  // auditors: entries name subjects, terminals and outcomes, and a proof confirms an entry to
  // whoever guesses it. Bearer `auditorToken` (matcher.json); none configured, no one passes.
  const auditorOnly = async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (opts.auditorToken === undefined || !bearerMatches(req.headers.authorization, opts.auditorToken)) {
      reply.header('www-authenticate', 'Bearer realm="sealmatch-audit"');
      throw new SealmatchError('E_UNAUTHENTICATED', 'auditor token required');
    }
  };
  registerAuditRoutes(app, { log: () => service.audit, signingKey: opts.logSigningKey, guard: auditorOnly });
  return app;
}
