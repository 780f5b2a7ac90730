/**
 * Body handling shared by all routes: requests are application/x-protobuf (raw bytes) or, for
 * debugging, application/json (the protobuf JSON mapping: bytes as base64), converted to the
 * same protobuf bytes before any handler sees them. Responses follow the Accept header.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SealmatchError, isSealmatchError } from '../errors.js';
import { pb } from '../wire/codec.js';
import { httpStatus } from './status.js';

export const PROTOBUF = 'application/x-protobuf';

/** A generated protobuf message type (static code in src/wire/gen). */
export interface PbType<T> {
  encode(m: T): { finish(): Uint8Array };
  decode(b: Uint8Array): T;
  fromObject(o: Record<string, unknown>): T;
  toObject(m: T, o?: Record<string, unknown>): Record<string, unknown>;
}

/** Registers the protobuf and JSON body parsers (raw bytes for both; JSON re-encoded per route). */
export function registerParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(PROTOBUF, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, _body, done) =>
    done(new SealmatchError('E_MALFORMED_MESSAGE', `content type must be ${PROTOBUF} or application/json`), undefined),
  );
}

/** The request body as protobuf bytes of `type` (JSON bodies are converted). */
export function bodyBytes<T>(req: FastifyRequest, type: PbType<T>): Uint8Array {
  const raw = req.body;
  if (!(raw instanceof Uint8Array) || raw.length === 0) throw new SealmatchError('E_MALFORMED_MESSAGE', 'empty body');
  const ct = String(req.headers['content-type'] ?? '');
  if (!ct.startsWith('application/json')) return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  let obj: unknown;
  try {
    obj = JSON.parse(Buffer.from(raw).toString('utf8'));
  } catch {
    throw new SealmatchError('E_MALFORMED_MESSAGE', 'body is not valid JSON');
  }
  if (!obj || typeof obj !== 'object') throw new SealmatchError('E_MALFORMED_MESSAGE', 'JSON body must be an object');
  try {
    return type.encode(type.fromObject(obj as Record<string, unknown>)).finish();
  } catch (e) {
    throw new SealmatchError('E_MALFORMED_MESSAGE', `JSON body: ${(e as Error).message}`);
  }
}

function wantsJson(req: FastifyRequest): boolean {
  return String(req.headers.accept ?? '').includes('application/json');
}

/** Sends a protobuf message, or its JSON mapping when the client asked for JSON (enums by name, as in proto3 JSON). */
export function send<T>(req: FastifyRequest, reply: FastifyReply, type: PbType<T>, message: T, status = 200): FastifyReply {
  if (wantsJson(req)) {
    return reply.code(status).type('application/json').send(type.toObject(message, { bytes: String, longs: Number, enums: String, defaults: true }));
  }
  return reply.code(status).type(PROTOBUF).send(Buffer.from(type.encode(message).finish()));
}

/** Error handler: SealmatchError -> its status and a sealmatch.v1.Error body; others -> 500. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err, req, reply) => {
    let e: SealmatchError;
    if (isSealmatchError(err)) e = err;
    else if ((err as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE') e = new SealmatchError('E_TOO_LARGE', 'body over the size limit');
    else if ((err as { statusCode?: number }).statusCode === 429) e = new SealmatchError('E_RATE_LIMITED', 'rate limit exceeded');
    else if ((err as { statusCode?: number }).statusCode && (err as { statusCode: number }).statusCode < 500) e = new SealmatchError("E_MALFORMED_MESSAGE", (err as Error).message);
    else {
      req.log.error({ err }, 'internal error');
      e = new SealmatchError('E_INTERNAL', 'internal error');
    }
    const reason = typeof e.details?.reason === 'string' ? e.details.reason : '';
    // Retryable refusals say when to come back.
    const retryMs = typeof e.details?.retryAfterMs === 'number' ? e.details.retryAfterMs : e.code === 'E_UNAVAILABLE' ? 1000 : undefined;
    if (retryMs !== undefined && (e.code === 'E_UNAVAILABLE' || e.code === 'E_RATE_LIMITED' || e.code === 'E_STORE')) reply.header('retry-after', String(Math.max(1, Math.ceil(retryMs / 1000))));
    req.log.info({ code: e.code, reason }, 'request refused');
    void send(req, reply, pb.Error as unknown as PbType<unknown>, pb.Error.create({ code: e.code, message: e.message, reason }), httpStatus(e.code));
  });
}
