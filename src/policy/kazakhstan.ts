/**
 * @module policy/kazakhstan
 * The withdrawal rules sealmatch ships, written for Kazakhstan's cash-withdrawal checks
 * (docs/POLICY.md): amounts in KZT only; biometric step-up above a withdrawal amount; card
 * top-ups from a threshold need the sender's verified IIN, and the sender must be the person
 * verified; enrollment always needs the biometric. Lockout as LockoutRule.
 */
import type { SubjectState } from '../store/store.js';
import type { Transaction } from '../wire/messages.js';
import { DEFAULT_LOCKOUT, LockoutRule, type LockoutConfig, type PolicyVerdict, type TransactionPolicy } from './policy.js';

/** The Kazakhstan withdrawal rules' parameters: step-up amount, currency, sender rules, lockout. */
export interface WithdrawalPolicyConfig extends LockoutConfig {
  /** Withdrawals above this amount (minor units) need biometric step-up. */
  readonly stepUpAboveMinor: bigint;
  /** Card top-ups at or above this amount need the sender's verified IIN. */
  readonly topUpSenderIinFromMinor: bigint;
  /** The one ISO 4217 currency accepted (default 'KZT'); enrollments carry none. */
  readonly currency: string;
}

/** Defaults: KZT; step-up above 100,000 KZT; sender IIN for top-ups from 500,000 KZT. */
export const DEFAULT_POLICY: WithdrawalPolicyConfig = {
  stepUpAboveMinor: 100_000_00n,
  topUpSenderIinFromMinor: 500_000_00n,
  currency: 'KZT',
  ...DEFAULT_LOCKOUT,
};

/** Refusal codes of this policy. */
export type KazakhstanRefusalReason = 'CURRENCY_NOT_SUPPORTED' | 'SENDER_IIN_REQUIRED' | 'SENDER_NOT_VERIFIED_SUBJECT' | 'UNKNOWN_TRANSACTION_KIND';

/** The shipped withdrawal rules (docs/POLICY.md), the reference server's default policy. */
export class KazakhstanWithdrawalPolicy implements TransactionPolicy {
  private readonly lockout: LockoutRule;

  /** The rules with these parameters (default DEFAULT_POLICY). */
  constructor(
    /** Step-up and top-up amounts, currency and lockout thresholds in force. */
    readonly config: WithdrawalPolicyConfig = DEFAULT_POLICY,
  ) {
    this.lockout = new LockoutRule(config);
  }

  evaluate(tx: Transaction, subjectRef: string): PolicyVerdict {
    const refuse = (reason: KazakhstanRefusalReason): PolicyVerdict => ({ allowed: false, reason });
    const kind = tx.kind ?? 'withdrawal';
    if (!['withdrawal', 'top-up', 'enrollment'].includes(kind)) return refuse('UNKNOWN_TRANSACTION_KIND');
    if (kind !== 'enrollment' && tx.currency !== this.config.currency) return refuse('CURRENCY_NOT_SUPPORTED');
    if (kind === 'top-up' && tx.amountMinor >= this.config.topUpSenderIinFromMinor) {
      if (!tx.senderRef) return refuse('SENDER_IIN_REQUIRED');
      // The sender is the person being verified: the biometric check is of the sender.
      if (tx.senderRef !== subjectRef) return refuse('SENDER_NOT_VERIFIED_SUBJECT');
      return { allowed: true, biometricRequired: true };
    }
    return { allowed: true, biometricRequired: kind === 'enrollment' || tx.amountMinor > this.config.stepUpAboveMinor };
  }

  isLocked(state: SubjectState | undefined, nowMs: number): boolean {
    return this.lockout.isLocked(state, nowMs);
  }

  afterVerification(state: SubjectState | undefined, subjectRef: string, match: boolean, nowMs: number): SubjectState {
    return this.lockout.afterVerification(state, subjectRef, match, nowMs);
  }
}
