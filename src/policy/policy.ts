/**
 * Withdrawal policy: which transactions need a biometric check, which are refused outright, and
 * when a subject is locked after failed verifications. Configurable; every refusal has a reason
 * code (docs/POLICY.md).
 *
 * Lockout follows NIST SP 800-63B-4 (rate limiting of failed authentication attempts): after
 * `maxConsecutiveFailures` failures the subject is locked for `lockBaseMs * 2^(lockouts)`, capped
 * at `lockMaxMs`; a successful verification resets the failure count (not the lockout history).
 */
import type { SubjectState } from '../store/store.js';
import type { Transaction } from '../wire/messages.js';

export interface WithdrawalPolicyConfig {
  /** Withdrawals above this amount (minor units) need biometric step-up. */
  readonly stepUpAboveMinor: bigint;
  /** Card top-ups at or above this amount need the sender's verified IIN. */
  readonly topUpSenderIinFromMinor: bigint;
  readonly currency: string;
  readonly maxConsecutiveFailures: number;
  readonly lockBaseMs: number;
  readonly lockMaxMs: number;
}

/** Defaults: KZT; step-up above 100,000 KZT; sender IIN for top-ups from 500,000 KZT. */
export const DEFAULT_POLICY: WithdrawalPolicyConfig = {
  stepUpAboveMinor: 100_000_00n,
  topUpSenderIinFromMinor: 500_000_00n,
  currency: 'KZT',
  maxConsecutiveFailures: 5,
  lockBaseMs: 15 * 60_000,
  lockMaxMs: 24 * 3_600_000,
};

export type RefusalReason = 'CURRENCY_NOT_SUPPORTED' | 'SENDER_IIN_REQUIRED' | 'SENDER_NOT_VERIFIED_SUBJECT' | 'UNKNOWN_TRANSACTION_KIND';

export type PolicyVerdict = { readonly allowed: true; readonly biometricRequired: boolean } | { readonly allowed: false; readonly reason: RefusalReason };

export class WithdrawalPolicy {
  constructor(readonly config: WithdrawalPolicyConfig = DEFAULT_POLICY) {}

  /** What the policy says about a transaction presented for subject `subjectRef`. */
  evaluate(tx: Transaction, subjectRef: string): PolicyVerdict {
    const kind = tx.kind ?? 'withdrawal';
    if (!['withdrawal', 'top-up', 'enrollment'].includes(kind)) return { allowed: false, reason: 'UNKNOWN_TRANSACTION_KIND' };
    if (kind !== 'enrollment' && tx.currency !== this.config.currency) return { allowed: false, reason: 'CURRENCY_NOT_SUPPORTED' };
    if (kind === 'top-up' && tx.amountMinor >= this.config.topUpSenderIinFromMinor) {
      if (!tx.senderRef) return { allowed: false, reason: 'SENDER_IIN_REQUIRED' };
      // The sender is the person being verified: the biometric check is of the sender.
      if (tx.senderRef !== subjectRef) return { allowed: false, reason: 'SENDER_NOT_VERIFIED_SUBJECT' };
      return { allowed: true, biometricRequired: true };
    }
    return { allowed: true, biometricRequired: kind === 'enrollment' || tx.amountMinor > this.config.stepUpAboveMinor };
  }

  /** Whether the subject is locked at `nowMs`. */
  isLocked(state: SubjectState | undefined, nowMs: number): boolean {
    return !!state && state.lockedUntilMs > nowMs;
  }

  /** The subject's state after a verification with result `match`. */
  afterVerification(state: SubjectState | undefined, subjectRef: string, match: boolean, nowMs: number): SubjectState {
    const s = state ?? { subjectRef, consecutiveFailures: 0, lockedUntilMs: 0, lockouts: 0 };
    if (match) return { ...s, consecutiveFailures: 0, lockedUntilMs: 0 };
    const failures = s.consecutiveFailures + 1;
    if (failures < this.config.maxConsecutiveFailures) return { ...s, consecutiveFailures: failures };
    const duration = Math.min(this.config.lockBaseMs * 2 ** s.lockouts, this.config.lockMaxMs);
    return { subjectRef: s.subjectRef, consecutiveFailures: 0, lockedUntilMs: nowMs + duration, lockouts: s.lockouts + 1 };
  }
}
