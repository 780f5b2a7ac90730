/**
 * @module wire/http-post
 * The one HTTP client of sealmatch: POST protobuf bytes to a sealmatch service (terminal and desk
 * -> matcher, matcher -> custodian) and turn the answer back into bytes or into the server's typed
 * SealmatchError (`details.status` = the HTTP status, `details.reason` if the server gave one).
 * A peer that cannot be reached, or does not answer within the deadline, is E_UNAVAILABLE
 * (retryable; the request is aborted, so a late answer is discarded and nothing is committed).
 *
 * Security note: the caller authenticates the answer's content (signatures, MACs); this only moves
 * bytes and maps errors.
 */
import { ERROR_CODES, SealmatchError, type ErrorCode } from '../errors.js';
import { decodeWith, pb } from './codec.js';

export const PROTOBUF = 'application/x-protobuf';

/** The response fields the client reads. */
export interface ProtobufResponse {
  readonly ok: boolean;
  readonly status: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The narrow fetch the client needs (global fetch, undici's fetch over a TLS agent, a test double). */
export type ProtobufFetch = (
  url: URL,
  init: { method: 'POST' | 'GET'; headers?: Record<string, string>; body?: Uint8Array<ArrayBuffer>; signal?: AbortSignal },
) => Promise<ProtobufResponse>;

export interface PostOptions {
  /** Default: the global fetch. */
  readonly fetch?: ProtobufFetch;
  /** Credentials: `authorization: Bearer ...` (service to service) or the terminal key id header. */
  readonly headers: Readonly<Record<string, string>>;
  /** Abort after this many ms (E_UNAVAILABLE). Default: no deadline. */
  readonly deadlineMs?: number;
  /** Who is called, for messages and `details.dependency` (e.g. 'custodian', 'matcher'). */
  readonly peer: string;
}

/** Socket-level failures of a kept-alive connection the peer had closed (undici, Node). */
const STALE_SOCKET = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

function staleSocket(e: unknown): boolean {
  const cause = (e as { cause?: { code?: string } }).cause;
  return e instanceof TypeError && typeof cause?.code === 'string' && STALE_SOCKET.has(cause.code);
}

/**
 * POSTs `body` to `url`; the answer's bytes, or the typed error the service answered with.
 *
 * One retry, only when the connection itself failed (reset or closed: typically a kept-alive
 * socket the peer closed while this process's event loop was busy with HE work, so the idle timer
 * could not retire it first). Repeating any sealmatch POST is safe: every request carries a
 * single-use nonce or authorization (a request the peer did process comes back E_REPLAY) and the
 * 1:N refresh of one enrollment into its slot is idempotent. Timeouts are never retried.
 */
export async function postProtobuf(url: URL, body: Uint8Array, opts: PostOptions): Promise<Uint8Array> {
  const doFetch = opts.fetch ?? (fetch as ProtobufFetch);
  let res: ProtobufResponse;
  let bytes: Uint8Array;
  const once = async (): Promise<ProtobufResponse> =>
    doFetch(url, {
      method: 'POST',
      headers: { 'content-type': PROTOBUF, accept: PROTOBUF, ...opts.headers },
      body: new Uint8Array(body),
      ...(opts.deadlineMs !== undefined ? { signal: AbortSignal.timeout(opts.deadlineMs) } : {}),
    });
  try {
    try {
      res = await once();
    } catch (e) {
      if (!staleSocket(e)) throw e;
      res = await once();
    }
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    const name = (e as { name?: string }).name;
    const why = name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${opts.deadlineMs} ms` : 'unreachable';
    throw new SealmatchError('E_UNAVAILABLE', `${opts.peer} ${why}; nothing was decided, retry with a new request`, { dependency: opts.peer, retryAfterMs: 1000 }, { cause: e });
  }
  if (res.ok) return bytes;
  let code: ErrorCode = 'E_INTERNAL';
  let message = `HTTP ${res.status}`;
  let reason = '';
  try {
    const err = decodeWith(pb.Error, bytes, 'Error');
    if (err.code && err.code in ERROR_CODES) code = err.code as ErrorCode;
    message = err.message || message;
    reason = err.reason || '';
  } catch {
    /* not a sealmatch.v1.Error body: keep the HTTP status */
  }
  throw new SealmatchError(code, `${opts.peer}: ${message.replace(/^E_[A-Z_]+: /, '')}`, { status: res.status, ...(reason ? { reason } : {}) });
}
