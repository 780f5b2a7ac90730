/**
 * The one behavioural suite every Store implementation must pass (SQLite and PostgreSQL run the
 * same code): what the matcher relies on, asserted through the public interface only.
 *
 * Contract for `open`: every call returns a NEW instance over the SAME durable storage, which is
 * empty when the suite starts (a fresh temp file, a fresh schema). The suite keeps one instance
 * open for its whole run and opens more to check persistence across a restart; tests use their
 * own ids and measure sizes relative to where they start, so they do not depend on each other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MerkleFrontier } from '../src/merkle/merkle.js';
import { type ErrorCode, SealmatchError } from '../src/errors.js';
import type { AuditLeaf, AuditNodeRef, GalleryBlockRecord, KeyRecord, Store, StoredReference, SubjectState } from '../src/store/store.js';

/** Deterministic bytes (mulberry32), so a failing blob is the same in every run. */
function pseudoRandomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let a = seed >>> 0;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return out;
}

/** An "SMCT" container as the matcher stores it; the store itself never looks inside. */
function container(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + payload.length);
  out.set([0x53, 0x4d, 0x43, 0x54]);
  out.set(payload, 4);
  return out;
}

/** Byte-exact comparison without a 200 KB element-wise diff in the failure message. */
function expectBytes(actual: Uint8Array | undefined, expected: Uint8Array): void {
  expect(actual).toBeInstanceOf(Uint8Array);
  expect(actual!.length).toBe(expected.length);
  expect(Buffer.from(actual!).equals(Buffer.from(expected))).toBe(true);
}

function expectReference(actual: StoredReference | undefined, expected: StoredReference): void {
  expect(actual).toBeDefined();
  const { ciphertext, ...rest } = actual!;
  const { ciphertext: want, ...wantRest } = expected;
  expect(rest).toStrictEqual({ modality: 'face', ...wantRest });
  expectBytes(ciphertext, want);
}

function expectLeaf(actual: AuditLeaf | undefined, expected: AuditLeaf): void {
  expect(actual?.seq).toBe(expected.seq);
  expectBytes(actual!.entryBytes, expected.entryBytes);
  expectBytes(actual!.leafHash, expected.leafHash);
}

