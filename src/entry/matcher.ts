/**
 * What runs at the bank's matching server: store encrypted references, compute the encrypted
 * similarity, blind it. Holds no HE secret key (1:1) and only Galois keys for probe expansion (1:N).
 * @module sealmatch/matcher
 */
export { MIN_NODE_MAJOR } from './runtime.js';
export { Matcher, type MatcherOptions, type FusionConfig } from '../verify/matcher/matcher.js';
export { IdentifyMatcher, type IdentifyMatcherOptions, type RegisteredKey, type RefreshCall, type GalleryEntry } from '../identify/matcher/identify-matcher.js';
export { SqliteStore } from '../store/sqlite.js';
export { PostgresStore } from '../store/postgres.js';
export { openStore, sqliteStorePath } from '../store/open.js';
export type { Store, StoreOps, KeyRecord, SubjectState, GalleryBlockRecord, GallerySlot, AuditLeaf, AuditNodeRef } from '../store/store.js';
export type { ReferenceStore, StoredReference } from '../store/reference-store.js';
export { LockoutRule, DEFAULT_LOCKOUT, type TransactionPolicy, type PolicyVerdict, type RefusalReason, type LockoutConfig } from '../policy/policy.js';
export { KazakhstanWithdrawalPolicy, DEFAULT_POLICY, type WithdrawalPolicyConfig, type KazakhstanRefusalReason } from '../policy/kazakhstan.js';
export type { BlindedResult, EncryptedTemplate, VerifyRequest } from '../wire/messages.js';
