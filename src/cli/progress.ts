/**
 * Progress of the long commands (eval, identify-eval, the demo's 1:N enrollment) on stderr, drawn
 * only when stderr is a terminal: piped or captured output (CI, `2> log`) stays free of bar
 * frames. Results go to stdout through {@link Progress.print}, which keeps the bar off the
 * result lines when both streams are the same terminal.
 */
import { Presets, SingleBar } from 'cli-progress';

export interface Progress {
  start(total: number, phase?: string): void;
  increment(): void;
  update(value: number): void;
  stop(): void;
  /** Writes a result line to stdout without tearing the bar. */
  print(line: string): void;
}

export function progressBar(label: string, streams: { err: NodeJS.WriteStream; out: NodeJS.WriteStream } = { err: process.stderr, out: process.stdout }): Progress {
  const print = (line: string): void => void streams.out.write(line);
  if (streams.err.isTTY !== true) return { start() {}, increment() {}, update() {}, stop() {}, print };
  const shared = streams.out.isTTY === true;
  const bar = new SingleBar(
    {
      stream: streams.err,
      format: `${label} [{bar}] {value}/{total} {phase} | {eta_formatted} left`,
      // The cursor stays visible: a run ended by Ctrl-C must not leave the terminal without one.
      hideCursor: false,
      // When stdout shares the terminal, each printed line erases the bar; it comes back on the next tick.
      forceRedraw: shared,
      // A finished bar leaves no line behind: the transcript (the demo's, a terminal's scrollback) stays the results.
      clearOnComplete: true,
      // The bar must not install SIGINT/SIGTERM handlers: they would stop Ctrl-C from ending the run.
      gracefulExit: false,
    },
    Presets.shades_classic,
  );
  let active = false;
  return {
    start(total, phase = '') {
      bar.start(total, 0, { phase });
      active = true;
    },
    increment: () => bar.increment(),
    update: (v) => bar.update(v),
    stop() {
      if (active) bar.stop();
      active = false;
    },
    print(line) {
      if (active && shared) streams.err.write('\r\x1b[2K');
      print(line);
    },
  };
}
