/* The one check of a date range's order, shared by every schema with a `from` and an `until`. */
import * as z from 'zod/mini';
import { isValidLocalDate } from '../civil.js';

/** Whether `until` is not before `from`; true when either is absent or not a date (its own schema reports that). */
function inOrder(from: unknown, until: unknown): boolean {
  return typeof from !== 'string' || typeof until !== 'string' || !isValidLocalDate(from) || !isValidLocalDate(until) || from <= until;
}

/** A check, for an object with `from` and an optional `until`, that refuses an `until` before `from`, at `until`. */
export const untilNotBeforeFrom = z.refine<{ readonly from: string; readonly until?: string | undefined }>((range) => inOrder(range.from, range.until), {
  message: 'must not be before from',
  path: ['until'],
});
