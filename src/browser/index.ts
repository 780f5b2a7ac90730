/**
 * What a teller app or an enrollment desk runs in a browser, as one ESM bundle (web/teller/build.ts
 * builds it for `platform: 'browser'`): quantize, encrypt under the custodian's HE public key,
 * sign with the device key, send, check the decision; enrollment with an officer's approval; and
 * the 1:N enrollment desk (DeskClient: officer-authorized de-duplication search, gallery enrollment).
 * It is the Node terminal code itself (Terminal, TerminalClient), with the two Node-only modules
 * (SEAL's WebAssembly source, native SHA-256) swapped for their `.browser.ts` siblings.
 *
 * Device keys: WebCrypto Ed25519 (non-extractable) where the browser has it, @noble/curves where
 * not (device-key.ts); TerminalClient takes either (`TerminalClient<DeviceSigner>`).
 *
 * Security note: nothing here persists keys. A key held as bytes lives in the page's memory; a
 * real deployment keeps device keys in the device's key store (web/teller/README.md).
 * @module sealmatch/browser
 */
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { SealmatchError } from '../errors.js';
import { sha256 } from '../wire/digest.js';
import { decodePublicBundle } from '../wire/public-bundle.js';
import type { TerminalConfig } from '../verify/terminal/terminal.js';
import { devicePublicKeyOf, type DeviceKey } from '../wire/signed-request.js';

export { Terminal, type TerminalConfig } from '../verify/terminal/terminal.js';
export { TerminalClient, officerApprover, type Approver, type TxInput } from '../verify/terminal/terminal-client.js';
export { signApproval, signApprovalWith, type ApprovalSubject, type OfficerApproval } from '../wire/approval.js';
export { devicePublicKeyOf, type DeviceKey, type DeviceSigner } from '../wire/signed-request.js';
export { generateBrowserDeviceKey, nobleDeviceSigner, type BrowserDeviceKey, type DeviceKeyStore } from './device-key.js';
export { DeskClient, type DeskClientOptions } from '../identify/desk/desk-client.js';
export { asSubjectRef, subjectReference, validateIin, type SubjectRef } from '../subjects/subject-reference.js';
export { SealmatchError, isSealmatchError } from '../errors.js';
export { randomBytes } from '../csprng.js';
export { sha256, bytesToHex, hexToBytes };

/** The public keys a terminal needs, as GET /v1/public-bundle serves them. */
export type TerminalBundle = Omit<TerminalConfig, 'terminalId'>;

/** Fetches and decodes the matcher's public bundle (the custodian's public keys). */
export async function fetchPublicBundle(matcherUrl: string | URL, doFetch: typeof fetch = fetch): Promise<TerminalBundle> {
  const res = await doFetch(new URL('/v1/public-bundle', matcherUrl), { headers: { accept: 'application/x-protobuf' } });
  if (!res.ok) throw new SealmatchError('E_UNAVAILABLE', `public bundle: HTTP ${res.status}`);
  // The Galois keys of a 1:N bundle are the matcher's; a terminal keeps the rest.
  const { galoisKeys: _galoisKeys, ...bundle } = decodePublicBundle(new Uint8Array(await res.arrayBuffer()));
  return bundle;
}

/** The key id the services name a device key by: hex SHA-256 of its public key. */
export function deviceKeyId(key: DeviceKey): string {
  return bytesToHex(sha256(devicePublicKeyOf(key)));
}
