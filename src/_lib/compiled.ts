/**
 * Compiled policies: a policy validated and canonicalised once, deep-frozen,
 * and remembered in a registry (a `WeakMap` per kind) together with what the
 * decisions precompute from it. A compiled policy stays a plain JSON value
 * (no extra keys, no symbols on it), and data that merely looks like one
 * (say, after `JSON.parse`) is not in the registry, so it is validated as
 * usual: a compiled policy cannot be forged.
 */
import type { DeepReadonly } from './types.js';

declare const COMPILED: unique symbol;

/**
 * A validated, deep-frozen policy of kind `Kind`, as the `compile*`
 * functions return it (`compileFeeSchedule`, `compileRefundPolicy`, ...).
 * The brand exists only in the type: at run time the value is the plain
 * policy, and the library recognises it by identity.
 *
 * @example
 * ```ts
 * import type { Compiled } from 'balint-rules/common';
 * import { compileEligibilityRule, type EligibilityRule } from 'balint-rules/eligibility';
 *
 * const members: Compiled<EligibilityRule, 'EligibilityRule'> = compileEligibilityRule({ type: 'member', organization: 'ABS' });
 * ```
 */
export type Compiled<T, Kind extends string> = DeepReadonly<T> & { readonly [COMPILED]: Kind };

/** A fresh deep copy of plain JSON data, every object and array frozen. */
export function freezeCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  let copy: unknown;
  if (Array.isArray(value)) {
    copy = value.map((item: unknown) => freezeCopy(item));
  } else {
    // Own enumerable keys as data properties (an own `__proto__` key stays a key).
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: freezeCopy((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
    copy = out;
  }
  return Object.freeze(copy) as T;
}

/** A registry of compiled values of one kind, each with what was precomputed from it. */
export interface Registry<Prepared> {
  /** Freezes a copy of `value`, registers it with `prepared`, and returns the copy. */
  readonly add: <T>(value: T, prepare: (frozen: T) => Prepared) => T;
  /** What was precomputed for `value`, when it is a compiled value of this kind. */
  readonly get: (value: unknown) => Prepared | undefined;
}

/** A new registry (one per kind of policy). */
export function registry<Prepared>(): Registry<Prepared> {
  const known = new WeakMap<object, Prepared>();
  return {
    add: (value, prepare) => {
      const frozen = freezeCopy(value);
      known.set(frozen as object, prepare(frozen));
      return frozen;
    },
    get: (value) => (typeof value === 'object' && value !== null ? known.get(value) : undefined),
  };
}
