/**
 * Issues as the library reports them, from zod or from the zod-free checks
 * in `check.ts`: the same shape in, the same English sentence out. No zod
 * import here, so code that validates without zod shares the wording.
 */
import { ValidationError, type ValidationIssue } from '../errors/ValidationError.js';

/** The fields of a zod issue that the library's wording reads (zod's own issues fit this shape). */
export interface RawIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message?: string;
  readonly input?: unknown;
  readonly expected?: string;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly format?: string;
  readonly divisor?: number | bigint;
}

/** Converts one issue into the library's issue shape with an English message. */
export function toValidationIssue(issue: RawIssue): ValidationIssue {
  return {
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    code: issue.code,
    message: describeIssue(issue),
  };
}

/** The error for input that could not even be read (a getter that throws, a revoked proxy). */
export function unreadable(subject: string, error: unknown): ValidationError {
  return new ValidationError(subject, [
    { path: [], code: 'custom', message: `could not be read (${error instanceof Error ? error.message : String(error)})` },
  ]);
}

const items = (issue: RawIssue): string => (issue.origin === 'array' ? 'item(s)' : 'character(s)');
const sized = (issue: RawIssue): boolean => issue.origin === 'array' || issue.origin === 'string';

/** English wording for issues (zod/mini ships without a locale). */
export function describeIssue(issue: RawIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${String(issue.expected)}, received ${receivedType(issue.input)}`;
    case 'too_small':
      return sized(issue)
        ? `must have at least ${String(issue.minimum)} ${items(issue)}`
        : `must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}`;
    case 'too_big':
      return sized(issue)
        ? `must have at most ${String(issue.maximum)} ${items(issue)}`
        : `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown key(s) ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return 'does not match any of the allowed shapes';
    case 'invalid_format':
      return `has an invalid ${String(issue.format)} format`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_key':
      return 'has an invalid key';
    case 'invalid_element':
      return 'has an invalid element';
    default:
      return 'is invalid';
  }
}

function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}
