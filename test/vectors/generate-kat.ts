/**
 * Writes the known-answer vectors of test/vectors/kat/ ONCE: `npx tsx test/vectors/generate-kat.ts`
 * (run 2026-12-01). test/wire-kat.test.ts checks them and never regenerates them: if a codec
 * change makes that test fail, the codec changed the format, and that is a decision to make
 * (and a new container version), not a vector to refresh. The script refuses to overwrite.
 *
 * - smct.json + smct-*.bin: SMCT ciphertext containers (src/he/ciphertext-codec.ts). The positive
 *   vector holds deterministic residues (formula in the JSON: every residue < q_i, the extremes
 *   q_i - 1 and 0 included) rather than an encryption, so its bytes say exactly how residues are
 *   packed; it is a structurally valid SEAL ciphertext all the same (the test loads it into SEAL).
 *   Negative vectors: truncated header and body, wrong magic, wrong version, wrong parameter id,
 *   trailing byte, residue >= q, coefficient (non-NTT) form.
 * - smk.json + smk-*.hex: SMK key containers (src/he/key-codec.ts) for each kind, around a
 *   minimal SEAL payload, plus the frozen real secret key he-secret-key.test-only.hex; negatives:
 *   truncated, wrong magic, wrong kind, wrong parameter id (SMK has no version byte).
 * - canonical.json: canonical bytes (src/wire/canonical.ts) for every field type, and the exact
 *   bytes each signature / hash of the frozen wire vectors covers (request, decision, 1:N
 *   authorization, 1:N decision, 1:N request hash, signed tree head, audit leaf).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytesToHex } from '@noble/hashes/utils.js';
import { encodeAuditEntry } from '../../src/audit/entry.js';
import { hashLeaf } from '../../src/merkle/merkle.js';
import { encodeTreeHead } from '../../src/audit/tree-head.js';
import { encodeCiphertext } from '../../src/he/codec/ciphertext-codec.js';
import { HeContext } from '../../src/he/seal/context.js';
import { encodeKey, KEY_KIND, type KeyKind } from '../../src/he/codec/key-codec.js';
import { DEFAULT_FACE_PRESET_ID, LEGACY_1TO1_PRESET_ID } from '../../src/params/presets.js';
import { SEAL_HEADER_BYTES, SMCT_AFTER_ID_OFFSET, SMCT_OFFSET, SMK_OFFSET, smctHeaderBytes } from '../../src/he/codec/seal-format.js';
import { decodeAuditEntryMessage } from '../../src/wire/audit-codec.js';
import { canonicalBytes, type CanonicalField } from '../../src/wire/canonical.js';
import { decodeSignedDecision, decodeWith, pb } from '../../src/wire/codec.js';
import { sha256 } from '../../src/wire/digest.js';
import { decodeIdentifyAuthorization, decodeIdentifyRequest, decodeSignedIdentifyDecision } from '../../src/identify/messages/identify-codec.js';
import { authorizationSigningBytes, identifyDecisionSigningBytes, identifyRequestHash } from '../../src/identify/messages/identify-messages.js';
import { decodeSignedRequest, requestSigningBytes } from '../../src/wire/signed-request.js';
import { decisionSigningBytes } from '../../src/wire/signing.js';

const vectors = dirname(fileURLToPath(import.meta.url));
const out = join(vectors, 'kat');
if (existsSync(join(out, 'smct.json'))) {
  console.error('test/vectors/kat/ exists: known-answer vectors are frozen, not regenerated');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const frozen = (name: string): Uint8Array => new Uint8Array(Buffer.from(readFileSync(join(vectors, `${name}.hex`), 'utf8').trim(), 'hex'));
const json = (name: string, value: unknown): void => writeFileSync(join(out, name), JSON.stringify(value, null, 2) + '\n');
const hex = (b: Uint8Array): string => bytesToHex(b);

// ------------------------------------------------------------------ SMCT

/** The residue formula recorded in smct.json (the test recomputes it). */
function katResidue(q: number, p: number, i: number, c: number): number {
  if (c === 0) return q - 1;
  if (c === 1) return 0;
  return ((c + 1) * 2654435761 + p * 97 + i * 13) % q;
}

