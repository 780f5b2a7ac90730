/**
 * Prometheus metrics (/metrics). Counters and latencies only: no subject, no score, no bytes.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

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
  }
}
