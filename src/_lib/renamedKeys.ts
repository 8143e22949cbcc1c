/**
 * Keys and CLI options renamed before 1.0, so data or a command written for
 * an earlier version is told the name the library reads now rather than
 * refused with no hint. An old key is only named where its new key belongs
 * to the same object (`asOf` where `at` is known), and the hint says what
 * the new key is, which holds whichever object the old key was written in.
 */

import { ValidationError } from '../errors/ValidationError.js';

/** A name that replaced one used before 1.0: the new name and what it names. */
export interface Renamed {
  readonly to: string;
  /** What the new name names, for the hint: `the moment of a decision`. */
  readonly what: string;
}

const MOMENT: Renamed = { to: 'at', what: 'the moment of a decision' };
const DISCRIMINATOR: Renamed = { to: 'kind', what: "a union's discriminator" };

/** Each key renamed before 1.0, with its new name (the CHANGELOG's migration table lists where). */
export const RENAMED_KEYS: Readonly<Record<string, Renamed>> = {
  asOf: MOMENT,
  receivedAt: MOMENT,
  registrationsSoFar: { to: 'position', what: "a registrant's 1-based place (the old count + 1)" },
  type: DISCRIMINATOR,
  system: DISCRIMINATOR,
  status: DISCRIMINATOR,
  eventTypes: { to: 'eventKinds', what: 'the kinds of event to generate' },
};

/** Each CLI option renamed before 1.0, with its new name. */
export const RENAMED_OPTIONS: Readonly<Record<string, Renamed>> = {
  'as-of': { to: 'at', what: 'the moment of a decision' },
  cancelled: { to: 'at', what: 'the moment of a decision' },
  'registrations-so-far': { to: 'position', what: "a registrant's 1-based place (the old count + 1)" },
};

/** What `key` was renamed to when its new name is one of `known`, else undefined. */
export function renamedTo(key: string, known: readonly string[], table: Readonly<Record<string, Renamed>> = RENAMED_KEYS): Renamed | undefined {
  const renamed = Object.hasOwn(table, key) ? table[key] : undefined;
  return renamed !== undefined && known.includes(renamed.to) ? renamed : undefined;
}

/** The hint for a key or option renamed before 1.0: `the moment of a decision is "at", not "asOf" (renamed before 1.0; ...)`. */
export function renamedMessage(key: string, renamed: Renamed, quote: (name: string) => string = (name) => `"${name}"`): string {
  return `${renamed.what} is ${quote(renamed.to)}, not ${quote(key)} (renamed before 1.0; the CHANGELOG's migration table lists every rename)`;
}

/** Where a function's arguments were reordered before 1.0: the argument read, and what was given in its place before. */
export interface Reordered {
  /** What the argument is, e.g. `capacity policy`. */
  readonly subject: string;
  /** The value that was the argument before 1.0 when `read` refuses the one given (`applyRegistrationEvent` took the roster first). */
  readonly given: unknown;
  /** The schema of what was given in this place before 1.0, and its name (`a roster state`). */
  readonly was: { safeParse(value: unknown): { success: boolean } };
  readonly wasNamed: string;
  /** The signature now, e.g. `(policy, state, event, options)`. */
  readonly signature: string;
}

/**
 * `read()`, or, when it refuses its argument while the argument in the
 * other place is what this place took before 1.0, one refusal that says
 * the order, instead of every key the argument does not have.
 */
export function readReordered<T>(read: () => T, reordered: Reordered): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ValidationError) || !reordered.was.safeParse(reordered.given).success) throw error;
    const message = `is ${reordered.wasNamed}, not a ${reordered.subject}: the arguments are ${reordered.signature} (reordered before 1.0; the CHANGELOG's migration table lists every rename)`;
    throw new ValidationError(reordered.subject, [{ path: [], code: 'custom', message }]);
  }
}
