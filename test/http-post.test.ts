/**
 * The one HTTP client (src/wire/http-post.ts): a connection reset on a kept-alive socket is retried
 * once (every sealmatch POST is safe to repeat: nonces, idempotent refresh), a second reset or any
 * other failure is E_UNAVAILABLE, a timeout is never retried, and a service's typed error comes
 * back with its code and status.
 */
import { describe, expect, it } from 'vitest';
import { SealmatchError } from '../src/errors.js';
import { pb } from '../src/wire/codec.js';
import { postProtobuf, type ProtobufFetch, type ProtobufResponse } from '../src/wire/http-post.js';

const ok = (bytes: Uint8Array, status = 200): ProtobufResponse => ({ ok: status < 300, status, arrayBuffer: async () => new Uint8Array(bytes).buffer });
const reset = (code: string): TypeError => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('other side closed'), { code }) });

function scripted(steps: (() => ProtobufResponse)[]): { fetch: ProtobufFetch; calls: () => number } {
  let n = 0;
  return { fetch: async () => steps[n++]!(), calls: () => n };
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return e instanceof SealmatchError ? e.code : String(e);
  }
}

const url = new URL('http://custodian.invalid/v1/identify/decide');
const opts = (fetch: ProtobufFetch, deadlineMs?: number) => ({ fetch, headers: {}, peer: 'custodian', ...(deadlineMs ? { deadlineMs } : {}) });

describe('postProtobuf', () => {
  it('retries once after a reset kept-alive socket, and only once', async () => {
    for (const c of ['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE']) {
      const s = scripted([() => { throw reset(c); }, () => ok(new Uint8Array([1, 2, 3]))]);
      expect(await postProtobuf(url, new Uint8Array([9]), opts(s.fetch))).toEqual(new Uint8Array([1, 2, 3]));
      expect(s.calls()).toBe(2);
    }
    const twice = scripted([() => { throw reset('ECONNRESET'); }, () => { throw reset('ECONNRESET'); }, () => ok(new Uint8Array([1]))]);
    expect(await code(postProtobuf(url, new Uint8Array([9]), opts(twice.fetch)))).toBe('E_UNAVAILABLE');
    expect(twice.calls()).toBe(2);
  });

  it('never retries a refused connection or a timeout', async () => {
    const refused = scripted([() => { throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) }); }, () => ok(new Uint8Array([1]))]);
    expect(await code(postProtobuf(url, new Uint8Array([9]), opts(refused.fetch)))).toBe('E_UNAVAILABLE');
    expect(refused.calls()).toBe(1);
    const timeout = scripted([() => { throw Object.assign(new Error('timed out'), { name: 'TimeoutError' }); }, () => ok(new Uint8Array([1]))]);
    expect(await code(postProtobuf(url, new Uint8Array([9]), opts(timeout.fetch, 50)))).toBe('E_UNAVAILABLE');
    expect(timeout.calls()).toBe(1);
  });

  it("a service's typed error keeps its code and status", async () => {
    const body = pb.Error.encode({ code: 'E_RESULT_UNAUTHENTIC', message: 'alarm' }).finish();
    const s = scripted([() => ok(body, 422)]);
    try {
      await postProtobuf(url, new Uint8Array([9]), opts(s.fetch));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SealmatchError);
      expect((e as SealmatchError).code).toBe('E_RESULT_UNAUTHENTIC');
      expect((e as SealmatchError).details?.status).toBe(422);
    }
  });
});
