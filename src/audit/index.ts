/**
 * Public surface of the audit log (docs/PROTOCOL.md): an RFC 6962 Merkle log of audit entries
 * with Ed25519-signed tree heads, inclusion and consistency proofs, and offline verification.
 *
 * Layers, bottom up: `merkle*.ts` (hashing, proofs; throw E_AUDIT), `entry.ts` (the one canonical
 * encoding), `tree-head.ts` (STH signing), `backend.ts` + `memory-backend.ts` (storage), `log.ts`
 * (the log), `export.ts` / `export-page.ts` (JSON forms, one document or pages), `verify*.ts`
 * (auditor reports; never throw on bad evidence).
 */
export * from '../merkle/merkle.js';
export * from '../merkle/merkle-proof.js';
export * from '../merkle/merkle-verify.js';
export * from './entry.js';
export * from './tree-head.js';
export type { AuditLogBackend } from './backend.js';
export { MemoryAuditBackend } from './memory-backend.js';
export * from './log.js';
export * from './export.js';
export * from './export-page.js';
export * from './verify.js';
export { ExportedPagesVerifier, verifyExportedPages } from './verify-pages.js';
