/**
 * @module matcher/rate-limit
 * Request rate limits keyed on what the client cannot choose: the AUTHENTICATED signing key
 * (checked after the signature verifies, so rotating a header or a key id changes nothing),
 * plus one global budget for all keys together. Fixed one-minute windows; in memory (a restart
 * resets the windows, which only ever lets a client start afresh, never exceed a window).
 */
import { SealmatchError } from '../errors.js';

export interface RateLimitConfig {
  /** Requests per minute per signing key (default 600). */
  readonly perKeyPerMinute?: number;
  /** Requests per minute for the whole matcher (default 20,000). */
  readonly globalPerMinute?: number;
}

export class KeyRateLimiter {
  private windowStart = 0;
  private global = 0;
  private readonly perKey = new Map<string, number>();
  private readonly perKeyMax: number;
  private readonly globalMax: number;

  constructor(cfg: RateLimitConfig = {}, private readonly clock: () => number = Date.now) {
    this.perKeyMax = cfg.perKeyPerMinute ?? 600;
    this.globalMax = cfg.globalPerMinute ?? 20_000;
  }

  /** Counts one request of `keyIdHex`; E_RATE_LIMITED over either budget. */
  take(keyIdHex: string): void {
    const now = this.clock();
    if (now - this.windowStart >= 60_000) {
      this.windowStart = now;
      this.global = 0;
      this.perKey.clear();
    }
    const n = (this.perKey.get(keyIdHex) ?? 0) + 1;
    if (n > this.perKeyMax) throw new SealmatchError('E_RATE_LIMITED', 'rate limit of this signing key exceeded', { retryAfterMs: this.windowStart + 60_000 - now });
    if (this.global + 1 > this.globalMax) throw new SealmatchError('E_RATE_LIMITED', 'matcher-wide rate limit exceeded', { retryAfterMs: this.windowStart + 60_000 - now });
    this.perKey.set(keyIdHex, n);
    this.global++;
  }
}
