/**
 * The public functions under fuzz: every function the root module and the
 * testing kit (`balint-rules/testing`) export, found at run time (classes
 * excluded), so a new export is fuzzed without editing any test.
 *
 * A testing-kit function that returns an arbitrary is fuzzed with a few
 * values drawn from it (so the oracle also sees what the arbitrary makes),
 * and a law checker with at most {@link CHECK_RUNS} cases per law (the
 * fuzzer looks for crashes, not for broken laws).
 */
import fc from 'fast-check';
import * as root from '../../src/_all.js';
import * as kit from '../../src/testing/index.js';

/** A public function of the library, as the fuzzer calls it. */
export interface PublicFunction {
  readonly name: string;
  readonly fn: (...args: unknown[]) => unknown;
}

/** Values drawn from each arbitrary a testing-kit function returns. */
export const KIT_SAMPLES = 3;
/** Cases per law a law checker runs under the fuzzer. */
export const CHECK_RUNS = 3;

/** Whether `value` is a class (its source starts with `class`), not a plain function. */
export function isClass(value: unknown): boolean {
  return typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value));
}

/** Every export of the root module by name. */
export const ROOT_EXPORTS: Readonly<Record<string, unknown>> = root;

/** Every export of the testing kit by name. */
export const KIT_EXPORTS: Readonly<Record<string, unknown>> = kit;

/** A checker's options with `numRuns` lowered to {@link CHECK_RUNS} (left as they are when they are not a plain object, or reading them throws). */
function fewRuns(options: unknown): unknown {
  try {
    if (options === undefined) return { numRuns: CHECK_RUNS };
    if (typeof options !== 'object' || options === null || Array.isArray(options) || Object.getPrototypeOf(options) !== Object.prototype) return options;
    const runs = (options as { numRuns?: unknown }).numRuns;
    return runs === undefined || (typeof runs === 'number' && runs > CHECK_RUNS) ? { ...options, numRuns: CHECK_RUNS } : options;
  } catch {
    return options;
  }
}

/** A testing-kit function as the fuzzer calls it. */
function kitFunction(name: string, fn: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  if (/^check[A-Z]/.test(name)) return (...args) => fn(args[0], fewRuns(args[1]), ...args.slice(2));
  return (...args) => {
    const out = fn(...args);
    // fast-check builds records without a prototype; a structured clone gives them Object's (and throws on anything that is not data).
    return out instanceof fc.Arbitrary ? structuredClone(fc.sample(out, { numRuns: KIT_SAMPLES, seed: 0 })) : out;
  };
}

const functions = (exports: Readonly<Record<string, unknown>>) =>
  Object.entries(exports).filter((entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === 'function' && !isClass(entry[1]));

/** Every function (not class) exported by the root module or the testing kit, sorted by name. */
export const PUBLIC_FUNCTIONS: readonly PublicFunction[] = [
  ...functions(root).map(([name, fn]) => ({ name, fn })),
  ...functions(kit)
    .filter(([name]) => !(name in root))
    .map(([name, fn]) => ({ name, fn: kitFunction(name, fn) })),
].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
