/**
 * The demo's breached-matcher step: with what a breached matcher holds (the custodian URL and
 * bearer token from matcher.json, a terminal's signed request), it sends the custodian an
 * all-zero result, which the wave-1 custodian signed as MATCH. Demonstration only.
 */
import { encodeCiphertext } from '../he/codec/ciphertext-codec.js';
import { HeContext } from '../he/index.js';
import { httpDecider } from '../server/deployment.js';
import { sha256 } from '../wire/digest.js';
import { decodeSignedRequest } from '../wire/signed-request.js';

/** Sends an all-zero size-3 result for `signedRequest`; returns the custodian's error code (or 'SIGNED'). */
export async function forgeZeroResult(presetId: string, custodianUrl: string, token: string, signedRequest: Uint8Array): Promise<string> {
  const he = await HeContext.create(presetId);
  try {
    const level = he.level(he.firstLevel);
    const k = level.primes.length;
    const ciphertext = encodeCiphertext(he, { parmsId: level.parmsId, ntt: true, size: 3, N: he.N, k, residues: new Uint32Array(3 * k * he.N) }, 1n);
    const requestHash = sha256(decodeSignedRequest(signedRequest, 'sealmatch.v1.VerifyRequest').body);
    try {
      await httpDecider(custodianUrl, token)({ presetId, requestHash, ciphertext, signedRequest });
      return 'SIGNED';
    } catch (e) {
      return (e as { code?: string }).code ?? 'error';
    }
  } finally {
    he.delete();
  }
}
