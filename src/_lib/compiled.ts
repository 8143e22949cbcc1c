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
 * const members: Compiled<EligibilityRule, 'EligibilityRule'> = compileEligibilityRule({ kind: 'member', organization: 'ABS' });
 * ```
 */
export type Compiled<T, Kind extends string> = DeepReadonly<T> & { readonly [COMPILED]: Kind };

/**
 * A fresh deep copy of plain JSON data, every object and array frozen.
 * Iterative, so data nested any depth deep (a loose object's extra keys are
 * kept as given) copies without a stack overflow; a value reached twice is
 * copied once, so cycles are kept rather than followed forever.
 */
export function freezeCopy<T>(value: T): T {
  const copies = new Map<object, object>();
  const pending: object[] = [];
  const copyOf = (source: unknown): unknown => {
    if (source === null || typeof source !== 'object') return source;
    let copy = copies.get(source);
    if (copy === undefined) {
      copy = Array.isArray(source) ? [] : {};
      copies.set(source, copy);
      pending.push(source);
    }
    return copy;
  };
  const root = copyOf(value);
  for (let source = pending.pop(); source !== undefined; source = pending.pop()) {
    const copy = copies.get(source) as Record<string, unknown>;
    // Own enumerable keys as data properties (an own `__proto__` key stays a key), read-only as the frozen copy is.
    for (const key of Object.keys(source)) Object.defineProperty(copy, key, { value: copyOf((source as Record<string, unknown>)[key]), enumerable: true });
  }
  for (const copy of copies.values()) Object.freeze(copy);
  return root as T;
}

/** A registry of compiled values of one kind (`Kind`), each with what was precomputed from it. */
export interface Registry<Prepared, Kind extends string> {
  /** Freezes a copy of `value` (already validated), registers it with `prepared`, and returns the copy, branded as compiled. */
  readonly add: <T>(value: T, prepare: (frozen: T) => Prepared) => Compiled<T, Kind>;
  /** What was precomputed for `value`, when it is a compiled value of this kind. */
  readonly get: (value: unknown) => Prepared | undefined;
}

/** A new registry (one per kind of policy). */
export function registry<Prepared, Kind extends string>(): Registry<Prepared, Kind> {
  const known = new WeakMap<object, Prepared>();
  return {
    add: <T>(value: T, prepare: (frozen: T) => Prepared) => {
      const frozen = freezeCopy(value);
      known.set(frozen as object, prepare(frozen));
      // The brand exists only in the type: this is the one place a value becomes compiled.
      return frozen as Compiled<T, Kind>;
    },
    get: (value) => (typeof value === 'object' && value !== null ? known.get(value) : undefined),
  };
}
