/**
 * The JSON body of key registration (POST /v1/admin/keys on the matcher and on the custodian):
 * {publicKey: 64 lowercase hex (Ed25519), ownerId: terminal or officer id, role: terminal|officer}.
 */
import { SealmatchError } from '../errors.js';

export interface KeyRegistration {
  readonly publicKey: Uint8Array;
  readonly ownerId: string;
  readonly role: 'terminal' | 'desk' | 'officer';
  readonly institution: string;
}

export function parseKeyRegistration(body: unknown): KeyRegistration {
  let j: { publicKey?: unknown; ownerId?: unknown; role?: unknown; institution?: unknown };
  try {
    j = JSON.parse(Buffer.from(body as Uint8Array).toString('utf8'));
  } catch {
    throw new SealmatchError('E_MALFORMED_MESSAGE', 'body must be JSON');
  }
  const pk = typeof j?.publicKey === 'string' && /^[0-9a-f]{64}$/.test(j.publicKey) ? new Uint8Array(Buffer.from(j.publicKey, 'hex')) : undefined;
  const role = j?.role === 'officer' || j?.role === 'terminal' || j?.role === 'desk' ? j.role : undefined;
  const institution = j?.institution === undefined ? '' : j.institution;
  if (!pk || !role || typeof j.ownerId !== 'string' || !/^[A-Za-z0-9._:-]{1,64}$/.test(j.ownerId) || typeof institution !== 'string' || !/^[A-Za-z0-9._:-]{0,64}$/.test(institution)) {
    throw new SealmatchError('E_MALFORMED_MESSAGE', 'expected {publicKey: 64 hex, ownerId, role: terminal|desk|officer, institution?}');
  }
  return { publicKey: pk, ownerId: j.ownerId, role, institution };
}
