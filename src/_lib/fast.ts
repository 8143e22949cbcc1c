/**
 * Helpers for fast validation paths: hand-written acceptance checks that
 * return exactly what a zod schema would for plainly valid input and
 * `undefined` for anything else (the caller then validates with zod, which
 * gives the full error report). Each fast path is pinned to its schema by a
 * property test.
 */

/** A plain object (prototype `Object.prototype` or `null`), not an array. */
export function plainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether `key` is an own key of `value` holding `undefined` (zod keeps such a key; fast paths leave that case to zod). */
export function undefinedKey(value: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(value, key);
}

/** A safe integer, as `z.int()` accepts. */
export function isSafeInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Whether `value` has no enumerable keys but `allowed` (for strict objects; `for...in`, as zod reads them). */
export function onlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  for (const key in value) if (!allowed.includes(key)) return false;
  return true;
}

/** Runs a fast check, taking anything it throws (a getter, a proxy) as "leave it to zod". */
export function attempt<T>(check: (value: unknown) => T | undefined, value: unknown): T | undefined {
  try {
    return check(value);
  } catch {
    return undefined;
  }
}
