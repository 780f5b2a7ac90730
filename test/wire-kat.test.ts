/**
 * Known-answer vectors (test/vectors/kat/, written once by test/vectors/generate-kat.ts and never
 * regenerated here) checked through the STRICT production codecs, both ways: the frozen bytes
 * decode to every expected field, and encoding those fields gives the frozen bytes back.
 *   - SMCT ciphertext containers (ciphertext-codec.ts), also loaded into SEAL and saved back;
 *   - SMK key containers (key-codec.ts), including the frozen real secret key, loaded into SEAL;
 *   - canonical bytes (canonical.ts) and the exact bytes each frozen signature / hash covers.
 * Negative vectors are rejected with their typed error code.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAuditEntry, encodeAuditEntry } from '../src/audit/entry.js';
import { hashLeaf } from '../src/merkle/merkle.js';
import { encodeTreeHead } from '../src/audit/tree-head.js';
import { loadCiphertext, saveCiphertext } from '../src/he/seal/ciphertext.js';
import { decodeCiphertext, encodeCiphertext, readCiphertextHeader } from '../src/he/codec/ciphertext-codec.js';
import { HeContext } from '../src/he/seal/context.js';
import { decodeKey, encodeKey, type KeyKind } from '../src/he/codec/key-codec.js';
import { loadSecretKey } from '../src/he/seal/keys.js';
import { SMCT_OFFSET, SMK_OFFSET } from '../src/he/codec/seal-format.js';
import { decodeAuditEntryMessage } from '../src/wire/audit-codec.js';
import { canonicalBytes, type CanonicalField } from '../src/wire/canonical.js';
import { decodeSignedDecision, decodeWith, pb } from '../src/wire/codec.js';
import { sha256 } from '../src/wire/digest.js';
import { decodeBlindedIdentifyResult, decodeIdentifyAuthorization, decodeIdentifyRequest, decodeSignedIdentifyDecision } from '../src/identify/messages/identify-codec.js';
import { authorizationSigningBytes, identifyDecisionSigningBytes, identifyRequestHash } from '../src/identify/messages/identify-messages.js';
import { decodeSignedRequest, requestSigningBytes, type BodyType } from '../src/wire/signed-request.js';
import { decisionSigningBytes } from '../src/wire/signing.js';
import { errorCode } from './helpers.js';

const vectors = join(dirname(fileURLToPath(import.meta.url)), 'vectors');
const kat = join(vectors, 'kat');
const bin = (file: string): Uint8Array => new Uint8Array(readFileSync(join(kat, file)));
const hexFile = (path: string): Uint8Array => hexToBytes(readFileSync(path, 'utf8').trim());
const frozen = (name: string): Uint8Array => hexFile(join(vectors, `${name}.hex`));
const load = <T>(file: string): T => JSON.parse(readFileSync(join(kat, file), 'utf8')) as T;

interface SmctKat {
  presetId: string;
  valid: {
    file: string;
    length: number;
    sha256: string;
    header: { magic: string; version: number; presetIdLength: number; presetId: string; chainIndex: number; size: number; ntt: boolean; correctionFactor: string; bodyOffset: number };
    level: { chainIndex: number; primes: number[]; primeBits: number[]; N: number };
    residues: { first: number[]; last: number[]; sha256OfUint32LE: string };
  };
  negative: { file: string; length: number; code: string; what: string }[];
}

/** The residue formula of smct.json ("formula"), recomputed here, not read from the generator. */
function katResidue(q: number, p: number, i: number, c: number): number {
  if (c === 0) return q - 1;
  if (c === 1) return 0;
  return ((c + 1) * 2654435761 + p * 97 + i * 13) % q;
}

