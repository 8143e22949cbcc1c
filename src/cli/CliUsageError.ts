import { BalintError } from '../errors/BalintError.js';

/**
 * Thrown by the `balint` command line for a call it cannot run: an unknown
 * command or option, a missing or malformed value, a file that cannot be
 * read or is not JSON, an unknown preset. `runCli` prints its message on one
 * line of standard error and exits with code 2.
 *
 * @example
 * ```ts
 * import { CliUsageError } from 'balint-rules/cli';
 *
 * const error = new CliUsageError('--count needs a value (a whole number, e.g. 8)');
 * [error.code, error.message];
 * //=> ['cli_usage', '--count needs a value (a whole number, e.g. 8)']
 * ```
 */
export class CliUsageError extends BalintError {
  constructor(message: string) {
    super('cli_usage', message);
    this.name = 'CliUsageError';
  }
}
