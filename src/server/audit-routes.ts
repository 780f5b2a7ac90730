/**
 * @module server/audit-routes
 * The audit routes of both services, over one log each (the matcher's, the custodian's own):
 *
 *   GET /v1/audit/tree-head                 signed tree head (size and root only)
 *   GET /v1/audit/public-key                the log's Ed25519 key and id
 *   GET /v1/audit/proof/inclusion?seq&treeSize   RFC 6962 inclusion proof
 *   GET /v1/audit/proof/consistency?old&new      RFC 6962 consistency proof
 *   GET /v1/audit/export?from&limit&treeSize     paged export (audit/export-page.ts)
 *
 * Who may read what is the caller's choice: `guard` protects proofs and the export (entries name
 * subjects, terminals and outcomes, and a proof confirms an entry to whoever guesses it);
 * `headGuard` protects the head and key (the matcher publishes them, the custodian does not).
 * Offline verification: `sealmatch audit-verify`.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { exportAuditLogPage } from '../audit/export-page.js';
import type { AuditLog } from '../audit/log.js';
import { SealmatchError } from '../errors.js';
import { pb } from '../wire/codec.js';
import { send, type PbType } from './protocol.js';

export type AuditGuard = (req: FastifyRequest, reply: FastifyReply) => Promise<void>;

export interface AuditRoutesOptions {
  /** The log (a function: the service may reopen it). */
  readonly log: () => AuditLog;
  /** Ed25519 secret key signing the log's tree heads. */
  readonly signingKey: Uint8Array;
  /** Protects proofs and the export. */
  readonly guard: AuditGuard;
  /** Protects the tree head and public key; default: public. */
  readonly headGuard?: AuditGuard;
}

const P = <T>(t: T): PbType<unknown> => t as unknown as PbType<unknown>;

function count(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^[0-9]{1,15}$/.test(v)) throw new SealmatchError('E_INVALID_ARGUMENT', `${name} must be a non-negative integer`);
  return Number(v);
}

export function registerAuditRoutes(app: FastifyInstance, opts: AuditRoutesOptions): void {
  const publicKey = ed25519.getPublicKey(opts.signingKey);
  const head = opts.headGuard ? { preHandler: opts.headGuard } : {};
  const guarded = { preHandler: opts.guard };
  app.get('/v1/audit/tree-head', head, async (req, reply) => {
    const sth = opts.log().treeHead(opts.signingKey);
    return send(req, reply, P(pb.SignedTreeHead), pb.SignedTreeHead.create({ treeSize: sth.treeSize, rootHash: sth.rootHash, timestampMs: sth.timestamp, logId: sth.logId, signature: sth.signature }));
  });
  app.get('/v1/audit/public-key', head, async () => ({ publicKey: bytesToHex(publicKey), logId: opts.log().logId }));
  app.get<{ Querystring: { seq?: string; treeSize?: string } }>('/v1/audit/proof/inclusion', guarded, async (req, reply) => {
    const log = opts.log();
    const seq = count('seq', req.query.seq ?? '');
    const p = await log.inclusionProof(seq!, count('treeSize', req.query.treeSize) ?? log.size);
    return send(req, reply, P(pb.InclusionProof), pb.InclusionProof.create({ leafIndex: p.leafIndex, treeSize: p.treeSize, auditPath: [...p.path] }));
  });
  app.get<{ Querystring: { old?: string; new?: string } }>('/v1/audit/proof/consistency', guarded, async (req, reply) => {
    const log = opts.log();
    const oldSize = count('old', req.query.old ?? '');
    const p = await log.consistencyProof(oldSize!, count('new', req.query.new) ?? log.size);
    return send(req, reply, P(pb.ConsistencyProof), pb.ConsistencyProof.create({ oldSize: p.oldSize, newSize: p.newSize, path: [...p.path] }));
  });
  // Paged: ?from=N&limit=M (at most MAX_EXPORT_PAGE) &treeSize=S for every page after the first,
  // so one export covers one tree however the log grows meanwhile.
  app.get<{ Querystring: { from?: string; limit?: string; treeSize?: string } }>('/v1/audit/export', guarded, async (req) => {
    const log = opts.log();
    const from = count('from', req.query.from);
    const limit = count('limit', req.query.limit);
    const treeSize = count('treeSize', req.query.treeSize);
    return exportAuditLogPage(log, log.treeHead(opts.signingKey), publicKey, { ...(from !== undefined ? { from } : {}), ...(limit !== undefined ? { limit } : {}), ...(treeSize !== undefined ? { treeSize } : {}) });
  });
}
