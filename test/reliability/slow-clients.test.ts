/**
 * Scenario 9: slow clients. 50 connections to the matcher (and 10 to the custodian) announce a
 * body and send it one byte per second. The servers must close them (a request timeout; the
 * services take no option to shorten it, so the test watches for 20 s), and a normal verify
 * running meanwhile keeps its latency (p99 printed beside the baseline).
 */
import { connect, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { officerApprover } from '../../src/verify/terminal/terminal-client.js';
import { lfw } from '../helpers.js';
import { Deployment, figure, percentile, round, sleep, subject, timed, reliabilitySuite } from './harness.js';

const people = lfw();
const tx = { amountMinor: 250_000_00n, currency: 'KZT' };
const WATCH_MS = 20_000;

interface Slow {
  readonly socket: Socket;
  closedAfterMs?: number;
  response?: string;
}

function slowClient(port: number, path: string, opened: number, extraHeaders = ''): Slow {
  const socket = connect({ port, host: '127.0.0.1' });
  const s: Slow = { socket };
  socket.setNoDelay(true);
  socket.on('connect', () => {
    socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x-protobuf\r\nContent-Length: 100000\r\n${extraHeaders}\r\n`);
    const tick = setInterval(() => {
      if (socket.destroyed) return clearInterval(tick);
      socket.write(Buffer.from([0x0a]));
    }, 1000);
    socket.once('close', () => clearInterval(tick));
  });
  socket.on('data', (b) => (s.response ??= b.toString('latin1').split('\r\n')[0]));
  socket.on('error', () => undefined);
  socket.once('close', () => (s.closedAfterMs = Date.now() - opened));
  return s;
}

describe.runIf(reliabilitySuite)('9. slow clients (a body at 1 byte per second)', () => {
  let d: Deployment | undefined;
  let slow: Slow[] = [];
  afterAll(async () => {
    for (const s of slow) s.socket.destroy();
    await d?.destroy();
  });

  it('the servers close them, a concurrent verify keeps its latency', async () => {
    d = await Deployment.create('slow-clients', { terminals: 1, desks: 1 });
    const dep = d;
    const approve = officerApprover(dep.officerKey);
    for (let i = 0; i < 2; i++) await dep.desks[0]!.enroll(subject(9000 + i), people[i]!.embeddings[0]!, { approve });
    const atm = dep.atms[0]!;
    const verify = (n: number) => timed(() => atm.verify(subject(9000 + (n % 2)), people[n % 2]!.embeddings[1 + (n % 8)]!, tx));
    const baseline: number[] = [];
    for (let n = 0; n < 20; n++) baseline.push((await verify(n)).outcome.ms);

    const opened = Date.now();
    slow = [
      ...Array.from({ length: 50 }, () => slowClient(dep.matcherPort, '/v1/verify', opened)),
      ...Array.from({ length: 10 }, () => slowClient(dep.custodianPort, '/v1/decide', opened, `Authorization: Bearer ${dep.secrets.matcherToken}\r\n`)),
    ];
    const during: number[] = [];
    let failed = 0;
    for (let n = 0; Date.now() - opened < WATCH_MS; n++) {
      const r = await verify(n);
      if (r.outcome.ok) during.push(r.outcome.ms);
      else failed++;
      if (slow.every((s) => s.closedAfterMs !== undefined)) break;
      await sleep(250);
    }
    const m = slow.slice(0, 50);
    const c = slow.slice(50);
    const closed = (xs: Slow[]) => xs.filter((s) => s.closedAfterMs !== undefined);
    const summary = (xs: Slow[]) => ({
      open: xs.length,
      closedByServer: closed(xs).length,
      closedAfterMaxMs: closed(xs).length ? Math.max(...closed(xs).map((s) => s.closedAfterMs!)) : null,
      responses: [...new Set(xs.map((s) => s.response).filter(Boolean))],
    });
    figure('9-slow-clients', {
      watchedMs: Date.now() - opened,
      matcher: summary(m),
      custodian: summary(c),
      verifyBaselineP99Ms: round(percentile(baseline, 99)),
      verifyDuringP50Ms: round(percentile(during, 50)),
      verifyDuringP99Ms: round(percentile(during, 99)),
      verifiesDuring: during.length,
      verifiesFailedDuring: failed,
    });
    expect(failed).toBe(0);
    expect(percentile(during, 99)).toBeLessThan(3 * percentile(baseline, 99) + 100);
    // Bug (see report): no request timeout, so nothing closes these connections.
    expect.soft(closed(m).length, 'slow connections to the matcher closed by the server within 20 s').toBe(50);
    expect.soft(closed(c).length, 'slow connections to the custodian closed by the server within 20 s').toBe(10);
  });
});
