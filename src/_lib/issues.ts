/**
 * The library's English for zod's issues (zod/mini ships without a locale):
 * one sentence per issue, and one issue per unknown key at the key's own
 * path, with the known key it is a near miss of. `validate` and the open
 * objects word every refusal here.
 */
import { ValidationError, type ValidationIssue } from '../errors/ValidationError.js';
import { renamedMessage, renamedTo } from './renamedKeys.js';
import { closest, didYouMean } from './suggest.js';

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

/** English wording for one issue: its own message when it has one, else a sentence for its code. */
export function describeIssue(issue: RawIssue): string {
  const { code, message } = issue;
  if (message && message !== 'Invalid input') return message;
  switch (code) {
    case 'invalid_type':
      return `expected ${String(issue.expected)}, received ${receivedType(issue.input)}`;
    case 'too_small':
    case 'too_big': {
      const small = code === 'too_small';
      const bound = String(small ? issue.minimum : issue.maximum);
      const sized = issue.origin === 'array' || issue.origin === 'string';
      const limit = sized || issue.inclusive ? (small ? 'at least' : 'at most') : small ? 'greater than' : 'less than';
      return sized ? `must have ${limit} ${bound} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}` : `must be ${limit} ${bound}`;
    }
    case 'invalid_value': {
      const values = issue.values ?? [];
      const hint = typeof issue.input === 'string' ? didYouMean(issue.input, values.filter((v): v is string => typeof v === 'string')) : '';
      return `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}${hint}`;
    }
    case 'invalid_union':
      return 'does not match any of the allowed shapes';
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((k) => unknownKeyMessage(k, [])).join('; ');
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

/**
 * The sentence for an unknown key: that this version does not know it, and
 * the known key it is a near miss of, if any. A policy stored by a newer
 * version of the library meets this too, and is refused rather than applied
 * in part.
 */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const renamed = renamedTo(key, known);
  if (renamed !== undefined) return `unknown key "${key}": ${renamedMessage(key, renamed)}`;
  const near = closest(key, known);
  return near === undefined
    ? `unknown key "${key}": not a key this version of balint-rules knows (data written for a newer version is refused, never applied in part)`
    : `unknown key "${key}"; did you mean "${near}"?`;
}

/**
 * Converts one zod issue into the library's issues with English messages:
 * an unknown-keys issue becomes one issue per key, at the key's own path,
 * with "did you mean" when `known` (the object's keys) has a near miss.
 */
export function toValidationIssues(issue: RawIssue, known: readonly string[] = []): ValidationIssue[] {
  if (issue.code !== 'unrecognized_keys' || (issue.message && issue.message !== 'Invalid input')) return [toIssue(issue)];
  return (issue.keys ?? []).map((key) => toIssue({ ...issue, path: [...issue.path, key] }, unknownKeyMessage(key, known)));
}
