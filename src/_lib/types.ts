/**
 * A type whose arrays and objects are read-only all the way down. Public
 * functions take their inputs as `DeepReadonly` (they never mutate them), so
 * callers may pass `as const` literals and frozen objects.
 */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;
