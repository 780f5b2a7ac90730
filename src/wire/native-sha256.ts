/**
 * @module wire/native-sha256
 * The runtime's native SHA-256 on Node (node:crypto: ~10x faster than portable code on the 90 KB
 * probes). The browser bundle replaces this module with `native-sha256.browser.ts` (none: WebCrypto's
 * digest is asynchronous, request hashing is not), the `.browser.ts` sibling rule of web/teller/build.ts.
 */
import { createHash } from 'node:crypto';

/** SHA-256 through node:crypto. */
export const nativeSha256: ((data: Uint8Array) => Uint8Array) | undefined = (data) => new Uint8Array(createHash('sha256').update(data).digest());
