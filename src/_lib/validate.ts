import type * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from '../errors/ValidationError.js';

type Issue = z.core.$ZodIssue;

/**
 * Validates `value` against `schema` and returns the parsed output, or throws
 * a {@link ValidationError} naming `subject` and carrying every issue.
 * zod itself never throws from here: anything odd (getters that throw,
 * revoked proxies) is reported as a validation issue at the root.
 */
export function validate<S extends z.ZodMiniType>(schema: S, value: unknown, subject: string): z.output<S> {
  let result: ReturnType<S['safeParse']>;
  try {
    // reportInput: so a type error can say what it received (zod/mini leaves the input out otherwise).
    result = schema.safeParse(value, { reportInput: true }) as ReturnType<S['safeParse']>;
  } catch (error) {
    throw new ValidationError(subject, [
      { path: [], code: 'custom', message: `could not be read (${error instanceof Error ? error.message : String(error)})` },
    ]);
  }
  if (result.success) return result.data as z.output<S>;
  throw new ValidationError(subject, result.error.issues.map(toValidationIssue));
}

/** Converts one zod issue into the library's issue shape with an English message. */
export function toValidationIssue(issue: Issue): ValidationIssue {
  return {
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    code: issue.code,
    message: describeIssue(issue),
  };
}

/** English wording for zod issues (zod/mini ships without a locale). */
export function describeIssue(issue: Issue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${receivedType(issue.input)}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}`
        : `must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}`
        : `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return 'does not match any of the allowed shapes';
    case 'invalid_format':
      return `has an invalid ${issue.format} format`;
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
