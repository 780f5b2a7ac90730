/**
 * @module policy
 * The transaction policy interface: which transactions need a biometric check, which are refused
 * outright, and when a subject is locked after failed verifications. The matcher asks it before
 * any HE work; every refusal carries a reason code (docs/POLICY.md). A bank plugs in its own
 * rules; `KazakhstanWithdrawalPolicy` (kazakhstan.ts) is the one sealmatch ships and the
 * reference server's default.
 *
 * Lockout (`LockoutRule`) follows NIST SP 800-63B-4 (rate limiting of failed authentication
 * attempts): after `maxConsecutiveFailures` failures the subject is locked for
 * `lockBaseMs * 2^(lockouts)`, capped at `lockMaxMs`; a successful verification resets the
 * failure count (not the lockout history).
 */
import type { SubjectState } from '../store/store.js';
import type { Transaction } from '../wire/messages.js';

/** Why a policy refused a transaction: a stable code a terminal can show or map. */
export type RefusalReason = string;

/** What a policy says of a transaction: allowed (with or without a biometric step-up) or refused with a reason. */
export type PolicyVerdict =
  | {
      /** The transaction may go ahead. */
      readonly allowed: true;
      /** Only after a biometric verification of the subject (step-up). */
      readonly biometricRequired: boolean;
    }
  | {
      /** The transaction is refused outright; no HE work is done. */
      readonly allowed: false;
      /** Why, as a stable code (e.g. 'CURRENCY_NOT_SUPPORTED'). */
      readonly reason: RefusalReason;
    };

/** What the matcher asks of a bank's rules. Implementations must be pure (no I/O): they run inside the matcher's request path. */
export interface TransactionPolicy {
  /** What the policy says about a transaction presented for subject `subjectRef`. */
  evaluate(tx: Transaction, subjectRef: string): PolicyVerdict;
  /** Whether the subject is locked at `nowMs`. */
  isLocked(state: SubjectState | undefined, nowMs: number): boolean;
  /** The subject's state after a verification with result `match`. */
  afterVerification(state: SubjectState | undefined, subjectRef: string, match: boolean, nowMs: number): SubjectState;
}

/** Lockout after consecutive failed verifications, with exponential back-off (NIST SP 800-63B 5.2.2). */
export interface LockoutConfig {
  /** Failed verifications in a row that lock the subject (default 5). */
  readonly maxConsecutiveFailures: number;
  /** Length of the first lockout, milliseconds (default 15 min); doubles with each further lockout. */
  readonly lockBaseMs: number;
  /** Longest lockout, milliseconds (default 24 h). */
  readonly lockMaxMs: number;
}

/** Default lockout: 5 failures, then 15 min, doubling per lockout, at most 24 h. */
export const DEFAULT_LOCKOUT: LockoutConfig = { maxConsecutiveFailures: 5, lockBaseMs: 15 * 60_000, lockMaxMs: 24 * 3_600_000 };

/** Exponential lockout after consecutive failures (NIST SP 800-63B-4 throttling). */
export class LockoutRule {
  /** A rule with these thresholds (default DEFAULT_LOCKOUT). */
  constructor(
    /** Its thresholds: failures before a lockout, first and longest lockout. */
    readonly config: LockoutConfig = DEFAULT_LOCKOUT,
  ) {}

  /** Whether the subject is locked at `nowMs`. */
  isLocked(state: SubjectState | undefined, nowMs: number): boolean {
    return !!state && state.lockedUntilMs > nowMs;
  }

  /** The subject's state after a verification: a match resets the count; the last allowed failure locks, for twice as long as the previous lockout (at most lockMaxMs). */
  afterVerification(state: SubjectState | undefined, subjectRef: string, match: boolean, nowMs: number): SubjectState {
    const s = state ?? { subjectRef, consecutiveFailures: 0, lockedUntilMs: 0, lockouts: 0 };
    if (match) return { ...s, consecutiveFailures: 0, lockedUntilMs: 0 };
    const failures = s.consecutiveFailures + 1;
    if (failures < this.config.maxConsecutiveFailures) return { ...s, consecutiveFailures: failures };
    const duration = Math.min(this.config.lockBaseMs * 2 ** s.lockouts, this.config.lockMaxMs);
    return { subjectRef: s.subjectRef, consecutiveFailures: 0, lockedUntilMs: nowMs + duration, lockouts: s.lockouts + 1 };
  }
}