const he = await HeContext.create(DEFAULT_FACE_PRESET_ID);
try {
  const chainIndex = 0;
  const size = 2;
  const correctionFactor = 54321n;
  const level = he.level(chainIndex);
  const k = level.primes.length;
  const N = he.N;
  const residues = new Uint32Array(size * k * N);
  for (let p = 0; p < size; p++) for (let i = 0; i < k; i++) for (let c = 0; c < N; c++) residues[(p * k + i) * N + c] = katResidue(level.primes[i]!, p, i, c);
  const bytes = encodeCiphertext(he, { parmsId: level.parmsId, ntt: true, size, N, k, residues }, correctionFactor);
  writeFileSync(join(out, 'smct-valid.bin'), bytes);
  const idLen = new TextEncoder().encode(he.preset.id).length;
  const head = smctHeaderBytes(idLen);
  const after = SMCT_OFFSET.presetId + idLen;
  const patch = (at: number, v: number): Uint8Array => {
    const b = bytes.slice(0, head);
    b[at] = v;
    return b;
  };
  const otherId = new TextEncoder().encode(LEGACY_1TO1_PRESET_ID);
  const wrongId = new Uint8Array(smctHeaderBytes(otherId.length));
  wrongId.set(bytes.subarray(0, SMCT_OFFSET.presetIdLength));
  wrongId[SMCT_OFFSET.presetIdLength] = otherId.length;
  wrongId.set(otherId, SMCT_OFFSET.presetId);
  wrongId.set(bytes.subarray(after, head), SMCT_OFFSET.presetId + otherId.length);
  const highResidue = bytes.slice();
  highResidue[head] = 0xff; // residue 0 of poly 0 was q_0 - 1; all ones in its 30 bits is >= q_0
  highResidue[head + 1] = 0xff;
  highResidue[head + 2] = 0xff;
  highResidue[head + 3] = highResidue[head + 3]! | 0x3f;
  const negatives: { name: string; bytes: Uint8Array; code: string; what: string }[] = [
    { name: 'smct-truncated-header', bytes: bytes.slice(0, head - 1), code: 'E_MALFORMED_CIPHERTEXT', what: 'header cut one byte before the residues' },
    { name: 'smct-truncated-body', bytes: bytes.slice(0, bytes.length - 1), code: 'E_MALFORMED_CIPHERTEXT', what: 'the valid vector without its last byte' },
    { name: 'smct-trailing-byte', bytes: Uint8Array.from([...bytes, 0]), code: 'E_MALFORMED_CIPHERTEXT', what: 'the valid vector with one byte appended' },
    { name: 'smct-wrong-magic', bytes: patch(SMCT_OFFSET.magic + 3, 0x58), code: 'E_MALFORMED_CIPHERTEXT', what: 'magic "SMCX" (header only: magic is checked first)' },
    { name: 'smct-wrong-version', bytes: patch(SMCT_OFFSET.version, 2), code: 'E_MALFORMED_CIPHERTEXT', what: 'version 2 (header only)' },
    { name: 'smct-wrong-parameter-id', bytes: wrongId, code: 'E_PARAMS_MISMATCH', what: `parameter id "${LEGACY_1TO1_PRESET_ID}" (a real preset, not the expected one; header only)` },
    { name: 'smct-residue-out-of-range', bytes: highResidue, code: 'E_MALFORMED_CIPHERTEXT', what: 'first residue set to 2^30 - 1 >= q_0' },
    { name: 'smct-not-ntt', bytes: (() => { const b = bytes.slice(); b[after + SMCT_AFTER_ID_OFFSET.flags] = 0; return b; })(), code: 'E_MALFORMED_CIPHERTEXT', what: 'flags 0 (coefficient form): BGV containers are NTT' },
  ];
  for (const n of negatives) writeFileSync(join(out, `${n.name}.bin`), n.bytes);
  json('smct.json', {
    note: 'SMCT known-answer vectors (test/vectors/generate-kat.ts, frozen). Decode with decodeCiphertext(he, bytes, { sizes: [2] }) for the preset below.',
    presetId: he.preset.id,
    valid: {
      file: 'smct-valid.bin',
      length: bytes.length,
      sha256: hex(sha256(bytes)),
      header: { magic: 'SMCT', version: 1, presetIdLength: idLen, presetId: he.preset.id, chainIndex, size, ntt: true, correctionFactor: correctionFactor.toString(), bodyOffset: head },
      level: { chainIndex, primes: level.primes, primeBits: level.primeBits, N },
      residues: {
        order: 'poly-major, then prime, then coefficient: residues[(p*k + i)*N + c]',
        formula: 'c = 0: q_i - 1; c = 1: 0; else ((c + 1) * 2654435761 + p * 97 + i * 13) mod q_i (exact in float64)',
        first: Array.from(residues.subarray(0, 8)),
        last: Array.from(residues.subarray(residues.length - 4)),
        sha256OfUint32LE: hex(sha256(new Uint8Array(residues.buffer, residues.byteOffset, residues.byteLength))),
      },
      packing: 'each residue in ceil(log2 q_i) = 30 bits, LSB first, poly by poly and prime by prime; no padding between (N*30 is a multiple of 8)',
    },
    negative: negatives.map((n) => ({ file: `${n.name}.bin`, length: n.bytes.length, code: n.code, what: n.what })),
  });
} finally {
  he.delete();
}

