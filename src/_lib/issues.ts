/**
 * Issues as the library reports them, from zod or from the zod-free checks
 * in `check.ts`: the same shape in, the same English sentence out. No zod
 * import here, so code that validates without zod shares the wording.
 */
import { ValidationError, type ValidationIssue } from '../errors/ValidationError.js';
import { didYouMean } from './suggest.js';

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

/** Converts one issue into the library's issue shape with an English message (`message`, or as {@link describeIssue} words it). */
export function toIssue(issue: RawIssue, message?: string): ValidationIssue {
  return {
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    code: issue.code,
    message: message ?? describeIssue(issue),
  };
}

/** The error for input that could not even be read (a getter that throws, a revoked proxy). */
export function unreadable(subject: string, error: unknown): ValidationError {
  return new ValidationError(subject, [
    { path: [], code: 'custom', message: `could not be read (${error instanceof Error ? error.message : String(error)})` },
  ]);
}

/**
 * English wording for the issues both zod and the zod-free checkers raise
 * (zod/mini ships without a locale); `validate` words zod's other codes.
 */
export function describeIssue(issue: RawIssue): string {
  const { code, message } = issue;
  if (message && message !== 'Invalid input') return message;
  if (code === 'invalid_type') return `expected ${String(issue.expected)}, received ${receivedType(issue.input)}`;
  if (code === 'too_small' || code === 'too_big') {
    const small = code === 'too_small';
    const bound = String(small ? issue.minimum : issue.maximum);
    const sized = issue.origin === 'array' || issue.origin === 'string';
    const limit = sized || issue.inclusive ? (small ? 'at least' : 'at most') : small ? 'greater than' : 'less than';
    return sized ? `must have ${limit} ${bound} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}` : `must be ${limit} ${bound}`;
  }
  if (code === 'invalid_value') {
    const values = issue.values ?? [];
    const hint = typeof issue.input === 'string' ? didYouMean(issue.input, values.filter((v): v is string => typeof v === 'string')) : '';
    return `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}${hint}`;
  }
  return code === 'invalid_union' ? 'does not match any of the allowed shapes' : 'is invalid';
}

function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}
