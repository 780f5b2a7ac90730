/**
 * `sealmatch demo [--store PATH]`: the withdrawal flow as a bank runs it. The custodian and the
 * matcher start as two HTTP services on loopback (the matcher with the embedded SQLite store and
 * no HE secret key), a terminal enrolls customers and makes withdrawals over HTTP: genuine,
 * impostor, below and above the step-up amount, a replayed request and a policy refusal. Then
 * the audit log is exported and verified offline. Last, enrollment de-duplication: a 1:N gallery
 * (its own parameter set and services) where an enrollment desk searches a new applicant's face
 * against every enrolled customer before opening an account under a new name.
 */
import { DEFAULT_POLICY } from '../policy/kazakhstan.js';
import { randomBytes } from '../csprng.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { verifyExportedLog } from '../audit/verify.js';
import { isSealmatchError } from '../errors.js';
import { AUTH_FACE_1TON_PRESET_IDS, DEFAULT_FACE_PRESET_ID } from '../params/presets.js';
import { DeskClient } from '../identify/desk/desk-client.js';
import { loadCustodianFile, loadDeskFleetSecret, loadMatcherFile, loadPublicBundle, writeDeploymentKeys } from '../server/config.js';
import { registerKey, startCustodian, startMatcher } from '../server/deployment.js';
import { forgeZeroResult } from './demo-attack.js';
import { openStore } from '../store/open.js';
import { TerminalClient, officerApprover } from '../verify/terminal/terminal-client.js';
import { iinCheckDigit, subjectReference, type SubjectRef } from '../subjects/subject-reference.js';
import { Terminal } from '../verify/terminal/terminal.js';
import { parseCommandLine } from './args.js';
import { loadLfw } from './lfw.js';
import { progressBar } from './progress.js';

const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
const kzt = (minor: bigint): string => `${(minor / 100n).toLocaleString('en-US')} KZT`;

