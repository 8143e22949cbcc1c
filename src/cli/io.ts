/**
 * What the clock says when a user asks for "now" or "today": the instant in
 * epoch milliseconds and the IANA zone of the machine.
 *
 * @example
 * ```ts
 * import type { ClockReading } from 'balint-rules/cli';
 *
 * const reading: ClockReading = { epochMs: Date.UTC(2026, 0, 3, 15), timeZone: 'America/New_York' };
 * ```
 */
export interface ClockReading {
  readonly epochMs: number;
  readonly timeZone: string;
}

/**
 * Everything the command line does outside itself, passed in so that
 * `runCli` stays a function of its arguments: writing to standard output and
 * error, reading files (`-` is standard input), and reading the clock, which
 * is done only when a user writes `now` (`--at now`, `--dtstamp now`)
 * or `today` (`--at today`).
 *
 * @example
 * ```ts
 * import { runCli, type CliIo } from 'balint-rules/cli';
 *
 * let out = '';
 * const io: CliIo = {
 *   stdout: (text) => { out += text; },
 *   stderr: () => {},
 *   readFile: () => { throw new Error('no files here'); },
 *   clock: () => ({ epochMs: 0, timeZone: 'UTC' }),
 * };
 * runCli(['dates', 'second Saturday', '--from', '2026-01-01', '--count', '2'], io);
 * //=> 0
 * out;
 * //=> '2026-01-10\n2026-02-14\n'
 * ```
 */
export interface CliIo {
  /** Writes text to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error. */
  readonly stderr: (text: string) => void;
  /** Reads a file as UTF-8 text (`-` is standard input); throws (a Node `ErrnoException`) when it cannot. */
  readonly readFile: (path: string) => string;
  /** Reads the clock; called only for `now` and `today`. */
  readonly clock: () => ClockReading;
}
