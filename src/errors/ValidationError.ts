import { BalintError } from './BalintError.js';

/**
 * One reason an input was rejected, with where it was found.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from 'balint-rules/errors';
 *
 * const issue: ValidationIssue = { path: ['timeZone'], code: 'custom',
 *   message: 'must be an IANA time-zone name such as "America/New_York"' };
 * ```
 */
export interface ValidationIssue {
  /** Where in the input the problem is: object keys and array indices. */
  readonly path: readonly (string | number)[];
  /** The zod issue code, e.g. `invalid_type`, `too_small`, `custom`. */
  readonly code: string;
  /** A readable sentence describing the problem. */
  readonly message: string;
}

/**
 * Thrown when an input does not match its schema. Carries every issue found,
 * each with the path of the offending value.
 *
 * @example
 * ```ts
 * import { ValidationError, planSessions } from 'balint-rules';
 *
 * try {
 *   planSessions({ recurrence: 'second Saturday', from: '2026-01-01', count: 8,
 *     startTime: '11:00', timeZone: 'America/Nowhere', durationMinutes: 60 });
 * } catch (error) {
 *   if (error instanceof ValidationError) console.log(error.issues[0]?.path);
 *   //=> ['timeZone']
 * }
 * ```
 */
export class ValidationError extends BalintError {
  /** Every problem found in the input, in the order zod reported them. */
  readonly issues: readonly ValidationIssue[];
  /** What was being validated, e.g. `series` or `refund policy`. */
  readonly subject: string;

  constructor(subject: string, issues: readonly ValidationIssue[]) {
    const lines = issues.map((issue) => `${pathText(issue.path)}: ${issue.message}`);
    super('invalid_input', `Invalid ${subject}: ${lines.join('; ')}`);
    this.name = 'ValidationError';
    this.subject = subject;
    this.issues = issues;
  }
}

/**
 * Renders a path like `sessions[2].start`, or `(root)` for the empty path.
 *
 * @example
 * ```ts
 * import { formatPath } from 'balint-rules/errors';
 *
 * formatPath(['sessions', 2, 'start']);
 * //=> 'sessions[2].start'
 * formatPath([]);
 * //=> '(root)'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (!Array.isArray(path) || !path.every((part) => typeof part === 'string' || typeof part === 'number')) {
    throw new ValidationError('path', [{ path: [], code: 'invalid_type', message: 'must be an array of object keys (strings) and array indices (numbers)' }]);
  }
  return pathText(path);
}

/** {@link formatPath} for a path known to be well formed. */
function pathText(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}