/** Awaits p and asserts it rejected with SealmatchError(code). */
export async function expectCode(p: Promise<unknown>, code: ErrorCode): Promise<void> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SealmatchError);
  expect((err as SealmatchError).code).toBe(code);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function storeSuite(name: string, open: () => Promise<Store>): void {
  describe(name, () => {
    let store: Store;
    let counter = 0;
    const uid = (prefix: string): string => `${prefix}-${++counter}`;

    const reference = (over: Partial<StoredReference> = {}): StoredReference => ({
      subjectRef: uid('subject'),
      presetId: 'face-dlib128-v1',
      dim: 128,
      ciphertext: container(pseudoRandomBytes(1024, ++counter)),
      enrolledAtMs: 1_760_000_000_000 + counter,
      ...over,
    });
    const key = (over: Partial<KeyRecord> = {}): KeyRecord => ({
      keyId: uid('key'),
      publicKey: pseudoRandomBytes(32, ++counter),
      ownerId: uid('atm'),
      role: 'terminal',
      registeredAtMs: 1_760_000_000_000,
      revoked: false,
      institution: 'bank-a',
      ...over,
    });
    const leaf = (seq: number, entry: Uint8Array = pseudoRandomBytes(96, seq + 7)): AuditLeaf => ({
      seq,
      entryBytes: entry,
      leafHash: pseudoRandomBytes(32, seq + 1_000_003),
    });

    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('starts empty', async () => {
      expect(await store.countReferences()).toBe(0);
      expect(await store.auditSize()).toBe(0);
    });

    describe('references', () => {
      it('insert, get, count and delete round-trip', async () => {
        const base = await store.countReferences();
        const ref = reference();
        await store.insertReference(ref);
        expectReference(await store.getReference(ref.subjectRef), ref);
        expect(await store.countReferences()).toBe(base + 1);
        expect(await store.deleteReference(ref.subjectRef)).toBe(true);
        expect(await store.getReference(ref.subjectRef)).toBeUndefined();
        expect(await store.deleteReference(ref.subjectRef)).toBe(false);
        expect(await store.countReferences()).toBe(base);
      });

      it('a subject has one reference per modality; delete without a modality erases all of them', async () => {
        const face = reference();
        const finger = reference({ subjectRef: face.subjectRef, modality: 'finger', dim: 256 });
        const base = await store.countReferences();
        await store.insertReference(face);
        await store.insertReference(finger);
        await expectCode(store.insertReference(reference({ subjectRef: face.subjectRef, modality: 'finger' })), 'E_ALREADY_ENROLLED');
        expect((await store.getReference(face.subjectRef))?.modality).toBe('face');
        expect((await store.getReference(face.subjectRef, 'finger'))?.dim).toBe(256);
        expect(await store.countReferences()).toBe(base + 2);
        expect(await store.deleteReference(face.subjectRef, 'finger')).toBe(true);
        expect(await store.getReference(face.subjectRef, 'finger')).toBeUndefined();
        expect(await store.getReference(face.subjectRef)).toBeDefined();
        await store.insertReference(finger);
        expect(await store.deleteReference(face.subjectRef)).toBe(true);
        expect(await store.getReference(face.subjectRef)).toBeUndefined();
        expect(await store.getReference(face.subjectRef, 'finger')).toBeUndefined();
        expect(await store.countReferences()).toBe(base);
      });

      it('fused references: composite modalities keep their part dims beside a single-modality reference', async () => {
        const finger = reference({ modality: 'finger', dim: 256 });
        const fused = reference({ subjectRef: finger.subjectRef, modality: 'finger+finger', dim: 512, partDims: [256, 256] });
        const faceFinger = reference({ subjectRef: finger.subjectRef, modality: 'face+finger', dim: 384, partDims: [128, 256] });
        await store.insertReference(finger);
        await store.insertReference(fused);
        await store.insertReference(faceFinger);
        expectReference(await store.getReference(finger.subjectRef, 'finger+finger'), fused);
        expectReference(await store.getReference(finger.subjectRef, 'face+finger'), faceFinger);
        expect((await store.getReference(finger.subjectRef, 'finger'))?.partDims).toBeUndefined();
        await expectCode(store.insertReference(reference({ subjectRef: finger.subjectRef, modality: 'finger+finger', partDims: [1, 1] })), 'E_ALREADY_ENROLLED');
        expect(await store.deleteReference(finger.subjectRef)).toBe(true);
        expect(await store.getReference(finger.subjectRef, 'finger+finger')).toBeUndefined();
      });

      it('an unknown subject has no reference', async () => {
        expect(await store.getReference(uid('nobody'))).toBeUndefined();
      });

      it('a second enrollment is E_ALREADY_ENROLLED and changes nothing', async () => {
        const ref = reference();
        await store.insertReference(ref);
        const count = await store.countReferences();
        const second = reference({ subjectRef: ref.subjectRef, presetId: 'other', dim: 512 });
        await expectCode(store.insertReference(second), 'E_ALREADY_ENROLLED');
        expectReference(await store.getReference(ref.subjectRef), ref);
        expect(await store.countReferences()).toBe(count);
      });

      it('millisecond timestamps up to 2^53-1 come back as numbers', async () => {
        const ref = reference({ enrolledAtMs: Number.MAX_SAFE_INTEGER });
        await store.insertReference(ref);
        expect((await store.getReference(ref.subjectRef))?.enrolledAtMs).toBe(Number.MAX_SAFE_INTEGER);
      });
    });

    describe('keys', () => {
      it('put and get a key record', async () => {
        const k = key();
        await store.putKey(k);
        const got = await store.getKey(k.keyId);
        expect({ ...got, publicKey: undefined }).toStrictEqual({ ...k, publicKey: undefined });
        expectBytes(got?.publicKey, k.publicKey);
        expect(await store.getKey(uid('unknown-key'))).toBeUndefined();
      });

      it('put replaces every field of an existing key', async () => {
        const k = key();
        await store.putKey(k);
        const replaced = key({ keyId: k.keyId, role: 'desk', ownerId: 'desk-7', institution: 'bank-b', registeredAtMs: 1_770_000_000_000, revoked: true });
        await store.putKey(replaced);
        const got = await store.getKey(k.keyId);
        expect({ ...got, publicKey: undefined }).toStrictEqual({ ...replaced, publicKey: undefined });
        expectBytes(got?.publicKey, replaced.publicKey);
      });
    });

    describe('nonces', () => {
      it('the first claim succeeds, a replay does not', async () => {
        const keyId = uid('key');
        expect(await store.claimNonce(keyId, 'n-1', Date.now())).toBe(true);
        expect(await store.claimNonce(keyId, 'n-1', Date.now())).toBe(false);
        // The pair is what is unique: the same nonce from another key is fresh.
        expect(await store.claimNonce(uid('key'), 'n-1', Date.now())).toBe(true);
      });

      it('prune forgets nonces seen before the cut-off and keeps the rest', async () => {
        // Only this test uses seen-at times this small, so the pruned count is exact.
        const keyId = uid('key');
        expect(await store.claimNonce(keyId, 'old', 1_000)).toBe(true);
        expect(await store.claimNonce(keyId, 'new', 2_000)).toBe(true);
        expect(await store.pruneNonces(1_500)).toBe(1);
        expect(await store.claimNonce(keyId, 'new', 2_000)).toBe(false);
        expect(await store.claimNonce(keyId, 'old', 1_000)).toBe(true);
        expect(await store.pruneNonces(1_000)).toBe(0);
      });
    });

    describe('subject state', () => {
      it('round-trips and is replaced by a later put', async () => {
        const subjectRef = uid('subject');
        expect(await store.getSubjectState(subjectRef)).toBeUndefined();
        const locked: SubjectState = { subjectRef, consecutiveFailures: 5, lockedUntilMs: 1_760_000_900_000, lockouts: 2 };
        await store.putSubjectState(locked);
        expect(await store.getSubjectState(subjectRef)).toStrictEqual(locked);
        const cleared: SubjectState = { subjectRef, consecutiveFailures: 0, lockedUntilMs: 0, lockouts: 2 };
        await store.putSubjectState(cleared);
        expect(await store.getSubjectState(subjectRef)).toStrictEqual(cleared);
      });
    });

    describe('audit log', () => {
      it('appends in order and reads every leaf back', async () => {
        const base = await store.auditSize();
        const leaves = [0, 1, 2].map((i) => leaf(base + i));
        for (const l of leaves) await store.appendAuditLeaf(l);
        expect(await store.auditSize()).toBe(base + 3);
        for (const l of leaves) expectLeaf(await store.getAuditLeaf(l.seq), l);
        expect(await store.getAuditLeaf(base + 3)).toBeUndefined();
      });

      it('a gap, a rewrite or a negative seq is E_STORE and changes nothing', async () => {
        const base = await store.auditSize();
        const last = leaf(base);
        await store.appendAuditLeaf(last);
        for (const seq of [base + 2, base + 1_000, base, -1]) {
          await expectCode(store.appendAuditLeaf(leaf(seq, new Uint8Array([0xde, 0xad]))), 'E_STORE');
        }
        expect(await store.auditSize()).toBe(base + 1);
        expectLeaf(await store.getAuditLeaf(base), last);
        expect(await store.getAuditLeaf(base + 2)).toBeUndefined();
      });

      it('keeps every complete subtree hash beside the leaves (RFC 6962 interior nodes)', async () => {
        const base = await store.auditSize();
        for (let i = 0; i < 37; i++) await store.appendAuditLeaf(leaf(base + i));
        const size = base + 37;
        expect(await store.auditSize()).toBe(size);
        const leaves = await store.getAuditLeaves(0, size + 5); // past the end: only what exists
        expect(leaves.map((l) => l.seq)).toStrictEqual(Array.from({ length: size }, (_, i) => i));
        for (const i of [base, size - 1]) expectLeaf(leaves[i], leaf(i));
        expect((await store.getAuditLeaves(base + 3, base + 5)).map((l) => l.seq)).toStrictEqual([base + 3, base + 4]);
        // What the store holds is exactly what hashing its own leaf hashes gives.
        const f = new MerkleFrontier();
        const expected = leaves.flatMap((l) => f.append(l.leafHash));
        const got = await store.getAuditNodes(expected.map(({ level, index }) => ({ level, index })));
        expected.forEach((n, i) => expectBytes(got[i], n.hash));
        expectBytes((await store.getAuditNodes([{ level: 0, index: base }]))[0], leaf(base).leafHash);
        // Nodes not complete at this size do not exist (yet).
        const incomplete: AuditNodeRef[] = [{ level: 0, index: size }, ...[1, 2, 3, 4, 5, 6].map((k) => ({ level: k, index: Math.floor(size / 2 ** k) }))];
        expect(await store.getAuditNodes(incomplete)).toStrictEqual(incomplete.map(() => undefined));
        expect(await store.getAuditNodes([])).toStrictEqual([]);
      });

      it('a rolled-back append leaves no node behind and the size where it was', async () => {
        const base = await store.auditSize();
        const ending = (e: number): AuditNodeRef[] => [1, 2, 3, 4].filter((k) => e % 2 ** k === 0).map((k) => ({ level: k, index: e / 2 ** k - 1 }));
        const touched = [{ level: 0, index: base }, { level: 0, index: base + 1 }, ...ending(base + 1), ...ending(base + 2)];
        const boom = new Error('boom');
        const thrown = await store
          .transaction(async (tx) => {
            await tx.appendAuditLeaf(leaf(base));
            await tx.appendAuditLeaf(leaf(base + 1));
            expect(await tx.auditSize()).toBe(base + 2);
            throw boom;
          })
          .catch((e: unknown) => e);
        expect(thrown).toBe(boom);
        expect(await store.auditSize()).toBe(base);
        expect(await store.getAuditNodes(touched)).toStrictEqual(touched.map(() => undefined));
        // And the same seqs append again, with nodes computed from the leaves that stayed.
        await store.appendAuditLeaf(leaf(base, new Uint8Array([1])));
        await store.appendAuditLeaf(leaf(base + 1, new Uint8Array([2])));
        expect((await store.getAuditNodes(touched)).every((h) => h instanceof Uint8Array)).toBe(true);
      });
    });

    describe('transactions', () => {
      it("commit every write and return fn's value", async () => {
        const ref = reference();
        const base = await store.auditSize();
        const out = await store.transaction(async (tx) => {
          await tx.insertReference(ref);
          // Reads inside the transaction see its own writes.
          expect(await tx.getReference(ref.subjectRef)).toBeDefined();
          await tx.appendAuditLeaf(leaf(base));
          expect(await tx.auditSize()).toBe(base + 1);
          return 'committed';
        });
        expect(out).toBe('committed');
        expectReference(await store.getReference(ref.subjectRef), ref);
        expectLeaf(await store.getAuditLeaf(base), leaf(base));
      });

      it('a throw rolls back everything written: reference, audit leaf, nonce, key, state', async () => {
        const ref = reference();
        const k = key();
        const subjectRef = uid('subject');
        const nonceKey = uid('key');
        const refs = await store.countReferences();
        const size = await store.auditSize();
        const boom = new Error('boom after the writes');
        const thrown = await store
          .transaction(async (tx) => {
            await tx.insertReference(ref);
            await tx.appendAuditLeaf(leaf(size));
            expect(await tx.claimNonce(nonceKey, 'n', Date.now())).toBe(true);
            await tx.putKey(k);
            await tx.putSubjectState({ subjectRef, consecutiveFailures: 1, lockedUntilMs: 0, lockouts: 0 });
            throw boom;
          })
          .catch((e: unknown) => e);
        expect(thrown).toBe(boom);
        expect(await store.getReference(ref.subjectRef)).toBeUndefined();
        expect(await store.countReferences()).toBe(refs);
        expect(await store.auditSize()).toBe(size);
        expect(await store.getAuditLeaf(size)).toBeUndefined();
        expect(await store.getKey(k.keyId)).toBeUndefined();
        expect(await store.getSubjectState(subjectRef)).toBeUndefined();
        expect(await store.claimNonce(nonceKey, 'n', Date.now())).toBe(true);
      });

      it('a failing operation inside rolls back the writes before it', async () => {
        const existing = reference();
        await store.insertReference(existing);
        const fresh = reference();
        const size = await store.auditSize();
        await expectCode(
          store.transaction(async (tx) => {
            await tx.insertReference(fresh);
            await tx.appendAuditLeaf(leaf(size));
            await tx.insertReference(reference({ subjectRef: existing.subjectRef }));
          }),
          'E_ALREADY_ENROLLED',
        );
        expect(await store.getReference(fresh.subjectRef)).toBeUndefined();
        expect(await store.auditSize()).toBe(size);
        expectReference(await store.getReference(existing.subjectRef), existing);
      });

      it('50 concurrent read-size-then-append transactions all succeed, in call order', async () => {
        const base = await store.auditSize();
        const entries = Array.from({ length: 50 }, (_, i) => pseudoRandomBytes(64, 50_000 + i));
        const seqs = await Promise.all(
          entries.map((entry) =>
            store.transaction(async (tx) => {
              const size = await tx.auditSize();
              await sleep(0); // give another transaction every chance to slip in
              await tx.appendAuditLeaf(leaf(size, entry));
              return size;
            }),
          ),
        );
        expect(seqs).toStrictEqual(entries.map((_, i) => base + i));
        expect(await store.auditSize()).toBe(base + 50);
        for (let i = 0; i < 50; i++) expectLeaf(await store.getAuditLeaf(base + i), leaf(base + i, entries[i]));
      });

      it('bodies never interleave, and single operations queue behind them', async () => {
        const events: string[] = [];
        const ref = reference();
        const body = (label: string) => async () => {
          events.push(`${label}:begin`);
          await sleep(15);
          events.push(`${label}:end`);
        };
        const [, , seen] = await Promise.all([
          store.transaction(async (tx) => {
            await body('a')();
            await tx.insertReference(ref);
          }),
          store.transaction(body('b')),
          store.getReference(ref.subjectRef), // issued after a's commit was queued: sees it
        ]);
        expect(events).toStrictEqual(['a:begin', 'a:end', 'b:begin', 'b:end']);
        expect(seen?.subjectRef).toBe(ref.subjectRef);
      });
    });

    describe('blobs', () => {
      const shapes: [string, Uint8Array][] = [
        ['empty', new Uint8Array(0)],
        ['one zero byte', new Uint8Array([0])],
        ['one 0xff byte', new Uint8Array([0xff])],
        ['zeros at both ends', new Uint8Array([0, 0, 1, 2, 0, 0])],
        ['every byte value', Uint8Array.from({ length: 256 }, (_, i) => i)],
        ['200 KB', pseudoRandomBytes(200 * 1024, 200)],
      ];

      it.each(shapes)('reference ciphertext round-trips byte-exact: %s', async (_label, bytes) => {
        const ref = reference({ ciphertext: bytes });
        await store.insertReference(ref);
        expectReference(await store.getReference(ref.subjectRef), ref);
      });

      it('audit entries, leaf hashes and public keys round-trip byte-exact', async () => {
        const seq = await store.auditSize();
        const big: AuditLeaf = { seq, entryBytes: pseudoRandomBytes(200 * 1024, 201), leafHash: new Uint8Array(32) };
        await store.appendAuditLeaf(big);
        expectLeaf(await store.getAuditLeaf(seq), big);
        const k = key({ publicKey: Uint8Array.from({ length: 32 }, (_, i) => (i % 2 ? 0 : 0xff)) });
        await store.putKey(k);
        expectBytes((await store.getKey(k.keyId))?.publicKey, k.publicKey);
      });

      it('a view into a larger buffer stores only its own bytes', async () => {
        const backing = pseudoRandomBytes(64, 64);
        const view = backing.subarray(8, 24);
        const ref = reference({ ciphertext: view });
        await store.insertReference(ref);
        expectBytes((await store.getReference(ref.subjectRef))?.ciphertext, backing.slice(8, 24));
      });
    });

    describe('1:N gallery blocks', () => {
      const block = (presetId: string, blockId: number, slots: GalleryBlockRecord['slots'], seed = blockId): GalleryBlockRecord => ({
        presetId,
        blockId,
        columns: pseudoRandomBytes(300_000, 40_000 + seed),
        slots,
      });

      it('put / get / ids per preset; a put replaces columns and the whole slot table', async () => {
        const preset = uid('preset');
        expect(await store.galleryBlockIds(preset)).toEqual([]);
        expect(await store.getGalleryBlock(preset, 0)).toBeUndefined();
        const b0 = block(preset, 0, [{ slot: 0, subjectRef: 'a', factor: 3 }, { slot: 7, subjectRef: 'b', factor: 32 }]);
        const b1 = block(preset, 1, [{ slot: 4095, subjectRef: 'c', factor: 1 }]);
        await store.putGalleryBlock(b1);
        await store.putGalleryBlock(b0);
        await store.putGalleryBlock(block(uid('other-preset'), 0, [{ slot: 0, subjectRef: 'a', factor: 2 }]));
        expect(await store.galleryBlockIds(preset)).toEqual([0, 1]);
        const got = (await store.getGalleryBlock(preset, 0))!;
        expectBytes(got.columns, b0.columns);
        expect(got.slots).toEqual(b0.slots);
        const b0b = block(preset, 0, [{ slot: 7, subjectRef: 'b', factor: 32 }], 99);
        await store.putGalleryBlock(b0b);
        const again = (await store.getGalleryBlock(preset, 0))!;
        expectBytes(again.columns, b0b.columns);
        expect(again.slots).toEqual(b0b.slots);
        expect((await store.getGalleryBlock(preset, 1))!.slots).toEqual(b1.slots);
      });

      it('authenticated 1:N slots keep their desk enrollment bytes (absent stays absent)', async () => {
        const preset = uid('preset-auth');
        const enrollment = pseudoRandomBytes(250_000, 7);
        const b = block(preset, 0, [{ slot: 3, subjectRef: 'a', factor: 1, enrollment }, { slot: 9, subjectRef: 'b', factor: 2 }]);
        await store.putGalleryBlock(b);
        const got = (await store.getGalleryBlock(preset, 0))!;
        expectBytes(got.slots[0]!.enrollment!, enrollment);
        expect(got.slots[1]!.enrollment).toBeUndefined();
        expect(got.slots.map(({ slot, subjectRef, factor }) => ({ slot, subjectRef, factor }))).toEqual([{ slot: 3, subjectRef: 'a', factor: 1 }, { slot: 9, subjectRef: 'b', factor: 2 }]);
      });

      it('a subject in two slots of a preset is refused and the transaction leaves nothing', async () => {
        const preset = uid('preset');
        await store.putGalleryBlock(block(preset, 0, [{ slot: 1, subjectRef: 'x', factor: 5 }]));
        await expectCode(
          store.transaction(async (tx) => {
            await tx.putGalleryBlock(block(preset, 0, [{ slot: 1, subjectRef: 'x', factor: 5 }, { slot: 2, subjectRef: 'y', factor: 5 }], 7));
            await tx.putGalleryBlock(block(preset, 1, [{ slot: 0, subjectRef: 'x', factor: 4 }]));
          }),
          'E_STORE',
        );
        expect(await store.galleryBlockIds(preset)).toEqual([0]);
        const b = (await store.getGalleryBlock(preset, 0))!;
        expect(b.slots).toEqual([{ slot: 1, subjectRef: 'x', factor: 5 }]);
        expectBytes(b.columns, block(preset, 0, []).columns);
      });
    });

    describe('reopen', () => {
      it('everything written survives close and reopen; a replay is still a replay', async () => {
        const ref = reference();
        const k = key();
        const state: SubjectState = { subjectRef: ref.subjectRef, consecutiveFailures: 3, lockedUntilMs: 0, lockouts: 1 };
        const first = await open();
        const seq = await first.auditSize();
        await first.transaction(async (tx) => {
          await tx.insertReference(ref);
          await tx.appendAuditLeaf(leaf(seq));
        });
        await first.putKey(k);
        await first.putSubjectState(state);
        expect(await first.claimNonce(k.keyId, 'before-restart', Date.now())).toBe(true);
        await first.close();

        const second = await open();
        try {
          expectReference(await second.getReference(ref.subjectRef), ref);
          expect(await second.auditSize()).toBe(seq + 1);
          expectLeaf(await second.getAuditLeaf(seq), leaf(seq));
          expect(await second.getKey(k.keyId)).toBeDefined();
          expect(await second.getSubjectState(ref.subjectRef)).toStrictEqual(state);
          expect(await second.claimNonce(k.keyId, 'before-restart', Date.now())).toBe(false);
          // And it goes on appending where the log left off.
          await second.appendAuditLeaf(leaf(seq + 1));
          expect(await second.auditSize()).toBe(seq + 2);
        } finally {
          await second.close();
        }
      });
    });
  });
}
