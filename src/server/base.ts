/**
 * A fastify instance with what every sealmatch role shares: parsers, typed errors, body limit,
 * pino logging that never prints bodies, /healthz, /metrics, timing.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { ServerMetrics } from './metrics.js';
import { registerErrorHandler, registerParsers } from './protocol.js';
import type { HttpsServerOptions } from './tls.js';

export interface BaseOptions {
  readonly role: string;
  readonly bodyLimit: number;
  /**
   * Dependency checks for /healthz: name -> 'ok' or what is wrong. Any non-'ok' answers 503 with
   * the list, so an operator (or a load balancer) sees which dependency is down.
   */
  readonly health?: () => Promise<Record<string, string>>;
  readonly logLevel?: string;
  /** Where pino writes (default stdout); tests capture it to check nothing sensitive is logged. */
  readonly logStream?: NodeJS.WritableStream;
  /** Serve HTTPS (src/server/tls.ts builds these from PEM files); plain HTTP when absent. */
  readonly https?: HttpsServerOptions;
}

const REQUEST_TIMEOUT_MS = Number(process.env.SEALMATCH_REQUEST_TIMEOUT_MS) > 0 ? Number(process.env.SEALMATCH_REQUEST_TIMEOUT_MS) : 15_000;

export function baseServer(opts: BaseOptions): { app: FastifyInstance; metrics: ServerMetrics } {
  // An https server has the same routing surface; fastify only types it apart (https.Server).
  // Slow clients: the whole request (headers and body) must arrive within 15 s
  // (SEALMATCH_REQUEST_TIMEOUT_MS), checked every second (Node's default check runs every 30 s),
  // and an idle connection is closed after twice that, so slow-body connections cannot pile up.
  // Keep-alive: a client that follows the advertised `Keep-Alive: timeout=10` (undici drops the
  // socket about a second before) must never reuse a socket the server is closing, or its next
  // request dies with ECONNRESET. The server advertises 10 s but closes only after 10 s more
  // (Node's keepAliveTimeoutBuffer), a margin that survives a busy event loop; both stay below the
  // 30 s idle-socket timeout.
  const serverOptions = {
    requestTimeout: REQUEST_TIMEOUT_MS,
    headersTimeout: REQUEST_TIMEOUT_MS,
    connectionsCheckingInterval: 1_000,
    keepAliveTimeout: 10_000,
    keepAliveTimeoutBuffer: 10_000,
  };
  const app = Fastify({
    // (kept beside serverFactory so fastify reports https:// addresses)
    ...(opts.https ? { https: { ...opts.https } } : {}),
    serverFactory: (handler) => {
      const server = opts.https ? createHttpsServer({ ...opts.https, ...serverOptions }, handler) : createHttpServer(serverOptions, handler);
      server.setTimeout(2 * REQUEST_TIMEOUT_MS);
      return server;
    },
    bodyLimit: opts.bodyLimit,
    // On close, idle keep-alive sockets are closed at once (fastify's default, which a
    // serverFactory turns off); in-flight requests finish and their responses say
    // `Connection: close` (onSend hook below), so a drain never waits out a keep-alive timeout.
    forceCloseConnections: 'idle',
    logger: {
      level: opts.logLevel ?? process.env.SEALMATCH_LOG_LEVEL ?? 'info',
      ...(opts.logStream ? { stream: opts.logStream } : {}),
      // Request/response serializers log method, url, status and timing only: bodies (which
      // hold ciphertexts) and authorization headers never reach the log.
      serializers: {
        req: (req: { method?: string; url?: string; id?: string }) => ({ method: req.method, url: req.url, id: req.id }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    },
  }) as unknown as FastifyInstance;
  const metrics = new ServerMetrics(opts.role);
  registerParsers(app);
  registerErrorHandler(app);
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unknown';
    metrics.requests.inc({ route, outcome: reply.statusCode < 400 ? 'ok' : String(reply.statusCode) });
    metrics.latency.observe({ route }, reply.elapsedTime / 1000);
  });
  app.get('/healthz', async (_req, reply) => {
    const dependencies = opts.health ? await opts.health() : {};
    const down = Object.entries(dependencies).filter(([, v]) => v !== 'ok');
    return reply.code(down.length ? 503 : 200).send({ status: down.length ? 'degraded' : 'ok', role: opts.role, dependencies });
  });
  app.get('/metrics', async (_req, reply) => reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()));
  return { app, metrics };
}

/**
 * Constant-time comparison of a bearer token. The scheme is required (RFC 6750 section 2.1:
 * `Bearer <token>`, scheme case-insensitive): a bare token is refused.
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const h = String(header ?? '');
  if (!/^bearer /i.test(h)) return false;
  const got = Buffer.from(h.slice('Bearer '.length));
  const want = Buffer.from(token);
  if (got.length !== want.length) return false;
  let d = 0;
  for (let i = 0; i < got.length; i++) d |= got[i]! ^ want[i]!;
  return d === 0;
}