// ------------------------------------------------------------------ SMK

// A minimal SEAL payload: an uncompressed SEALHeader claiming 24 bytes, then 8 bytes. The key codec
// checks only that a SEAL payload of at least a header follows; SEAL parses the rest.
const sealPayload = Uint8Array.from([0x5e, 0xa1, SEAL_HEADER_BYTES, 4, 1, 0, 0, 0, 24, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
const smkValid = (Object.keys(KEY_KIND) as KeyKind[]).map((kind) => {
  const bytes = encodeKey(kind, DEFAULT_FACE_PRESET_ID, sealPayload);
  writeFileSync(join(out, `smk-${kind}.hex`), hex(bytes) + '\n');
  return { file: `smk-${kind}.hex`, kind, kindByte: KEY_KIND[kind], presetId: DEFAULT_FACE_PRESET_ID, sealBytes: hex(sealPayload) };
});
const smkPublic = encodeKey('public', DEFAULT_FACE_PRESET_ID, sealPayload);
const smkNegatives: { name: string; bytes: Uint8Array; decodeAs: KeyKind; code: string; what: string }[] = [
  { name: 'smk-truncated', bytes: smkPublic.slice(0, SMK_OFFSET.presetId + DEFAULT_FACE_PRESET_ID.length + SEAL_HEADER_BYTES - 1), decodeAs: 'public', code: 'E_MALFORMED_KEY', what: 'SEAL payload one byte short of a SEALHeader' },
  { name: 'smk-wrong-magic', bytes: (() => { const b = smkPublic.slice(); b[SMK_OFFSET.magic + 2] = 0x58; return b; })(), decodeAs: 'public', code: 'E_MALFORMED_KEY', what: 'magic "SMX"' },
  { name: 'smk-wrong-kind', bytes: smkPublic, decodeAs: 'secret', code: 'E_MALFORMED_KEY', what: 'a public-key container decoded as a secret key' },
  { name: 'smk-wrong-parameter-id', bytes: encodeKey('public', LEGACY_1TO1_PRESET_ID, sealPayload), decodeAs: 'public', code: 'E_PARAMS_MISMATCH', what: `parameter id "${LEGACY_1TO1_PRESET_ID}"` },
];
for (const n of smkNegatives) writeFileSync(join(out, `${n.name}.hex`), hex(n.bytes) + '\n');
const realKey = frozen('he-secret-key.test-only');
const realPayload = realKey.subarray(SMK_OFFSET.presetId + realKey[SMK_OFFSET.presetIdLength]!);
const rdv = new DataView(realPayload.buffer, realPayload.byteOffset, realPayload.byteLength);
json('smk.json', {
  note: 'SMK known-answer vectors (test/vectors/generate-kat.ts, frozen). decodeKey(kind, presetId, bytes) returns sealBytes; encodeKey(kind, presetId, sealBytes) returns the file. SMK has no version byte, so there is no wrong-version vector.',
  valid: smkValid,
  realSecretKey: {
    file: '../he-secret-key.test-only.hex',
    kind: 'secret',
    presetId: LEGACY_1TO1_PRESET_ID,
    length: realKey.length,
    sealBytesLength: realPayload.length,
    sealHeader: { magic: rdv.getUint16(0, true), headerSize: rdv.getUint8(2), versionMajor: rdv.getUint8(3), versionMinor: rdv.getUint8(4), comprMode: rdv.getUint8(5), size: Number(rdv.getBigUint64(8, true)) },
  },
  negative: smkNegatives.map((n) => ({ file: `${n.name}.hex`, decodeAs: n.decodeAs, expectedPresetId: DEFAULT_FACE_PRESET_ID, code: n.code, what: n.what })),
});

// ------------------------------------------------------------------ canonical signing bytes

type Field = { bytes: string } | { string: string } | { int: string } | { bool: boolean };
const toField = (f: Field): CanonicalField => ('bytes' in f ? Uint8Array.from(Buffer.from(f.bytes, 'hex')) : 'string' in f ? f.string : 'int' in f ? BigInt(f.int) : f.bool);
const primitives: { label: string; fields: Field[] }[] = [
  { label: 't', fields: [{ string: 'a' }, { int: '1' }, { bool: true }] },
  { label: 'sealmatch/v1/kat', fields: [] },
  { label: 'sealmatch/v1/kat', fields: [{ bytes: '' }, { string: '' }, { bytes: '00ff10' }] },
  { label: 'sealmatch/v1/kat', fields: [{ string: 'Қазақстан ✓' }, { bool: false }] },
  { label: 'sealmatch/v1/kat', fields: [{ int: '0' }, { int: '-1' }, { int: '9007199254740991' }, { int: '-9223372036854775808' }, { int: '9223372036854775807' }] },
];
const signedRequest = decodeSignedRequest(frozen('signed-request'), 'sealmatch.v1.VerifyRequest');
const signedDelete = decodeSignedRequest(frozen('signed-gallery-delete-request'), 'sealmatch.v1.GalleryDeleteRequest');
const decision = decodeSignedDecision(frozen('signed-decision'));
const authorization = decodeIdentifyAuthorization(frozen('identify-authorization'));
const identifyDecision = decodeSignedIdentifyDecision(frozen('signed-identify-decision'));
const identifyRequest = decodeIdentifyRequest(frozen('identify-request'));
const sth = decodeWith(pb.SignedTreeHead, frozen('signed-tree-head'), 'SignedTreeHead');
const entry = decodeAuditEntryMessage(frozen('audit-entry'));
json('canonical.json', {
  note: 'Canonical bytes (src/wire/canonical.ts: label || 0x00 || (u32 BE length || field)*; integers as i64 BE, booleans one byte, strings UTF-8) and the exact bytes the frozen vectors sign (test/vectors/generate-kat.ts, frozen).',
  primitives: primitives.map((p) => ({ ...p, expected: hex(canonicalBytes(p.label, p.fields.map(toField))) })),
  signed: [
    { what: 'request signature (signed-request.ts requestSigningBytes)', vector: 'signed-request', bodyType: signedRequest.bodyType, publicKeySeed: '17'.repeat(32), expected: hex(requestSigningBytes(signedRequest.bodyType, signedRequest.body)) },
    { what: 'request signature (signed-request.ts requestSigningBytes)', vector: 'signed-gallery-delete-request', bodyType: signedDelete.bodyType, publicKeySeed: '51'.repeat(32), expected: hex(requestSigningBytes(signedDelete.bodyType, signedDelete.body)) },
    { what: 'decision signature (signing.ts decisionSigningBytes)', vector: 'signed-decision', publicKeySeed: '42'.repeat(32), expected: hex(decisionSigningBytes(decision)) },
    { what: '1:N authorization signature (identify-messages.ts authorizationSigningBytes)', vector: 'identify-authorization', publicKeySeed: '51'.repeat(32), expected: hex(authorizationSigningBytes(authorization)) },
    { what: '1:N decision signature (identify-messages.ts identifyDecisionSigningBytes)', vector: 'signed-identify-decision', publicKeySeed: '42'.repeat(32), expected: hex(identifyDecisionSigningBytes(identifyDecision)) },
    { what: 'signed tree head (audit/tree-head.ts encodeTreeHead)', vector: 'signed-tree-head', publicKeySeed: '33'.repeat(32), expected: hex(encodeTreeHead({ treeSize: sth.treeSize, rootHash: sth.rootHash, timestamp: sth.timestampMs, logId: sth.logId })) },
  ],
  hashed: [
    { what: '1:N request hash (identify-messages.ts identifyRequestHash)', vector: 'identify-request', expected: hex(identifyRequestHash(identifyRequest)) },
    { what: 'audit leaf data (audit/entry.ts encodeAuditEntry) and its RFC 6962 leaf hash', vector: 'audit-entry', expected: hex(encodeAuditEntry(entry)), leafHash: hex(hashLeaf(encodeAuditEntry(entry))) },
  ],
});
console.log(`known-answer vectors written to ${out}`);
