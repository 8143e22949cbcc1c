import type * as z from 'zod/mini';
import { ValidationError } from '../errors/ValidationError.js';
import { describeIssue, toIssue, unreadable, type RawIssue } from './issues.js';
import type { ValidationIssue } from '../errors/ValidationError.js';

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
    throw unreadable(subject, error);
  }
  if (result.success) return result.data as z.output<S>;
  throw new ValidationError(subject, result.error.issues.map((issue) => toValidationIssue(issue)));
}

/** English wording for every zod issue: the codes only zod raises here, the rest as {@link describeIssue} words them. */
export function describeZodIssue(issue: RawIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key(s) ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_format':
      return `has an invalid ${String(issue.format)} format`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_key':
      return 'has an invalid key';
    case 'invalid_element':
      return 'has an invalid element';
    default:
      return describeIssue(issue);
  }
}

/** Converts one zod issue into the library's issue shape with an English message. */
export function toValidationIssue(issue: RawIssue): ValidationIssue {
  return toIssue(issue, describeZodIssue(issue));
}
