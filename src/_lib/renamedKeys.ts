/**
 * Keys and CLI options renamed before 1.0, so data or a command written for
 * an earlier version is told the new name rather than refused with no hint.
 * An old key is only named where its new key belongs to the same object
 * (`asOf` where `at` is known), so the table never speaks of an unrelated key.
 */

/** Each key renamed before 1.0, with its new name (the CHANGELOG's migration table lists where). */
export const RENAMED_KEYS: Readonly<Record<string, string>> = {
  asOf: 'at',
  receivedAt: 'at',
  registrationsSoFar: 'position',
  type: 'kind',
  system: 'kind',
  status: 'kind',
};

/** Each CLI option renamed before 1.0, with its new name. */
export const RENAMED_OPTIONS: Readonly<Record<string, string>> = {
  'as-of': 'at',
  'registrations-so-far': 'position',
};

/** The new name of `key` when it was renamed to one of `known`, else undefined. */
export function renamedTo(key: string, known: readonly string[], table: Readonly<Record<string, string>> = RENAMED_KEYS): string | undefined {
  const to = Object.hasOwn(table, key) ? table[key] : undefined;
  return to !== undefined && known.includes(to) ? to : undefined;
}

/** The sentence for a key or option renamed before 1.0. */
export function renamedMessage(key: string, to: string): string {
  return `"${key}" was renamed to "${to}" before 1.0 (the CHANGELOG's migration table lists every rename)`;
}
