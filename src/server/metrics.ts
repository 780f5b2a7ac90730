/**
 * Prometheus metrics (/metrics). Counters, gauges and latencies only: no subject, no score, no
 * bytes. Every service: requests by route and outcome, latency by route, SEAL's WebAssembly heap,
 * Node's defaults. The matcher adds decisions by outcome and verify latency by stage
 * (`verifyObserver`), and the gallery size on 1:N presets; the custodian adds decryptions, alarms
 * and refusals (custodian-app.ts).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { wasmHeapBytes } from '../he/index.js';
import type { VerifyObserver } from '../matcher/service.js';

export class ServerMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({ name: 'sealmatch_requests_total', help: 'Requests by route and outcome', labelNames: ['route', 'outcome'], registers: [this.registry] });
  readonly latency = new Histogram({
    name: 'sealmatch_request_seconds',
    help: 'Request latency by route',
    labelNames: ['route'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  constructor(role: string) {
    this.registry.setDefaultLabels({ role });
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'sealmatch_wasm_heap_bytes',
      help: "Size of SEAL's WebAssembly linear memory in this process (it never shrinks; growth under steady load is a leak)",
      registers: [this.registry],
      collect() {
        this.set(wasmHeapBytes());
      },
    });
  }

  /** Matcher: decisions by outcome and verify latency by stage, fed by MatcherService. */
  verifyObserver(): VerifyObserver {
    const decisions = new Counter({ name: 'sealmatch_decisions_total', help: 'Verifications by outcome (match, no-match, refused by policy, failed) and error code', labelNames: ['outcome', 'code'], registers: [this.registry] });
    const stages = new Histogram({
      name: 'sealmatch_verify_stage_seconds',
      help: 'Verify latency by stage: authenticate, load, reserve, compute, custodian, commit',
      labelNames: ['stage'],
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 2.5],
      registers: [this.registry],
    });
    return {
      stage: (stage, seconds) => stages.observe({ stage }, seconds),
      outcome: (outcome, code) => decisions.inc({ outcome, code: code ?? '' }),
    };
  }

  /** Matcher on 1:N presets: templates in the gallery. */
  gallerySize(size: () => number): void {
    new Gauge({
      name: 'sealmatch_gallery_templates',
      help: 'Templates in the 1:N gallery',
      registers: [this.registry],
      collect() {
        this.set(size());
      },
    });
  }
}
