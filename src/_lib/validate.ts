import type * as z from 'zod/mini';
import { ValidationError } from '../errors/ValidationError.js';
import { toValidationIssue, unreadable } from './issues.js';

export { describeIssue, toValidationIssue } from './issues.js';

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
  throw new ValidationError(subject, result.error.issues.map(toValidationIssue));
}
