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

declare const subjectRefBrand: unique symbol;

/**
 * A subject reference: 64 lowercase hex digits, HMAC-SHA256(bank key, IIN). Branded, so a raw
 * account number or name (`'customer-42'`) does not type-check where one is expected: obtain one
 * from {@link subjectReference} (an IIN) or {@link asSubjectRef} (a stored reference, checked).
 */
export type SubjectRef = string & {
  /** Type-level brand only: no such property exists at run time, the value is a plain string. */
  readonly [subjectRefBrand]: 'SubjectRef';
};

const SUBJECT_REF_PATTERN = /^[0-9a-f]{64}$/;

/** True when `v` has the form of a subject reference (64 lowercase hex digits). */
export function isSubjectRef(v: unknown): v is SubjectRef {
  return typeof v === 'string' && SUBJECT_REF_PATTERN.test(v);
}

/**
 * `v` as a SubjectRef; E_INVALID_ARGUMENT unless it is 64 lowercase hex digits (an HMAC-SHA256
 * in hex). For references read back from a database or a message; new ones come from an IIN.
 * @example asSubjectRef('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')
 */
export function asSubjectRef(v: unknown, what = 'subject reference'): SubjectRef {
  if (!isSubjectRef(v)) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `${what} must be 64 lowercase hex digits (HMAC-SHA256 of an IIN: subjectReference(bankKey, iin)), got ${typeof v === 'string' ? `a ${v.length}-character string` : typeof v}`);
  }
  return v;
}

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

/**
 * The subject reference of an IIN: HMAC-SHA256(bankKey, IIN) as lowercase hex, after validating
 * the IIN (E_INVALID_ARGUMENT for a wrong length, date, century digit or check digit). bankKey:
 * the bank's HMAC key, >= 32 bytes, the same on every terminal and desk of the bank.
 * @example subjectReference(bankKey, '900101300017') // '…64 hex digits'
 */
export function subjectReference(bankKey: Uint8Array, iin: string): SubjectRef {
  if (!(bankKey instanceof Uint8Array) || bankKey.length < 32) throw new SealmatchError('E_INVALID_ARGUMENT', 'bank key must be >= 32 bytes');
  validateIin(iin);
  return bytesToHex(hmac(sha256, bankKey, new TextEncoder().encode(iin))) as SubjectRef;
}