describe('SMCT ciphertext container known answers', () => {
  const v = load<SmctKat>('smct.json');
  const bytes = bin(v.valid.file);
  let he: HeContext;
  beforeAll(async () => {
    he = await HeContext.create(v.presetId);
  });
  afterAll(() => he.delete());

  it('the frozen container is the one described', () => {
    expect(bytes.length).toBe(v.valid.length);
    expect(bytesToHex(sha256(bytes))).toBe(v.valid.sha256);
    const level = he.level(v.valid.level.chainIndex);
    expect([...level.primes]).toEqual(v.valid.level.primes); // the preset's primes did not move
    expect([...level.primeBits]).toEqual(v.valid.level.primeBits);
    expect(he.N).toBe(v.valid.level.N);
  });

  it('decodes through the strict codec to every expected field', () => {
    const h = v.valid.header;
    expect(new TextDecoder().decode(bytes.subarray(SMCT_OFFSET.magic, SMCT_OFFSET.magic + 4))).toBe(h.magic);
    expect(bytes[SMCT_OFFSET.version]).toBe(h.version);
    expect(bytes[SMCT_OFFSET.presetIdLength]).toBe(h.presetIdLength);
    expect(readCiphertextHeader(bytes, v.presetId)).toEqual({
      presetId: h.presetId,
      chainIndex: h.chainIndex,
      size: h.size,
      ntt: h.ntt,
      correctionFactor: BigInt(h.correctionFactor),
      bodyOffset: h.bodyOffset,
    });
    const { raw, correctionFactor } = decodeCiphertext(he, bytes, { sizes: [2] });
    const level = he.level(h.chainIndex);
    expect(correctionFactor).toBe(BigInt(h.correctionFactor));
    expect(raw.size).toBe(h.size);
    expect(raw.ntt).toBe(true);
    expect(raw.N).toBe(he.N);
    expect(raw.k).toBe(level.primes.length);
    expect(raw.parmsId).toEqual(level.parmsId);
    expect(Array.from(raw.residues.subarray(0, v.valid.residues.first.length))).toEqual(v.valid.residues.first);
    expect(Array.from(raw.residues.subarray(raw.residues.length - v.valid.residues.last.length))).toEqual(v.valid.residues.last);
    expect(bytesToHex(sha256(new Uint8Array(raw.residues.buffer, raw.residues.byteOffset, raw.residues.byteLength)))).toBe(v.valid.residues.sha256OfUint32LE);
    for (let p = 0; p < raw.size; p++) {
      for (let i = 0; i < raw.k; i++) {
        for (let c = 0; c < raw.N; c++) {
          const got = raw.residues[(p * raw.k + i) * raw.N + c]!;
          if (got !== katResidue(level.primes[i]!, p, i, c)) expect({ p, i, c, got }).toEqual({ p, i, c, got: katResidue(level.primes[i]!, p, i, c) });
        }
      }
    }
  });

  it('encoding the expected fields gives the frozen bytes; SEAL loads them and saves them back byte-exact', () => {
    const h = v.valid.header;
    const level = he.level(h.chainIndex);
    const k = level.primes.length;
    const residues = new Uint32Array(h.size * k * he.N);
    for (let p = 0; p < h.size; p++) for (let i = 0; i < k; i++) for (let c = 0; c < he.N; c++) residues[(p * k + i) * he.N + c] = katResidue(level.primes[i]!, p, i, c);
    expect(encodeCiphertext(he, { parmsId: level.parmsId, ntt: true, size: h.size, N: he.N, k, residues }, BigInt(h.correctionFactor))).toEqual(bytes);
    const ct = loadCiphertext(he, bytes, { sizes: [2] });
    try {
      expect(saveCiphertext(he, ct)).toEqual(bytes);
    } finally {
      ct.delete();
    }
  });

  it('negative vectors are rejected with their typed error', () => {
    expect(v.negative.map((n) => n.file).sort()).toEqual(
      ['smct-not-ntt.bin', 'smct-residue-out-of-range.bin', 'smct-trailing-byte.bin', 'smct-truncated-body.bin', 'smct-truncated-header.bin', 'smct-wrong-magic.bin', 'smct-wrong-parameter-id.bin', 'smct-wrong-version.bin'],
    );
    for (const n of v.negative) {
      const b = bin(n.file);
      expect(b.length, n.file).toBe(n.length);
      expect(errorCode(() => decodeCiphertext(he, b, { sizes: [2] })), `${n.file}: ${n.what}`).toBe(n.code);
    }
  });
});