export async function demoCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandLine('demo', argv);
  const out = (s = ''): void => void process.stdout.write(`${s}\n`);
  const people = loadLfw();
  const [alice, bob] = [people[0]!, people[1]!];
  // Opened before any service starts: a bad --store fails the demo before there is anything to stop.
  const store = await openStore(values.store);
  const dir = mkdtempSync(join(tmpdir(), 'sealmatch-demo-'));
  out('sealmatch demo: encrypted face verification in a withdrawal flow (BGV / Microsoft SEAL via node-seal)');
  out(`data: LFW dlib 128-D embeddings; customer "${alice.name}", second customer "${bob.name}"\n`);

  out('1. keys: the custodian generates the HE key pair, its Ed25519 decision key and an X25519 key for sealed MAC seeds');
  const bundle = await writeDeploymentKeys(dir, DEFAULT_FACE_PRESET_ID, 'http://127.0.0.1:0');
  out(`   public bundle: HE public key ${kib(bundle.hePublicKey.length)}, decision key 32 B, parameter set ${bundle.presetId}`);
  const custodian = await startCustodian({ secrets: loadCustodianFile(dir), logLevel: 'warn' });
  const secrets = { ...loadMatcherFile(dir), custodianUrl: custodian.url };
  const matcher = await startMatcher({ bundle: loadPublicBundle(dir), secrets, store, logLevel: 'warn' });
  out(`   custodian service on ${custodian.url} (holds the secret key; no template store; decides only results whose MAC tags verify)`);
  out(`   matcher service on ${matcher.url} (store: ${store.kind}; keys loaded: public bundle only, 0 B of evaluation keys)\n`);

  try {
    out('2. bank operations register an enrollment desk, its officer and an ATM (Ed25519 keys with roles)');
    const deskKey = ed25519.utils.randomSecretKey();
    const officerKey = ed25519.utils.randomSecretKey();
    const atmKey = ed25519.utils.randomSecretKey();
    // The custodian trusts no key the matcher vouches for: its own operators register them too.
    const custodianAdmin = loadCustodianFile(dir).adminToken!;
    for (const [url, token] of [[matcher.url, secrets.adminToken], [custodian.url, custodianAdmin]] as const) {
      await registerKey(url, token, ed25519.getPublicKey(deskKey), 'desk-almaty-01', 'desk', 'bank-a');
      await registerKey(url, token, ed25519.getPublicKey(officerKey), 'officer-almaty-07', 'officer', 'bank-a');
      await registerKey(url, token, ed25519.getPublicKey(atmKey), 'atm-almaty-0042', 'terminal', 'bank-a');
    }
    out('   desk (enrolls, replaces, deletes with an officer\'s approval), officer (approves), ATM (verifies only)');
    out('   (in the matcher\'s registry and, separately, in the custodian\'s own: it verifies every request itself)');
    const approve = officerApprover(officerKey);
    const desk = new TerminalClient({ matcherUrl: matcher.url, terminal: await Terminal.create({ ...bundle, terminalId: 'desk-almaty-01' }), deviceKey: deskKey });
    const atm = new TerminalClient({ matcherUrl: matcher.url, terminal: await Terminal.create({ ...bundle, terminalId: 'atm-almaty-0042' }), deviceKey: atmKey });

    const bankKey = randomBytes(32);
    const aliceRef = subjectReference(bankKey, '900101300027');
    const bobRef = subjectReference(bankKey, '850615400125');
    out('\n3. enrollment desk: IIN -> HMAC-SHA256(bank key, IIN); the IIN never reaches the matcher');
    for (const [name, ref, emb] of [[alice.name, aliceRef, alice.embeddings[0]!], [bob.name, bobRef, bob.embeddings[0]!]] as const) {
      const seq = await desk.enroll(ref, emb, { approve });
      out(`   ${name}: subject ${ref.slice(0, 12)}..., encrypted reference ${kib(92_198)} stored (audit #${seq})`);
    }

    const step = 4;
    const withdraw = async (label: string, ref: SubjectRef, emb: number[], amount: bigint): Promise<void> => {
      const auth = await atm.authorize(ref, { amountMinor: amount, currency: 'KZT' });
      if (!auth.biometricRequired) {
        out(`   ${label}: ${kzt(amount)} -> policy: no biometric step-up needed below the threshold`);
        return;
      }
      const t0 = performance.now();
      const d = await atm.verify(ref, emb, { amountMinor: amount, currency: 'KZT' });
      out(`   ${label}: ${kzt(amount)} -> step-up; probe ${kib(92_198)} sent; custodian decided ${d.match ? 'MATCH' : 'NO MATCH'}; signature and request binding checked -> ${d.match ? 'ACCEPTED' : 'REFUSED'} (${(performance.now() - t0).toFixed(0)} ms)`);
    };
    out(`\n${step}. withdrawals at ATM atm-almaty-0042 (step-up above ${kzt(DEFAULT_POLICY.stepUpAboveMinor)})`);
    await withdraw(`${alice.name}, small withdrawal`, aliceRef, alice.embeddings[1]!, 20_000_00n);
    await withdraw(`${alice.name}, genuine`, aliceRef, alice.embeddings[1]!, 250_000_00n);
    await withdraw(`impostor (${bob.name} with ${alice.name}'s card)`, aliceRef, bob.embeddings[1]!, 250_000_00n);

    out('\n5. attacks and policy');
    const prepared = atm.prepareVerify(aliceRef, alice.embeddings[2]!, { amountMinor: 150_000_00n, currency: 'KZT' });
    await atm.sendVerify(prepared);
    try {
      await atm.sendVerify(prepared);
      out('   replayed request: ACCEPTED (unexpected!)');
    } catch (e) {
      if (!isSealmatchError(e)) throw e;
      out(`   replayed request (same signed bytes again): refused with ${e.code}`);
    }
    try {
      await atm.verify(bobRef, bob.embeddings[2]!, { amountMinor: 600_000_00n, currency: 'KZT', kind: 'top-up' });
    } catch (e) {
      if (!isSealmatchError(e)) throw e;
      out(`   card top-up of 600,000 KZT without the sender's IIN: refused with ${e.code} (${String(e.details?.reason ?? '')})`);
    }
    const topUp = await atm.verify(bobRef, bob.embeddings[2]!, { amountMinor: 600_000_00n, currency: 'KZT', kind: 'top-up', senderRef: bobRef });
    out(`   the same top-up with the sender's verified IIN: ${topUp.match ? 'MATCH -> ACCEPTED' : 'NO MATCH -> REFUSED'}`);
    try {
      await atm.delete(aliceRef, approve);
      out('   ATM deleting a customer: ACCEPTED (unexpected!)');
    } catch (e) {
      if (!isSealmatchError(e)) throw e;
      out(`   a (stolen) ATM key deleting ${alice.name}'s reference, even with an approval: refused with ${e.code} (ATMs verify only)`);
    }
    const stolen = atm.prepareVerify(aliceRef, bob.embeddings[3]!, { amountMinor: 250_000_00n, currency: 'KZT' });
    const forged = await forgeZeroResult(bundle.presetId, custodian.url, secrets.custodianToken, stolen.signed);
    out(`   breached matcher sends the custodian an all-zero "result" for an impostor's real request: ${forged === 'SIGNED' ? 'SIGNED (unexpected!)' : `refused with ${forged}, alarm raised`}`);

    out('\n6. audit log (RFC 6962 Merkle tree; no biometric data, no scores; export behind the auditor token)');
    const exported = (await (await fetch(new URL('/v1/audit/export', matcher.url), { headers: { authorization: `Bearer ${secrets.auditorToken}` } })).json()) as Record<string, unknown>;
    const { publicKey } = (await (await fetch(new URL('/v1/audit/public-key', matcher.url))).json()) as { publicKey: string };
    const head = exported.treeHead as { treeSize: number; rootHash: string };
    out(`   ${head.treeSize} entries, root ${head.rootHash}`);
    const report = verifyExportedLog(exported, new Uint8Array(Buffer.from(publicKey, 'hex')));
    out(`   offline verification of the exported log (as \`sealmatch audit-verify\`): ${report.ok ? 'OK' : `FAILED ${JSON.stringify(report.problems)}`}`);
    const dedupOk = await dedupStep(out, people, bankKey);
    out('\ndone: the matcher held ciphertexts only, the custodian saw blinded values only, every decision was signed and bound to its request.');
    return report.ok && dedupOk ? 0 : 1;
  } finally {
    await matcher.close();
    await custodian.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Step 7: 1:N enrollment de-duplication (docs/IDENTIFY.md) on its own services and store: an
 * officer-authorized desk enrolls customers into the encrypted gallery, then searches applicants:
 * a known face under a new name is caught, a new face is not.
 */
async function dedupStep(out: (s?: string) => void, people: ReturnType<typeof loadLfw>, bankKey: Uint8Array): Promise<boolean> {
  const presetId = AUTH_FACE_1TON_PRESET_IDS[128];
  const dir = mkdtempSync(join(tmpdir(), 'sealmatch-demo-1toN-'));
  // every LFW person but the last is a customer; the last one is a genuinely new applicant
  const customers = people.slice(0, -1).filter((p) => p.embeddings.length >= 2);
  const newcomer = people[people.length - 1]!;
  out(`\n7. enrollment de-duplication (1:N, ${presetId}): one encrypted gallery of every customer`);
  const bundle = await writeDeploymentKeys(dir, presetId, 'http://127.0.0.1:0');
  out(`   keys: the custodian also issues ${(bundle.galoisKeys!.length / 2 ** 20).toFixed(2)} MiB of Galois keys (probe expansion only; the matcher still cannot decrypt)`);
  // Authenticated 1:N (docs/THREAT-MODEL.md): the custodian decrypts only desk-signed enrollments
  // and searches whose per-slot MACs verify; no trust in the matcher is declared.
  const custodian = await startCustodian({ secrets: loadCustodianFile(dir), logLevel: 'warn' });
  const store = await openStore('sqlite::memory:');
  const secrets = { ...loadMatcherFile(dir), custodianUrl: custodian.url };
  const matcher = await startMatcher({ bundle: loadPublicBundle(dir), secrets, store, logLevel: 'warn', identify: { workers: 1 } });
  const officer = ed25519.utils.randomSecretKey();
  await registerKey(matcher.url, secrets.adminToken, ed25519.getPublicKey(officer), 'officer-almaty-07', 'officer');
  await registerKey(custodian.url, loadCustodianFile(dir).adminToken!, ed25519.getPublicKey(officer), 'officer-almaty-07', 'officer');
  out('   (authenticated 1:N: the custodian refreshes only desk-signed enrollments and decides a slot only if its MAC verifies: a breached matcher cannot forge a match or read the key)');
  const desk = await DeskClient.create({
    matcherUrl: matcher.url, presetId, hePublicKey: bundle.hePublicKey, decisionPublicKey: bundle.decisionPublicKey, officerKey: officer,
    sealPublicKey: bundle.sealPublicKey!, fleetSecret: loadDeskFleetSecret(dir),
  });
  try {
    const refOf = new Map<string, string>();
    const t0 = performance.now();
    // About 2 s a customer with no output: the one step of the demo long enough for a bar (stderr, terminals only).
    const progress = progressBar('   enrolling');
    progress.start(customers.length, 'customers');
    try {
      for (const [i, c] of customers.entries()) {
        const ref = subjectReference(bankKey, demoIin(i));
        refOf.set(ref, c.name);
        await desk.enroll(ref, c.embeddings[0]!, `kyc-${i}`);
        progress.increment();
      }
    } finally {
      progress.stop();
    }
    out(`   ${customers.length} customers enrolled by officer-almaty-07 (${((performance.now() - t0) / customers.length).toFixed(0)} ms each: encrypt, custodian refresh of the block, persist)`);
    const known = customers[3]!;
    const search = async (label: string, embedding: number[], caseId: string): Promise<string[]> => {
      const t1 = performance.now();
      const hits = await desk.identify(embedding, caseId);
      const names = hits.map((r) => refOf.get(r) ?? r.slice(0, 12));
      out(`   ${label}: searched ${customers.length} encrypted templates in ${(performance.now() - t1).toFixed(0)} ms -> ${hits.length === 0 ? 'no duplicate: account may be opened' : `DUPLICATE of ${names.join(', ')}: refused, case sent to compliance`}`);
      return names;
    };
    const caught = await search(`applicant "New Name" with ${known.name}'s face (another photo)`, known.embeddings[1]!, 'kyc-applicant-1');
    const clean = await search(`applicant ${newcomer.name} (never enrolled)`, newcomer.embeddings[0]!, 'kyc-applicant-2');
    out('   the matcher learned which subject references matched (signed by the custodian); no scores, no faces');
    return caught.includes(known.name) && clean.length === 0;
  } finally {
    desk.close();
    await matcher.close();
    await custodian.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A valid (synthetic) IIN for demo customer i: born 1980-01-(i+1), serial i, with its check digit. */
function demoIin(i: number): string {
  for (let serial = i; ; serial += 100) {
    const first11 = `8001${String((i % 28) + 1).padStart(2, '0')}3${String(serial).padStart(4, '0')}`;
    const c = iinCheckDigit(first11);
    if (c >= 0) return `${first11}${c}`;
  }
}
