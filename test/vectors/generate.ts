/**
 * Regenerates the frozen wire test vectors: `npx tsx test/vectors/generate.ts`. Each vector is
 * NAME.hex (the protobuf bytes) + NAME.json (protobuf JSON mapping: bytes as base64, 64-bit
 * integers as numbers) + the message type in vectors.json. Decode them with any protobuf tool
 * and the .proto files in proto/sealmatch/v1/. Keys are fixed test keys (never use in production).
 * Regenerating changes every ciphertext (encryption is randomized): vectors are frozen once.
 * `npx tsx test/vectors/generate.ts --identify-only` writes only the 1:N identify vectors
 * (generate-identify.ts) and merges them into vectors.json, leaving the 1:1 vectors as they are.
 * Seven vectors were re-encoded once, not regenerated, when closed sets became proto enums
 * (migrate-enums.ts). Known-answer vectors of the SMCT / SMK containers and of the signed bytes
 * are in kat/ (generate-kat.ts, written once).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ed25519 } from '@noble/curves/ed25519.js';
import { hashLeaf } from '../../src/merkle/merkle.js';
import { encodeAuditEntry } from '../../src/audit/entry.js';
import { Custodian } from '../../src/custodian/custodian.js';
import { LEGACY_1TO1_PRESET_ID, getPreset } from '../../src/params/presets.js';
import { Matcher } from '../../src/verify/matcher/matcher.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { Terminal } from '../../src/verify/terminal/terminal.js';
import { subjectReference } from '../../src/subjects/subject-reference.js';
import { encodeAuditEntryMessage } from '../../src/wire/audit-codec.js';
import { encodeVerifyRequest, pb, transactionToPb } from '../../src/wire/codec.js';
import { encodeSignedRequest, signRequest } from '../../src/wire/signed-request.js';
import { signTreeHead } from '../../src/audit/tree-head.js';
import { generateIdentifyVectors } from './generate-identify.js';

const here = dirname(fileURLToPath(import.meta.url));
const index: Record<string, string> = {};
function save(name: string, type: { encode(m: never): { finish(): Uint8Array }; decode(b: Uint8Array): unknown; toObject(m: never, o: object): object }, message: unknown): void {
  const bytes = type.encode(message as never).finish();
  writeFileSync(join(here, `${name}.hex`), Buffer.from(bytes).toString('hex') + '\n');
  const obj = type.toObject(type.decode(bytes) as never, { bytes: String, longs: Number, enums: String, defaults: false });
  writeFileSync(join(here, `${name}.json`), JSON.stringify(obj, null, 2) + '\n');
}

const people = JSON.parse(readFileSync(join(here, '../../../shared/data/face/lfw10-dlib128.json'), 'utf8')) as { embeddings: number[][] }[];

// `--identify-only`: (re)generates only the 1:N identify vectors (generate-identify.ts) and merges
// them into vectors.json; the frozen 1:1 vectors are left untouched.
if (process.argv.includes('--identify-only')) {
  const previous = JSON.parse(readFileSync(join(here, 'vectors.json'), 'utf8')) as { keys: Record<string, string>; vectors: Record<string, string> };
  const identify = await generateIdentifyVectors(save, here, people);
  writeFileSync(join(here, 'vectors.json'), JSON.stringify({ ...previous, keys: { ...previous.keys, ...identify.keys }, vectors: { ...previous.vectors, ...identify.vectors } }, null, 2) + '\n');
  process.exit(0);
}

// The frozen 1:1 vectors are of the wave-1 preset (decided in evaluation mode only).
const preset = getPreset(LEGACY_1TO1_PRESET_ID);
save('parameter-set', pb.ParameterSet, pb.ParameterSet.create({
  id: preset.id, scheme: pb.HeScheme.HE_SCHEME_BGV, polyModulusDegree: preset.polyModulusDegree, coeffModulusBits: [...preset.coeffModulusBits],
  plainModulus: Number(preset.plainModulus), minDim: preset.minDim, maxDim: preset.maxDim, quantScale: preset.quantScale,
  quantBits: preset.quantBits, scoreBound: preset.scoreBound, blindFactorMax: preset.blindFactorMax, defaultThresholdCosine: preset.defaultThresholdCosine,
}));
index['parameter-set'] = 'sealmatch.v1.ParameterSet';

const { secrets, bundle } = await Custodian.generateSecrets(preset.id);
const decisionKey = new Uint8Array(32).fill(0x42);
const custodian = await Custodian.create({ secrets: { ...secrets, decisionSecretKey: decisionKey }, now: () => 1_790_000_000_000, evaluationMode: true });
const terminal = await Terminal.create({ ...bundle, decisionPublicKey: ed25519.getPublicKey(decisionKey), terminalId: 'atm-vector-1' });
const store = new SqliteStore(':memory:');
const matcher = await Matcher.create({ presetId: preset.id, store });
const subject = subjectReference(new Uint8Array(32).fill(7), '900101300027');

save('public-bundle', pb.PublicBundle, pb.PublicBundle.create({ parameterSetId: preset.id, hePublicKey: bundle.hePublicKey, decisionPublicKey: ed25519.getPublicKey(decisionKey) }));
index['public-bundle'] = 'sealmatch.v1.PublicBundle';
const template = terminal.encryptReference(subject, people[0]!.embeddings[0]!);
save('encrypted-template', pb.EncryptedTemplate, pb.EncryptedTemplate.create({ parameterSetId: template.presetId, subjectRef: template.subjectRef, dim: template.dim, ciphertext: template.ciphertext, modality: 1 }));
index['encrypted-template'] = 'sealmatch.v1.EncryptedTemplate';
await matcher.enroll(subject, template);
const request = terminal.buildVerifyRequest(subject, people[0]!.embeddings[1]!, { amountMinor: 250_000_00n, currency: 'KZT', nonce: '00112233445566778899aabbccddeeff', timestampMs: 1_790_000_000_000 });
const body = encodeVerifyRequest(request);
writeFileSync(join(here, 'verify-request.hex'), Buffer.from(body).toString('hex') + '\n');
writeFileSync(join(here, 'verify-request.json'), JSON.stringify(pb.VerifyRequest.toObject(pb.VerifyRequest.decode(body), { bytes: String, longs: Number }), null, 2) + '\n');
index['verify-request'] = 'sealmatch.v1.VerifyRequest';
const deviceKey = new Uint8Array(32).fill(0x17);
const signed = signRequest(body, 'sealmatch.v1.VerifyRequest', deviceKey);
save('signed-request', pb.SignedRequest, pb.SignedRequest.decode(encodeSignedRequest(signed)));
index['signed-request'] = 'sealmatch.v1.SignedRequest';
const blinded = await matcher.verify(request);
save('blinded-result', pb.BlindedResult, pb.BlindedResult.create({ parameterSetId: blinded.presetId, requestHash: blinded.requestHash, ciphertext: blinded.ciphertext }));
index['blinded-result'] = 'sealmatch.v1.BlindedResult';
const decision = await custodian.decide(blinded);
save('signed-decision', pb.SignedDecision, pb.SignedDecision.create({ parameterSetId: decision.presetId, requestHash: decision.requestHash, match: decision.match, issuedAtMs: decision.issuedAtMs, custodianKeyId: decision.custodianKeyId, signature: decision.signature }));
index['signed-decision'] = 'sealmatch.v1.SignedDecision';
save('transaction', pb.Transaction, pb.Transaction.create(transactionToPb({ amountMinor: 60_000_000n, currency: 'KZT', terminalId: 'atm-vector-1', nonce: 'ab'.repeat(16), timestampMs: 1_790_000_000_000, senderRef: subject, kind: 'top-up' })));
index.transaction = 'sealmatch.v1.Transaction';
const entry = { seq: 0, time: 1_790_000_000_000, kind: 'verify' as const, actor: 'atm-vector-1', subjectRef: subject, requestHash: Buffer.from(decision.requestHash).toString('hex'), outcome: 'match' as const };
save('audit-entry', pb.AuditEntry, pb.AuditEntry.decode(encodeAuditEntryMessage(entry)));
index['audit-entry'] = 'sealmatch.v1.AuditEntry';
const leaf = hashLeaf(encodeAuditEntry(entry));
const sth = signTreeHead({ treeSize: 1, rootHash: leaf, timestamp: 1_790_000_000_000, logId: 'sealmatch-vector' }, new Uint8Array(32).fill(0x33));
save('signed-tree-head', pb.SignedTreeHead, pb.SignedTreeHead.create({ treeSize: 1, rootHash: sth.rootHash, timestampMs: sth.timestamp, logId: sth.logId, signature: sth.signature }));
index['signed-tree-head'] = 'sealmatch.v1.SignedTreeHead';
save('inclusion-proof', pb.InclusionProof, pb.InclusionProof.create({ leafIndex: 0, treeSize: 1, auditPath: [] }));
index['inclusion-proof'] = 'sealmatch.v1.InclusionProof';
save('consistency-proof', pb.ConsistencyProof, pb.ConsistencyProof.create({ oldSize: 1, newSize: 1, path: [] }));
index['consistency-proof'] = 'sealmatch.v1.ConsistencyProof';
save('error', pb.Error, pb.Error.create({ code: 'E_POLICY', message: 'E_POLICY: refused by policy: SENDER_IIN_REQUIRED', reason: 'SENDER_IIN_REQUIRED' }));
index.error = 'sealmatch.v1.Error';
writeFileSync(join(here, 'he-secret-key.test-only.hex'), Buffer.from(secrets.heSecretKey).toString('hex') + '\n');
const identify = await generateIdentifyVectors(save, here, people);
Object.assign(index, identify.vectors);
writeFileSync(join(here, 'vectors.json'), JSON.stringify({ note: 'Frozen wire vectors; see generate.ts', keys: { decisionSecretKey: '42'.repeat(32), deviceSecretKey: '17'.repeat(32), logSecretKey: '33'.repeat(32), bankKey: '07'.repeat(32), iin: '900101300027', ...identify.keys }, vectors: index }, null, 2) + '\n');
matcher.delete();
custodian.delete();
terminal.delete();
await store.close();
