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

/**
 * `T` without its index signature: the keys a schema knows. The input type
 * of an open object (`openObject`), so an app's record type (an interface
 * such as a planned `Session`, which has no index signature to match) is
 * accepted where the record is.
 */
export type KnownKeys<T> = { [K in keyof T as string extends K ? never : number extends K ? never : symbol extends K ? never : K]: T[K] };
