/**
 * The two HTTP services (fastify) and their deployment files: generate keys, load them (sealed at
 * rest), start a custodian and a matcher, register device keys with each, pick a store.
 * @example
 * import { writeDeploymentKeys, startCustodian, startMatcher, registerKey } from 'sealmatch/server';
 * @module sealmatch/server
 */
export { MIN_NODE_MAJOR } from './runtime.js';
export {
  startCustodian,
  startMatcher,
  registerKey,
  DEFAULT_CUSTODIAN_DEADLINE_MS,
  type Running,
  type CustodianIdentifyOptions,
  type MatcherIdentifyOptions,
} from '../server/deployment.js';
export {
  writeDeploymentKeys,
  loadCustodianFile,
  loadMatcherFile,
  loadPublicBundle,
  encodePublicBundle,
  decodePublicBundle,
  saveCustodianSecrets,
  loadCustodianSecrets,
  DEPLOYMENT_FILES,
  DESK_FILE,
  loadDeskFleetSecret,
  type CustodianFile,
  type DeploymentBundle,
  type DeploymentKeyOptions,
  type KeyFileOptions,
  type MatcherSecrets,
  type StoredCustodianSecrets,
} from '../server/config.js';
export { keySourceFromEnv, secretKeyEnv, assertPrivateFile, type SecretKeySource, type SecretFileRole } from '../server/secret-file.js';
export type { ServerTls, ClientTls, PemSource } from '../server/tls.js';
export type { TellerMountOptions } from '../server/teller-mount.js';
export type { PublicBundleKeys } from '../wire/public-bundle.js';
export { httpStatus } from '../server/status.js';
export { SqliteStore } from '../store/sqlite.js';
export { PostgresStore } from '../store/postgres.js';
export { openStore, sqliteStorePath } from '../store/open.js';
export type { Store } from '../store/store.js';
export { KazakhstanWithdrawalPolicy, DEFAULT_POLICY, type WithdrawalPolicyConfig } from '../policy/kazakhstan.js';
export { LockoutRule, DEFAULT_LOCKOUT, type TransactionPolicy, type PolicyVerdict, type LockoutConfig } from '../policy/policy.js';
export { verifyExportedLog, verifyExportedPages, type AuditVerifyReport, type VerifyExportedLogOptions } from '../audit/index.js';
