/**
 * Objects an app may carry its own data in (a registrant's profile with a
 * name and an email): extra keys are kept, but a key that is a near miss of
 * a known one (`clinicalyActive`, `clinically_active`) is refused, since it
 * is far likelier a typo than the app's own data. A key that extends a known
 * one by a word (`paidAt` beside `paid`) is the app's own. Every other
 * object the library reads is a `z.strictObject`.
 */
import * as z from 'zod/mini';
import { closest } from './suggest.js';
import { unknownKeyMessage } from './issues.js';
import { renamedTo } from './renamedKeys.js';

/** Whether `key` is a near miss of a known key, and not that key with a word of two or more letters added. */
function isNearMissKey(key: string, known: readonly string[]): boolean {
  const near = closest(key, known);
  return near !== undefined && !(key.length >= near.length + 2 && key.startsWith(near));
}

/**
 * `z.looseObject(shape)` that refuses keys which are near misses of the
 * shape's keys, or their names before 1.0, each at its own path with "did
 * you mean" or the new name; `checks` are the
 * object's own further checks (given here, so the schema is one object
 * with its checks rather than a chain of derived ones).
 */
export function openObject<Shape extends z.core.$ZodLooseShape>(shape: Shape, ...checks: z.core.$ZodCheck<z.output<z.ZodMiniObject<Shape, z.core.$loose>>>[]) {
  const known = Object.keys(shape);
  return z.looseObject(shape).check(
    z.superRefine(
      (value, ctx) => {
        for (const key of Object.keys(value)) {
          if (Object.hasOwn(shape, key) || (renamedTo(key, known) === undefined && !isNearMissKey(key, known))) continue;
          ctx.addIssue({ code: 'custom', path: [key], input: value[key], message: unknownKeyMessage(key, known) });
        }
      },
      // Also when a known key is missing or wrong: the near miss is likely why.
      { when: ({ value }) => typeof value === 'object' && value !== null },
    ),
    ...checks,
  );
}
