import { BalintError } from '../errors/BalintError.js';
import type { ValidationIssue } from '../errors/ValidationError.js';

/**
 * Thrown by the `balint` command line for a call it cannot run: an unknown
 * command or option, a missing or malformed value, a file that cannot be
 * read or is not JSON, an unknown preset. `runCli` prints its message on one
 * line of standard error (with `--json`, as `{ "error": { code, message,
 * issues } }`) and exits with code 2. `issues` lists the library's issues
 * when the call failed on values given by options, each message naming its
 * option.
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
  /** The issues behind the message, when it reports the library's issues with values given by options. */
  readonly issues: readonly ValidationIssue[];

  constructor(message: string, issues: readonly ValidationIssue[] = []) {
    super('cli_usage', message);
    this.name = 'CliUsageError';
    this.issues = issues;
  }
}
