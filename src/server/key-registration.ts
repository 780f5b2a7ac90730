/**
 * The JSON body of key registration (POST /v1/admin/keys on the matcher and on the custodian):
 * {publicKey: 64 lowercase hex (Ed25519), ownerId: terminal or officer id, role: terminal|officer}.
 */
import { SealmatchError } from '../errors.js';

export interface KeyRegistration {
  readonly publicKey: Uint8Array;
  readonly ownerId: string;
  readonly role: 'terminal' | 'officer';
}

export function parseKeyRegistration(body: unknown): KeyRegistration {
  let j: { publicKey?: unknown; ownerId?: unknown; role?: unknown };
  try {
    j = JSON.parse(Buffer.from(body as Uint8Array).toString('utf8'));
  } catch {
    throw new SealmatchError('E_MALFORMED_MESSAGE', 'body must be JSON');
  }
  const pk = typeof j?.publicKey === 'string' && /^[0-9a-f]{64}$/.test(j.publicKey) ? new Uint8Array(Buffer.from(j.publicKey, 'hex')) : undefined;
  const role = j?.role === 'officer' ? 'officer' : j?.role === 'terminal' ? 'terminal' : undefined;
  if (!pk || !role || typeof j.ownerId !== 'string' || !/^[A-Za-z0-9._:-]{1,64}$/.test(j.ownerId)) {
    throw new SealmatchError('E_MALFORMED_MESSAGE', 'expected {publicKey: 64 hex, ownerId, role: terminal|officer}');
  }
  return { publicKey: pk, ownerId: j.ownerId, role };
}
