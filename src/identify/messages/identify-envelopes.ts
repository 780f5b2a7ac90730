/**
 * @module identify/messages/identify-envelopes
 * HPKE envelopes (src/wire/hpke.ts) that carry the authenticated 1:N MAC seeds from the desk to
 * the custodian through the matcher: the search seed (alpha) inside the officer's authorization,
 * the slot seed (beta) inside the signed gallery enrollment. The AAD binds each envelope to the
 * message it travels in (preset, probe or template hash, HE key id, and the subject and nonce of
 * an enrollment), so an envelope lifted into another message does not open.
 *
 * Security note: opening says nothing about who sealed it (HPKE base mode); the custodian relies
 * on the officer's signature over the message that carries it (both messages sign the envelope).
 */
import { SealmatchError } from '../../errors.js';
import { canonicalBytes } from '../../wire/canonical.js';
import { sha256 } from '../../wire/digest.js';
import { hpkeOpen, hpkeSeal } from '../../wire/hpke.js';
import type { GalleryEnrollRequest } from './identify-messages.js';

const enc = new TextEncoder();
const SEARCH_INFO = enc.encode('sealmatch/v1/identify-search-mac-seed');
const SLOT_INFO = enc.encode('sealmatch/v1/identify-slot-mac-seed');

/** What a search seed is bound to: the authorization's preset, probe hash, HE key id and case. */
export interface SearchSeedBinding {
  readonly presetId: string;
  readonly probeHash: Uint8Array;
  readonly heKeyId: Uint8Array;
  readonly caseId: string;
}

function searchAad(b: SearchSeedBinding): Uint8Array {
  return canonicalBytes('sealmatch/v1/identify-search-mac-seed', [b.presetId, b.probeHash, b.heKeyId, b.caseId]);
}

function slotAad(r: Pick<GalleryEnrollRequest, 'presetId' | 'subjectRef' | 'dim' | 'template' | 'nonce' | 'heKeyId'>): Uint8Array {
  return canonicalBytes('sealmatch/v1/identify-slot-mac-seed', [r.presetId, r.subjectRef, r.dim, sha256(r.template), r.nonce, r.heKeyId ?? new Uint8Array(0)]);
}

function seed32(seed: Uint8Array): Uint8Array {
  if (seed.length !== 32) throw new SealmatchError('E_ENVELOPE', 'sealed MAC seed is not 32 bytes');
  return seed;
}

/** Desk: seals a search seed to the custodian. */
export function sealSearchSeed(custodianSealKey: Uint8Array, binding: SearchSeedBinding, seed: Uint8Array): Uint8Array {
  return hpkeSeal(custodianSealKey, SEARCH_INFO, searchAad(binding), seed);
}

/** Custodian: opens the search seed of a (signature-checked) authorization. E_ENVELOPE if it does not open. */
export function openSearchSeed(custodianSealSecret: Uint8Array, binding: SearchSeedBinding, envelope: Uint8Array | undefined): Uint8Array {
  if (!envelope?.length) throw new SealmatchError('E_MALFORMED_MESSAGE', 'authorization carries no search MAC envelope');
  return seed32(hpkeOpen(custodianSealSecret, SEARCH_INFO, searchAad(binding), envelope));
}

/** Desk: seals a slot seed to the custodian, bound to the enrollment (whose macEnvelope is ignored). */
export function sealSlotSeed(custodianSealKey: Uint8Array, req: Pick<GalleryEnrollRequest, 'presetId' | 'subjectRef' | 'dim' | 'template' | 'nonce' | 'heKeyId'>, seed: Uint8Array): Uint8Array {
  return hpkeSeal(custodianSealKey, SLOT_INFO, slotAad(req), seed);
}

/** Custodian: opens the slot seed of a (signature-checked) enrollment. E_ENVELOPE if it does not open. */
export function openSlotSeed(custodianSealSecret: Uint8Array, req: GalleryEnrollRequest): Uint8Array {
  if (!req.macEnvelope?.length) throw new SealmatchError('E_MALFORMED_MESSAGE', 'enrollment carries no slot MAC envelope');
  return seed32(hpkeOpen(custodianSealSecret, SLOT_INFO, slotAad(req), req.macEnvelope));
}
