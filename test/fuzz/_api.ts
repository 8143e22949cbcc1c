/**
 * The public functions under fuzz: every function the root module exports,
 * found at run time (classes excluded), so a new export is fuzzed without
 * editing any test.
 */
import * as root from '../../src/_all.js';

/** A public function of the library, as the fuzzer calls it. */
export interface PublicFunction {
  readonly name: string;
  readonly fn: (...args: unknown[]) => unknown;
}

/** Whether `value` is a class (its source starts with `class`), not a plain function. */
export function isClass(value: unknown): boolean {
  return typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value));
}

/** Every export of the root module by name. */
export const ROOT_EXPORTS: Readonly<Record<string, unknown>> = root;

/** Every function (not class) exported by the root module, sorted by name. */
export const PUBLIC_FUNCTIONS: readonly PublicFunction[] = Object.entries(root)
  .filter(([, value]) => typeof value === 'function' && !isClass(value))
  .map(([name, fn]) => ({ name, fn: fn as (...args: unknown[]) => unknown }))
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
