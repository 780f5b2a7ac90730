/**
 * The teller / enrollment-desk page served under /teller/ by the matcher (src/server/teller-mount.ts).
 * It runs the terminal code of src/browser/ (loaded as ./sealmatch-terminal.js): a desk key enrolls
 * with an officer's approval, a teller key verifies withdrawals; every template is quantized and
 * encrypted here, and the page talks to its own origin only (the mount's Content-Security-Policy).
 *
 * Security note (demo choice): the three device keys are generated in the page (WebCrypto
 * Ed25519, non-extractable, where the browser has it) or loaded from a file into page memory, and
 * so is the bank's subject-reference key. A real deployment keeps device keys in the
 * device's key store and lets the officer approve on their own device (web/teller/README.md).
 */
import {
  Terminal,
  TerminalClient,
  bytesToHex,
  deviceKeyId,
  fetchPublicBundle,
  generateBrowserDeviceKey,
  hexToBytes,
  isSealmatchError,
  nobleDeviceSigner,
  officerApprover,
  randomBytes,
  sha256,
  subjectReference,
  asSubjectRef,
  type SubjectRef,
  type DeviceKeyStore,
  type DeviceSigner,
  type TerminalBundle,
} from '../../src/browser/index.js';

interface Keys {
  readonly desk: DeviceSigner;
  readonly officer: DeviceSigner;
  readonly teller: DeviceSigner;
  /** Where the three device keys live. */
  readonly store: DeviceKeyStore;
  /** The bank's HMAC key for subject references (IIN -> HMAC-SHA256). */
  readonly bankKey: Uint8Array;
}

/** Three fresh device keys (WebCrypto non-extractable where available) and a bank key. */
async function generateKeys(): Promise<Keys> {
  const [desk, officer, teller] = [await generateBrowserDeviceKey(), await generateBrowserDeviceKey(), await generateBrowserDeviceKey()];
  const store = [desk, officer, teller].every((k) => k.store === 'webcrypto') ? 'webcrypto' : 'noble';
  return { desk: desk.signer, officer: officer.signer, teller: teller.signer, store, bankKey: randomBytes(32) };
}

/** Terminal ids the page signs transactions with (the bank registers the keys under these owners). */
const DESK_ID = 'teller-web-desk';
const TELLER_ID = 'teller-web-01';

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
};

function log(line: string): void {
  const li = document.createElement('li');
  li.textContent = `${new Date().toISOString().slice(11, 23)} ${line}`;
  $('log').prepend(li);
}

function describe(e: unknown): string {
  if (isSealmatchError(e)) return e.message.startsWith(e.code) ? e.message : `${e.code}: ${e.message}`;
  return e instanceof Error ? e.message : String(e);
}

/** Reads a JSON embedding file: an array of numbers, or {"embedding": [...]}. Never leaves the page. */
async function readEmbedding(input: HTMLInputElement): Promise<number[]> {
  const file = input.files?.[0];
  if (!file) throw new Error('choose an embedding file');
  const parsed: unknown = JSON.parse(await file.text());
  const values = Array.isArray(parsed) ? parsed : (parsed as { embedding?: unknown }).embedding;
  if (!Array.isArray(values) || !values.every((v) => typeof v === 'number')) throw new Error('embedding file must hold a JSON array of numbers');
  return values as number[];
}

function parseKeys(json: string): Keys {
  const o = JSON.parse(json) as Record<string, unknown>;
  const key = (name: string, len: number): Uint8Array => {
    const v = o[name];
    if (typeof v !== 'string') throw new Error(`key file: ${name} missing`);
    const b = hexToBytes(v);
    if (b.length !== len) throw new Error(`key file: ${name} must be ${len} bytes`);
    return b;
  };
  // Keys from a file are bytes: they sign in page memory (@noble/curves).
  return { desk: nobleDeviceSigner(key('desk', 32)), officer: nobleDeviceSigner(key('officer', 32)), teller: nobleDeviceSigner(key('teller', 32)), store: 'noble', bankKey: key('bankKey', 32) };
}

class TellerPage {
  private keys: Keys | undefined;
  private desk: TerminalClient<DeviceSigner> | undefined;
  private teller: TerminalClient<DeviceSigner> | undefined;

  constructor(
    private readonly bundle: TerminalBundle,
    private readonly deskTerminal: Terminal,
    private readonly tellerTerminal: Terminal,
  ) {}

  useKeys(keys: Keys): void {
    this.keys = keys;
    const matcherUrl = location.origin;
    this.desk = new TerminalClient({ matcherUrl, terminal: this.deskTerminal, deviceKey: keys.desk });
    this.teller = new TerminalClient({ matcherUrl, terminal: this.tellerTerminal, deviceKey: keys.teller });
    for (const [role, key] of [['desk', keys.desk], ['officer', keys.officer], ['teller', keys.teller]] as const) {
      const el = $(`${role}-public`);
      el.textContent = bytesToHex(key.publicKey);
      el.dataset.keyId = deviceKeyId(key);
    }
    const store = $('key-store');
    store.textContent = keys.store === 'webcrypto' ? 'WebCrypto Ed25519, non-extractable (the page can sign, not read them)' : '@noble/curves, secret bytes in page memory';
    store.dataset.store = keys.store;
    $<HTMLButtonElement>('enroll-button').disabled = false;
    $<HTMLButtonElement>('verify-button').disabled = false;
    log(`keys in use: desk ${deviceKeyId(keys.desk).slice(0, 12)}..., officer ${deviceKeyId(keys.officer).slice(0, 12)}..., teller ${deviceKeyId(keys.teller).slice(0, 12)}...`);
  }

