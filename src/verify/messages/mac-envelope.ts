/**
 * @module wire/mac-envelope
 * The HPKE envelopes (src/wire/hpke.ts) that carry MAC seeds to the custodian through the
 * matcher: a terminal seals its per-request seed into the VerifyRequest, an enrolling terminal
 * its per-reference seed into the EncryptedTemplate. The AAD binds each envelope to the message
 * it travels in (preset, subject, modality, dimension, the ciphertext's hash, the HE key id, and
 * for requests the nonce and terminal), so an envelope lifted into another message does not open.
 *
 * Security note: opening an envelope says nothing about who sealed it (HPKE base mode); the
 * custodian relies on the terminal's signature over the message that carries it.
 */
import { SealmatchError } from '../../errors.js';
import { canonicalBytes } from '../../wire/canonical.js';
import { sha256 } from '../../wire/digest.js';
import { hpkeOpen, hpkeSeal } from '../../wire/hpke.js';
import type { EncryptedTemplate, VerifyRequest } from '../../wire/messages.js';

const enc = new TextEncoder();
const REQUEST_INFO = enc.encode('sealmatch/v1/request-mac-seed');
const REFERENCE_INFO = enc.encode('sealmatch/v1/reference-mac-seed');
const EMPTY = new Uint8Array(0);

/** Fused templates and probes also bind their part dimensions (absent for single modalities: their AAD is unchanged). */
function partsField(x: { readonly partDims?: readonly number[] }): string[] {
  return x.partDims ? [`parts:${x.partDims.join(',')}`] : [];
}

function requestAad(r: VerifyRequest): Uint8Array {
  return canonicalBytes('sealmatch/v1/request-mac-seed', [
    r.presetId, r.subjectRef, r.modality ?? 'face', r.dim, sha256(r.probe), r.heKeyId ?? EMPTY, r.transaction.terminalId, r.transaction.nonce, ...partsField(r),
  ]);
}

function referenceAad(t: EncryptedTemplate): Uint8Array {
  return canonicalBytes('sealmatch/v1/reference-mac-seed', [t.presetId, t.subjectRef, t.modality ?? 'face', t.dim, sha256(t.ciphertext), t.heKeyId ?? EMPTY, ...partsField(t)]);
}

function checkSeed(seed: Uint8Array): Uint8Array {
  if (seed.length !== 32) throw new SealmatchError('E_ENVELOPE', 'sealed MAC seed is not 32 bytes');
  return seed;
}

/** Seals a request MAC seed to the custodian, bound to `request` (whose macEnvelope is ignored). */
export function sealRequestSeed(custodianSealKey: Uint8Array, request: VerifyRequest, seed: Uint8Array): Uint8Array {
  return hpkeSeal(custodianSealKey, REQUEST_INFO, requestAad(request), seed);
}

/** Opens the request MAC seed of a (signature-checked) request. E_ENVELOPE if it does not open. */
export function openRequestSeed(custodianSealSecret: Uint8Array, request: VerifyRequest): Uint8Array {
  if (!request.macEnvelope?.length) throw new SealmatchError('E_MALFORMED_MESSAGE', 'request carries no MAC envelope');
  return checkSeed(hpkeOpen(custodianSealSecret, REQUEST_INFO, requestAad(request), request.macEnvelope));
}

/** Seals a reference MAC seed to the custodian, bound to `template` (whose macEnvelope is ignored). */
export function sealReferenceSeed(custodianSealKey: Uint8Array, template: EncryptedTemplate, seed: Uint8Array): Uint8Array {
  return hpkeSeal(custodianSealKey, REFERENCE_INFO, referenceAad(template), seed);
}

/** Opens the reference MAC seed of a (signature-checked) enrollment. E_ENVELOPE if it does not open. */
export function openReferenceSeed(custodianSealSecret: Uint8Array, template: EncryptedTemplate): Uint8Array {
  if (!template.macEnvelope?.length) throw new SealmatchError('E_MALFORMED_MESSAGE', 'template carries no MAC envelope');
  return checkSeed(hpkeOpen(custodianSealSecret, REFERENCE_INFO, referenceAad(template), template.macEnvelope));
}
