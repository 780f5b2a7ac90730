/**
 * One-shot migration of the frozen wire vectors to the closed-set enums (run once, 2026-12-01:
 * `npx tsx test/vectors/migrate-enums.ts`; kept as the record of what changed and how).
 *
 * Seven fields moved from proto strings to enums under NEW field numbers (the old ones are
 * reserved): AuditEntry.kind / .outcome, Transaction.kind, SignedRequest.body_type,
 * IdentifyAuthorization.purpose, ParameterSet.scheme (Receipt.outcome has no vector). The vectors
 * holding them are re-encoded here instead of regenerated, so that every other byte (ciphertexts,
 * keys, signatures, hashes) stays what it was: each message is decoded with the new types (the
 * old string fields are unknown fields then, dropped), the enum is set from the string in the
 * vector's old JSON, and the message is encoded again. No signature or hash changes: signatures
 * and audit leaf hashes are computed over the strings, not over the wire bytes of these messages
 * (src/wire/enums.ts). The script asserts that every other field is unchanged.
 *
 * Re-running it on migrated vectors is refused (the old string fields are gone).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { pb } from '../../src/wire/codec.js';
import { AUDIT_KIND, AUDIT_OUTCOME, BODY_TYPE, IDENTIFY_PURPOSE_PB, TRANSACTION_KIND, type ClosedSet } from '../../src/wire/enums.js';

const here = dirname(fileURLToPath(import.meta.url));
type Json = Record<string, unknown>;
type Type = { decode(b: Uint8Array): unknown; encode(m: unknown): { finish(): Uint8Array }; fromObject(o: object): unknown; toObject(m: unknown, o: object): Json };
const OPTS = { bytes: String, longs: Number, enums: String, defaults: false } as const;

const SCHEME: ClosedSet<'bgv'> = {
  name: 'HeScheme',
  values: ['bgv'],
  toPb: (v) => (v === 'bgv' ? pb.HeScheme.HE_SCHEME_BGV : NaN),
  fromPb: () => 'bgv',
  optionalFromPb: () => 'bgv',
};

/** Vector name -> its type and the string fields that became enums (path into the message). */
const MIGRATIONS: { name: string; type: Type; fields: { path: string[]; set: ClosedSet<string> }[] }[] = [
  { name: 'audit-entry', type: pb.AuditEntry as unknown as Type, fields: [{ path: ['kind'], set: AUDIT_KIND }, { path: ['outcome'], set: AUDIT_OUTCOME }] },
  { name: 'transaction', type: pb.Transaction as unknown as Type, fields: [{ path: ['kind'], set: TRANSACTION_KIND }] },
  { name: 'parameter-set', type: pb.ParameterSet as unknown as Type, fields: [{ path: ['scheme'], set: SCHEME }] },
  { name: 'signed-request', type: pb.SignedRequest as unknown as Type, fields: [{ path: ['bodyType'], set: BODY_TYPE }] },
  { name: 'signed-gallery-delete-request', type: pb.SignedRequest as unknown as Type, fields: [{ path: ['bodyType'], set: BODY_TYPE }] },
  { name: 'identify-authorization', type: pb.IdentifyAuthorization as unknown as Type, fields: [{ path: ['purpose'], set: IDENTIFY_PURPOSE_PB }] },
  { name: 'identify-request', type: pb.IdentifyRequest as unknown as Type, fields: [{ path: ['authorization', 'purpose'], set: IDENTIFY_PURPOSE_PB }] },
];

const at = (o: Json, path: string[]): Json => path.slice(0, -1).reduce((x, k) => x[k] as Json, o);

for (const { name, type, fields } of MIGRATIONS) {
  const oldBytes = new Uint8Array(Buffer.from(readFileSync(join(here, `${name}.hex`), 'utf8').trim(), 'hex'));
  const oldJson = JSON.parse(readFileSync(join(here, `${name}.json`), 'utf8')) as Json;
  // Decoded with the new types: the old string fields are unknown fields, which toObject drops.
  const obj = JSON.parse(JSON.stringify(type.toObject(type.decode(oldBytes), OPTS))) as Json;
  const expected = structuredClone(oldJson);
  for (const { path, set } of fields) {
    const old = at(oldJson, path)[path.at(-1)!];
    if (typeof old !== 'string' || !set.values.includes(old)) throw new Error(`${name}: ${path.join('.')} is ${JSON.stringify(old)}, not a ${set.name} string: already migrated?`);
    at(obj, path)[path.at(-1)!] = set.toPb(old);
    delete at(expected, path)[path.at(-1)!];
  }
  const message = type.fromObject(obj);
  const bytes = type.encode(message).finish();
  const json = JSON.parse(JSON.stringify(type.toObject(type.decode(bytes), OPTS))) as Json;
  // Every field but the migrated ones is exactly what it was.
  const rest = structuredClone(json);
  for (const { path } of fields) delete at(rest, path)[path.at(-1)!];
  if (!isDeepStrictEqual(rest, expected)) throw new Error(`${name}: fields other than the enums changed`);
  writeFileSync(join(here, `${name}.hex`), Buffer.from(bytes).toString('hex') + '\n');
  writeFileSync(join(here, `${name}.json`), JSON.stringify(json, null, 2) + '\n');
  console.log(`${name}: ${oldBytes.length} -> ${bytes.length} bytes (${fields.map((f) => `${f.path.join('.')} = ${at(json, f.path)[f.path.at(-1)!] as string}`).join(', ')})`);
}
