/**
 * Append-only audit logs (RFC 6962 Merkle trees), signed tree heads, inclusion and consistency
 * proofs, and the offline verifier of an exported log (what `sealmatch audit-verify` runs).
 * @example
 * import { verifyExportedLog } from 'sealmatch/audit';
 * const report = verifyExportedLog(JSON.parse(text), trustedPublicKey);
 * @module sealmatch/audit
 */
export { MIN_NODE_MAJOR } from './runtime.js';
export {
  verifyExportedLog,
  verifyInclusion,
  verifyConsistency,
  verifyExportedPages,
  ExportedPagesVerifier,
  MAX_PROBLEMS,
  type VerifyExportedLogOptions,
  type AuditVerifyReport,
  type AuditProblem,
  type AuditProblemCode,
} from '../audit/index.js';
export {
  AuditLog,
  MemoryAuditBackend,
  exportAuditLog,
  inclusionProofFromJson,
  consistencyProofFromJson,
  inclusionProofToJson,
  consistencyProofToJson,
  AUDIT_EXPORT_FORMAT,
  type AuditLogBackend,
  type AuditLogOptions,
  type AuditEntryInput,
  type InclusionProof,
  type ConsistencyProof,
  type ExportedAuditLog,
  type ExportedAuditEntry,
  type InclusionProofJson,
  type ConsistencyProofJson,
} from '../audit/index.js';
export {
  signTreeHead,
  verifyTreeHead,
  encodeTreeHead,
  treeHeadToJson,
  treeHeadFromJson,
  type TreeHead,
  type SignedTreeHead,
  type SignedTreeHeadJson,
} from '../audit/index.js';
export { encodeAuditEntry, decodeAuditEntry, validateAuditEntry, AUDIT_KINDS, AUDIT_OUTCOMES, type AuditEntry, type AuditKind, type AuditOutcome } from '../audit/index.js';
export { hashLeaf, hashChildren, merkleRoot, verifyInclusionProof, verifyConsistencyProof, rootFromInclusionProof, MerkleFrontier, type MerkleNode, type MaybePromise, type NodeRef } from '../audit/index.js';
