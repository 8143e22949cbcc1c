import { readFileSync } from 'node:fs';
import type { CliIo } from './io.js';
import { readSystemClock } from './systemClock.js';

/**
 * The real input and output of the `balint` bin: `process.stdout`,
 * `process.stderr`, files read with `fs.readFileSync` (`-` reads standard
 * input) and the system clock. The bin is
 * `process.exitCode = runCli(process.argv.slice(2), nodeIo())`.
 *
 * @returns the io object `runCli` takes
 *
 * @example
 * ```ts
 * import { nodeIo } from 'balint-rules/cli';
 *
 * const io = nodeIo();
 * typeof io.readFile;
 * //=> 'function'
 * ```
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
    clock: readSystemClock,
  };
}
