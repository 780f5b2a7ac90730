/**
 * The life of a `sealmatch serve` process around its services: the start-up line naming what is
 * served, and the stop: SIGTERM / SIGINT (or the npm process that launched us going away) ->
 * stop accepting, let in-flight requests finish, close the stores, exit 0.
 *
 * Why the npm watch: under `npx sealmatch serve` (and `npm run sealmatch -- serve`) npm starts the
 * command through `sh -c`; npm passes a SIGTERM it receives to that shell, and the shell dies
 * without passing it on, which would leave this process running with nobody to stop it. So when
 * an npm process is among our nearest ancestors (Linux: /proc), its death counts as a SIGTERM.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

/** Every route of `app` as `METHOD /path` (HEAD twins of GET left out), from fastify's route tree. */
export function routesOf(app: FastifyInstance): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  for (const row of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(\S+)(?: \(([^)]*)\))?/.exec(row);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    const path = (stack[depth - 1] ?? '') + m[2]!;
    stack.push(path);
    for (const method of (m[3] ?? '').split(', ').filter((x) => x && x !== 'HEAD')) out.push(`${method} ${path}`);
  }
  return out;
}

/** The fields of /proc/PID/stat (index i = field i+1 of proc(5)), or undefined off Linux / for a gone pid. */
function procStat(pid: number): string[] | undefined {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "PID (COMM) STATE PPID ...": COMM may hold spaces and parentheses; fields 3.. follow the last ')'.
    return [String(pid), s.slice(s.indexOf('(') + 1, s.lastIndexOf(')')), ...s.slice(s.lastIndexOf(')') + 2).split(' ')];
  } catch {
    return undefined;
  }
}

interface Ancestor {
  readonly pid: number;
  /** Field 22 of /proc/PID/stat: tells a reused pid from the process we saw. */
  readonly startTime: string;
}

/** The npm process (npx, npm exec, npm run) within three generations above us, if we run under one. */
export function npmAncestor(): Ancestor | undefined {
  if (process.env.npm_command === undefined && process.env.npm_lifecycle_event === undefined) return undefined;
  let pid = process.ppid;
  for (let generation = 0; generation < 4 && pid > 1; generation++) {
    const stat = procStat(pid);
    if (!stat) return undefined;
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      return undefined;
    }
    // npm sets its process title to "npm exec ..." / "npm run ..."; older ones show npm-cli.js / npx-cli.js.
    if (/^npm[\0 ]/.test(cmdline) || /\/np[mx]-cli\.js\0/.test(cmdline)) return { pid, startTime: stat[21]! };
    pid = Number(stat[3]);
  }
  return undefined;
}

function isAlive(a: Ancestor): boolean {
  const stat = procStat(a.pid);
  // Gone, a zombie waiting to be reaped, or the pid reused by another process.
  return stat !== undefined && stat[2] !== 'Z' && stat[2] !== 'X' && stat[21] === a.startTime;
}

export interface StopRequest {
  /** What asked us to stop: a signal name or "npm exited". */
  readonly why: string;
}

/**
 * Resolves on the first SIGTERM / SIGINT (or the death of the npm launcher). A second signal
 * while the first stop is under way exits at once with 1: the operator insists.
 */
export function untilStopRequested(log: (line: string) => void): Promise<StopRequest> {
  return new Promise((resolve) => {
    let stoppingSince: number | undefined;
    const launcher = npmAncestor();
    const stop = (why: string): void => {
      if (stoppingSince !== undefined) {
        // One signal can arrive twice within milliseconds (sent to the process group and relayed
        // by a wrapper as well); an operator's second Ctrl-C comes later.
        if (Date.now() - stoppingSince < 250) return;
        log(`sealmatch serve: ${why} again: exiting without waiting for in-flight requests`);
        process.exit(1);
      }
      stoppingSince = Date.now();
      if (watch) clearInterval(watch);
      resolve({ why });
    };
    const watch = launcher
      ? setInterval(() => {
          if (!isAlive(launcher)) stop(`the npm process that launched this server (pid ${launcher.pid}) exited`);
        }, 250)
      : undefined;
    // The watch alone must not keep the process alive.
    watch?.unref();
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => stop(signal));
  });
}

/** Runs `close` with a deadline: a request that never finishes must not keep a stopping server up forever. */
export async function drain(close: () => Promise<void>, deadlineMs: number, log: (line: string) => void): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), deadlineMs);
    timer.unref();
  });
  try {
    return await Promise.race([close().then(() => true as const), late]);
  } catch (e) {
    log(`sealmatch serve: while stopping: ${(e as Error).message}`);
    return false;
  } finally {
    clearTimeout(timer);
  }
}
