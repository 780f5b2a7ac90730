/**
 * The custodian's HTTP surface: POST /v1/decide (blinded result -> signed decision), and for 1:N
 * parameter sets POST /v1/identify/{decide,refresh/enroll,refresh/delete} (identify-routes.ts). This
 * process holds the HE secret key and opens no template store: it is given none.
 */
import type { FastifyInstance } from 'fastify';
import type { Custodian } from '../custodian/custodian.js';
import { SealmatchError } from '../errors.js';
import { decodeBlindedResult, pb } from '../wire/codec.js';
import { baseServer, bearerMatches } from './base.js';
import { registerCustodianIdentifyRoutes } from './identify-routes.js';
import { bodyBytes, send, type PbType } from './protocol.js';
import type { IdentifyWireLimits } from '../wire/identify-codec.js';

export interface CustodianAppOptions {
  readonly custodian: Custodian;
  /** Token the matcher presents (Authorization: Bearer ...). */
  readonly matcherToken: string;
  readonly logLevel?: string;
  readonly logStream?: NodeJS.WritableStream;
  /** 1:N parameter sets (identify attached to the custodian): the preset's wire limits. */
  readonly identify?: IdentifyWireLimits;
}

export function custodianApp(opts: CustodianAppOptions): FastifyInstance {
  const { app } = baseServer({ role: 'custodian', bodyLimit: 512 * 1024, logLevel: opts.logLevel, logStream: opts.logStream });
  app.post('/v1/decide', async (req, reply) => {
    if (!bearerMatches(req.headers.authorization, opts.matcherToken)) throw new SealmatchError('E_UNAUTHORIZED', 'matcher token required');
    const result = decodeBlindedResult(bodyBytes(req, pb.BlindedResult as unknown as PbType<unknown>));
    const decision = opts.custodian.decide(result);
    const score = result.evaluation && opts.custodian.evaluationMode ? opts.custodian.revealScore(result) : undefined;
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
  if (opts.identify) registerCustodianIdentifyRoutes(app, opts.custodian, opts.matcherToken, opts.identify);
  return app;
}
