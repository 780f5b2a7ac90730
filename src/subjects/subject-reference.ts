/**
 * Subject references: the customer's IIN (Kazakhstan individual identification number, 12
 * digits) never reaches the matcher; the bank side turns it into HMAC-SHA256(bank key, IIN).
 *
 * IIN check digit (12th digit): weighted sum of the first 11 digits with weights 1..11, mod 11;
 * if that is 10, recompute with weights 3,4,...,11,1,2; if it is 10 again the number is invalid.
 * Digits 1-6 are the birth date YYMMDD, digit 7 encodes century and sex (1-6).
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { SealmatchError } from '../errors.js';

const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The check digit of the first 11 digits, or -1 if no valid IIN has them. */
export function iinCheckDigit(first11: string): number {
  const d = [...first11].map(Number);
  let c = d.reduce((s, x, i) => s + x * W1[i]!, 0) % 11;
  if (c === 10) c = d.reduce((s, x, i) => s + x * W2[i]!, 0) % 11;
  return c === 10 ? -1 : c;
}

/** Throws E_INVALID_ARGUMENT unless `iin` is 12 digits with a valid date, century digit and check digit. */
export function validateIin(iin: string): void {
  if (typeof iin !== 'string' || !/^\d{12}$/.test(iin)) throw new SealmatchError('E_INVALID_ARGUMENT', 'IIN must be 12 digits');
  const mm = Number(iin.slice(2, 4));
  const dd = Number(iin.slice(4, 6));
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) throw new SealmatchError('E_INVALID_ARGUMENT', 'IIN birth date is invalid');
  const century = Number(iin[6]);
  if (century < 1 || century > 6) throw new SealmatchError('E_INVALID_ARGUMENT', 'IIN century/sex digit must be 1..6');
  if (iinCheckDigit(iin.slice(0, 11)) !== Number(iin[11])) throw new SealmatchError('E_INVALID_ARGUMENT', 'IIN check digit is wrong');
}

/** HMAC-SHA256(bankKey, IIN) as lowercase hex, after validating the IIN. bankKey: >= 32 bytes. */
export function subjectReference(bankKey: Uint8Array, iin: string): string {
  if (!(bankKey instanceof Uint8Array) || bankKey.length < 32) throw new SealmatchError('E_INVALID_ARGUMENT', 'bank key must be >= 32 bytes');
  validateIin(iin);
  return bytesToHex(hmac(sha256, bankKey, new TextEncoder().encode(iin)));
}
