/** Small schemas the credits and credentialing areas share. Internal. */
import * as z from 'zod/mini';

/** A string with at least one character. */
export const NonEmptySchema = z.string().check(z.minLength(1, 'must not be empty'));

/** A snake_case identifier, up to 64 characters; `what` names it in the message. */
export function snakeId(what: string) {
  return z.string().check(z.regex(/^[a-z][a-z0-9_]{0,63}$/, `must be a snake_case ${what}`));
}