interface SmkKat {
  valid: { file: string; kind: KeyKind; kindByte: number; presetId: string; sealBytes: string }[];
  realSecretKey: { file: string; kind: 'secret'; presetId: string; length: number; sealBytesLength: number; sealHeader: { magic: number; headerSize: number; versionMajor: number; versionMinor: number; comprMode: number; size: number } };
  negative: { file: string; decodeAs: KeyKind; expectedPresetId: string; code: string; what: string }[];
}

describe('SMK key container known answers', () => {
  const v = load<SmkKat>('smk.json');

  it('each kind decodes to its SEAL bytes and encodes back to the frozen container', () => {
    expect(v.valid.map((x) => x.kind).sort()).toEqual(['galois', 'public', 'secret']);
    for (const x of v.valid) {
      const bytes = hexFile(join(kat, x.file));
      expect(new TextDecoder().decode(bytes.subarray(SMK_OFFSET.magic, SMK_OFFSET.magic + 3))).toBe('SMK');
      expect(bytes[SMK_OFFSET.kind]).toBe(x.kindByte);
      expect(new TextDecoder().decode(bytes.subarray(SMK_OFFSET.presetId, SMK_OFFSET.presetId + bytes[SMK_OFFSET.presetIdLength]!))).toBe(x.presetId);
      expect(bytesToHex(decodeKey(x.kind, x.presetId, bytes))).toBe(x.sealBytes);
      expect(encodeKey(x.kind, x.presetId, hexToBytes(x.sealBytes))).toEqual(bytes);
    }
  });

  it('the frozen real secret key: strict decode, SEAL header of its payload, SEAL loads it, re-encodes byte-exact', async () => {
    const r = v.realSecretKey;
    const bytes = hexFile(join(kat, r.file));
    expect(bytes.length).toBe(r.length);
    const seal = decodeKey('secret', r.presetId, bytes);
    expect(seal.length).toBe(r.sealBytesLength);
    const dv = new DataView(seal.buffer, seal.byteOffset, seal.byteLength);
    expect({ magic: dv.getUint16(0, true), headerSize: dv.getUint8(2), versionMajor: dv.getUint8(3), versionMinor: dv.getUint8(4), comprMode: dv.getUint8(5), size: Number(dv.getBigUint64(8, true)) }).toEqual(r.sealHeader);
    expect(r.sealHeader.size).toBe(seal.length);
    expect(encodeKey('secret', r.presetId, seal)).toEqual(bytes);
    const he = await HeContext.create(r.presetId);
    try {
      loadSecretKey(he, bytes).delete();
    } finally {
      he.delete();
    }
  });

  it('negative vectors are rejected with their typed error', () => {
    expect(v.negative.map((n) => n.file).sort()).toEqual(['smk-truncated.hex', 'smk-wrong-kind.hex', 'smk-wrong-magic.hex', 'smk-wrong-parameter-id.hex']);
    for (const n of v.negative) {
      expect(errorCode(() => decodeKey(n.decodeAs, n.expectedPresetId, hexFile(join(kat, n.file)))), `${n.file}: ${n.what}`).toBe(n.code);
    }
  });
});

type Field = { bytes: string } | { string: string } | { int: string } | { bool: boolean };
interface CanonicalKat {
  primitives: { label: string; fields: Field[]; expected: string }[];
  signed: { what: string; vector: string; bodyType?: BodyType; publicKeySeed: string; expected: string }[];
  hashed: { what: string; vector: string; expected: string; leafHash?: string }[];
}