  private subject(iinInput: string): SubjectRef {
    if (!this.keys) throw new Error('generate or load keys first');
    return subjectReference(this.keys.bankKey, $<HTMLInputElement>(iinInput).value.trim());
  }

  async enroll(): Promise<void> {
    const out = $('enroll-result');
    out.textContent = 'encrypting...';
    out.className = '';
    try {
      const ref = this.subject('enroll-iin');
      const embedding = await readEmbedding($<HTMLInputElement>('enroll-embedding'));
      const t0 = performance.now();
      // The officer's approval covers this exact ciphertext, subject and desk nonce (two-person rule).
      const seq = await this.desk!.enroll(ref, embedding, { approve: officerApprover(this.keys!.officer) });
      out.textContent = `enrolled: subject ${ref.slice(0, 12)}..., audit #${seq}`;
      out.dataset.auditSeq = String(seq);
      out.dataset.subjectRef = ref;
      log(`enroll ${ref.slice(0, 12)}...: accepted (audit #${seq}, ${(performance.now() - t0).toFixed(0)} ms)`);
    } catch (e) {
      out.textContent = `refused: ${describe(e)}`;
      out.className = 'error';
      log(`enroll: ${describe(e)}`);
    }
  }

  async verify(): Promise<void> {
    const out = $('decision');
    const detail = $('verify-detail');
    out.textContent = 'encrypting...';
    delete out.dataset.match;
    delete out.dataset.requestHash;
    detail.textContent = '';
    try {
      const ref = this.subject('verify-iin');
      const embedding = await readEmbedding($<HTMLInputElement>('verify-embedding'));
      const amountMinor = BigInt(Math.round(Number($<HTMLInputElement>('verify-amount').value) * 100));
      const tx = { amountMinor, currency: 'KZT' };
      const t0 = performance.now();
      const prepared = await this.teller!.prepareVerifySigned(ref, embedding, tx);
      const t1 = performance.now();
      // sendVerify throws unless the decision is the custodian's signature over this very request.
      const decision = await this.teller!.sendVerify(prepared);
      const t2 = performance.now();
      out.textContent = decision.match ? 'MATCH' : 'NO MATCH';
      out.dataset.match = String(decision.match);
      out.dataset.requestHash = bytesToHex(decision.requestHash);
      detail.textContent = `custodian-signed decision for request ${bytesToHex(decision.requestHash).slice(0, 16)}... (signature and binding checked); encrypt + sign ${(t1 - t0).toFixed(0)} ms, round trip ${(t2 - t1).toFixed(0)} ms`;
      log(`verify ${ref.slice(0, 12)}...: ${out.textContent}`);
    } catch (e) {
      out.textContent = `refused: ${describe(e)}`;
      out.dataset.match = 'error';
      log(`verify: ${describe(e)}`);
    }
  }

  /**
   * In-page encrypt timing for bench/browser.ts: `n` verify requests built (quantize, MAC blocks,
   * BGV encryption of the probe, HPKE-sealed seed), each timed with performance.now. Nothing is sent.
   */
  benchEncrypt(embedding: number[], n: number): { samplesMs: number[]; probeBytes: number; presetId: string } {
    const ref = asSubjectRef(bytesToHex(sha256(randomBytes(32))));
    const samplesMs: number[] = [];
    let probeBytes = 0;
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const r = this.tellerTerminal.buildVerifyRequest(ref, embedding, { amountMinor: 0n, currency: 'KZT' });
      samplesMs.push(performance.now() - t0);
      probeBytes = r.probe.length;
    }
    return { samplesMs, probeBytes, presetId: this.bundle.presetId };
  }
}

declare global {
  interface Window {
    /** For the end-to-end test and bench/browser.ts. */
    sealmatchTeller?: TellerPage;
  }
}

async function start(): Promise<void> {
  const status = $('status');
  try {
    const bundle = await fetchPublicBundle(location.origin);
    const t0 = performance.now();
    const [deskTerminal, tellerTerminal] = [await Terminal.create({ ...bundle, terminalId: DESK_ID }), await Terminal.create({ ...bundle, terminalId: TELLER_ID })];
    const page = new TellerPage(bundle, deskTerminal, tellerTerminal);
    $('generate-keys').addEventListener('click', () => {
      generateKeys().then((k) => page.useKeys(k), (e: unknown) => log(`keys: ${describe(e)}`));
    });
    $<HTMLInputElement>('keys-file').addEventListener('change', (ev) => {
      const file = (ev.target as HTMLInputElement).files?.[0];
      if (!file) return;
      file.text().then((t) => page.useKeys(parseKeys(t)), (e: unknown) => log(`key file: ${describe(e)}`));
    });
    $('enroll-button').addEventListener('click', () => void page.enroll());
    $('verify-button').addEventListener('click', () => void page.verify());
    window.sealmatchTeller = page;
    status.textContent = `ready: parameter set ${bundle.presetId}, SEAL loaded in ${(performance.now() - t0).toFixed(0)} ms`;
    status.dataset.state = 'ready';
  } catch (e) {
    status.textContent = `failed to start: ${describe(e)}`;
    status.dataset.state = 'error';
  }
}

void start();
