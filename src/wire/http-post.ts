/**
 * The one HTTP call terminals and enrollment desks make: POST protobuf bytes to the matcher,
 * identified by the signing key's id, and turn an error answer (a protobuf `Error`) back into the
 * server's typed SealmatchError (`details.status` = the HTTP status, `details.reason` if any).
 */
import { ERROR_CODES, SealmatchError, type ErrorCode } from '../errors.js';
import { decodeWith, pb } from './codec.js';

export const PROTOBUF = 'application/x-protobuf';

export async function postProtobuf(doFetch: typeof fetch, url: URL, body: Uint8Array, senderKeyId: string): Promise<Uint8Array> {
  const res = await doFetch(url, {
    method: 'POST',
    headers: { 'content-type': PROTOBUF, accept: PROTOBUF, 'x-sealmatch-terminal': senderKeyId },
    body: new Uint8Array(body),
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
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
    /* non-protobuf error body: keep the HTTP status */
  }
  throw new SealmatchError(code, message.replace(/^E_[A-Z_]+: /, ''), { status: res.status, ...(reason ? { reason } : {}) });
}
