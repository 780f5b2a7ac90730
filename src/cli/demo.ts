/**
 * `sealmatch demo`: encrypted 1:1 face verification on real LFW embeddings, every step printed
 * with what each party saw.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { parseFlags } from './args.js';
import { loadLfw } from './lfw.js';
import { localDeployment } from './session.js';

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KiB`;
}

export async function demoCommand(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, { store: { type: 'string', default: ':memory:' } });
  const out = (s: string): void => void process.stdout.write(`${s}\n`);
  const people = loadLfw();
  const [alice, bob] = [people[0]!, people[1]!];
  out('sealmatch demo: encrypted 1:1 face verification (BGV, Microsoft SEAL via node-seal)');
  out(`data: LFW dlib 128-D embeddings, customer "${alice.name}", impostor "${bob.name}"\n`);

  out('1. custodian generates its keys (HE secret key and Ed25519 decision key stay with it)');
  const dep = await localDeployment({ storePath: values.store });
  try {
    const { bundle, matcher, custodian, terminal } = dep;
    out(`   public bundle: HE public key ${kb(bundle.hePublicKey.length)}, decision key 32 B, parameter set ${bundle.presetId}`);
    out(`   matcher evaluation keys: 0 B (1:1 needs none); matcher secret keys: none\n`);

    const bankKey = randomBytes(32);
    const iin = '900101300027';
    const subjectRef = createHmac('sha256', bankKey).update(iin).digest('hex');
    out('2. enrollment desk: the bank turns the IIN into a pseudonymous subject reference');
    out(`   IIN ${iin.slice(0, 4)}******** -> HMAC-SHA256(bank key, IIN) = ${subjectRef.slice(0, 16)}...`);
    const template = terminal.encryptReference(subjectRef, alice.embeddings[0]!);
    await matcher.enroll(subjectRef, template);
    out(`   terminal encrypted the reference: ${kb(template.ciphertext.length)} ciphertext -> matcher stored it (store holds ${await dep.store.countReferences()} reference)\n`);

    const cases: { label: string; embedding: number[]; amount: bigint }[] = [
      { label: `genuine withdrawal (${alice.name}, another photo)`, embedding: alice.embeddings[1]!, amount: 25_000_000n },
      { label: `impostor withdrawal (${bob.name} presents the card)`, embedding: bob.embeddings[0]!, amount: 25_000_000n },
    ];
    let step = 3;
    for (const c of cases) {
      out(`${step++}. ${c.label}: ${c.amount / 100n} KZT at terminal ${terminal.config.terminalId}`);
      const t0 = performance.now();
      const request = terminal.buildVerifyRequest(subjectRef, c.embedding, { amountMinor: c.amount, currency: 'KZT' });
      out(`   terminal -> matcher: encrypted probe ${kb(request.probe.length)} + transaction (nonce ${request.transaction.nonce.slice(0, 8)}...)`);
      const blinded = await matcher.verify(request);
      out(`   matcher computed the encrypted similarity and blinded it: ${kb(blinded.ciphertext.length)} -> custodian`);
      out('   matcher saw: ciphertexts and the subject reference only');
      const decision = custodian.decide(blinded);
      out(`   custodian saw: one blinded value r*(score-T)+r'; it returns a signed decision: ${decision.match ? 'MATCH' : 'NO MATCH'}`);
      const ok = terminal.acceptDecision(decision, request);
      out(`   terminal checked the custodian's signature over its own request hash: ${ok ? 'valid' : 'INVALID'}`);
      out(`   -> withdrawal ${decision.match && ok ? 'ACCEPTED' : 'REFUSED'} (${(performance.now() - t0).toFixed(1)} ms end to end)\n`);
    }
    out('done: no party other than the custodian held a decryption key, and the custodian saw no template or score.');
  } finally {
    await dep.close();
  }
  return 0;
}