describe('canonical signing bytes known answers', () => {
  const v = load<CanonicalKat>('canonical.json');
  const toField = (f: Field): CanonicalField => ('bytes' in f ? hexToBytes(f.bytes) : 'string' in f ? f.string : 'int' in f ? BigInt(f.int) : f.bool);

  it('canonical bytes of every field type', () => {
    // Checked by hand: "t" 00 | 00000001 "a" | 00000008 0000000000000001 | 00000001 01.
    expect(v.primitives[0]!.expected).toBe('7400' + '0000000161' + '00000008' + '0000000000000001' + '00000001' + '01');
    for (const p of v.primitives) expect(bytesToHex(canonicalBytes(p.label, p.fields.map(toField))), JSON.stringify(p.fields)).toBe(p.expected);
  });

  it('the bytes each frozen signature covers, recomputed from the strictly decoded vector; the signature verifies over the frozen bytes', () => {
    const recompute: Record<string, (b: Uint8Array, bodyType?: BodyType) => { bytes: Uint8Array; signature: Uint8Array }> = {
      'signed-request': (b, t) => {
        const s = decodeSignedRequest(b, t!);
        return { bytes: requestSigningBytes(s.bodyType, s.body), signature: s.signature };
      },
      'signed-gallery-delete-request': (b, t) => {
        const s = decodeSignedRequest(b, t!);
        return { bytes: requestSigningBytes(s.bodyType, s.body), signature: s.signature };
      },
      'signed-decision': (b) => {
        const d = decodeSignedDecision(b);
        return { bytes: decisionSigningBytes(d), signature: d.signature };
      },
      'identify-authorization': (b) => {
        const a = decodeIdentifyAuthorization(b);
        return { bytes: authorizationSigningBytes(a), signature: a.signature };
      },
      'signed-identify-decision': (b) => {
        const d = decodeSignedIdentifyDecision(b);
        return { bytes: identifyDecisionSigningBytes(d), signature: d.signature };
      },
      'signed-tree-head': (b) => {
        const s = decodeWith(pb.SignedTreeHead, b, 'SignedTreeHead');
        return { bytes: encodeTreeHead({ treeSize: s.treeSize, rootHash: s.rootHash, timestamp: s.timestampMs, logId: s.logId }), signature: new Uint8Array(s.signature) };
      },
    };
    expect(v.signed.map((s) => s.vector).sort()).toEqual(Object.keys(recompute).sort());
    for (const s of v.signed) {
      const { bytes, signature } = recompute[s.vector]!(frozen(s.vector), s.bodyType);
      expect(bytesToHex(bytes), s.what).toBe(s.expected);
      const publicKey = ed25519.getPublicKey(hexToBytes(s.publicKeySeed));
      expect(ed25519.verify(signature, hexToBytes(s.expected), publicKey), s.what).toBe(true);
    }
  });

  it('the 1:N request hash and the audit leaf of the frozen vectors', () => {
    const byVector = Object.fromEntries(v.hashed.map((h) => [h.vector, h]));
    const request = decodeIdentifyRequest(frozen('identify-request'));
    expect(bytesToHex(identifyRequestHash(request))).toBe(byVector['identify-request']!.expected);
    expect(bytesToHex(decodeBlindedIdentifyResult(frozen('blinded-identify-result')).requestHash)).toBe(byVector['identify-request']!.expected);
    const audit = byVector['audit-entry']!;
    const entry = decodeAuditEntryMessage(frozen('audit-entry'));
    expect(bytesToHex(encodeAuditEntry(entry))).toBe(audit.expected);
    expect(decodeAuditEntry(hexToBytes(audit.expected))).toEqual(entry); // the strict canonical decoder agrees
    expect(bytesToHex(hashLeaf(hexToBytes(audit.expected)))).toBe(audit.leafHash);
    expect(bytesToHex(decodeWith(pb.SignedTreeHead, frozen('signed-tree-head'), 'SignedTreeHead').rootHash)).toBe(audit.leafHash);
  });
});
