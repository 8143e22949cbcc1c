/** Runs the command line in-process with files from test/cli/fixtures (or given here) and a clock that must not be read unless given. */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { runCli, type ClockReading, type CliIo } from '../../src/cli/index.js';
import { FIXTURES } from './_bin.js';

/** What one run gave. */
export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link run}: virtual files (by path, over the fixtures), standard input, and a clock. */
export interface RunOptions {
  readonly files?: Readonly<Record<string, string>>;
  readonly stdin?: string;
  readonly clock?: ClockReading;
}

/** A clock that fails the run (exit code 70) if it is read. */
const NO_CLOCK = (): ClockReading => {
  throw new Error('the clock was read');
};

/** An io over the fixtures folder, recording output. */
export function testIo(options: RunOptions = {}): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const clock = options.clock;
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (path) => {
      const virtual = options.files?.[path];
      if (virtual !== undefined) return virtual;
      if (path === '-') {
        if (options.stdin === undefined) throw Object.assign(new Error('no standard input'), { code: 'EAGAIN' });
        return options.stdin;
      }
      return readFileSync(isAbsolute(path) ? path : join(FIXTURES, path), 'utf8');
    },
    clock: clock === undefined ? NO_CLOCK : () => clock,
  };
}

/** Runs `balint <argv>` in-process. */
export function run(argv: readonly string[], options: RunOptions = {}): Ran {
  const io = testIo(options);
  const code = runCli(argv, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

/** The JSON a `--json` run printed. */
export function json(ran: Ran): unknown {
  return JSON.parse(ran.stdout) as unknown;
}

/** Whether the run failed the way bad input must: exit 2, nothing on stdout, one `error:` line on stderr. */
export function failedCleanly(ran: Ran): boolean {
  return ran.code === 2 && ran.stdout === '' && /^error: [^\n]+\n$/.test(ran.stderr) && !/\n\s+at /.test(ran.stderr);
}
