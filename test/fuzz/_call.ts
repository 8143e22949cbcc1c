/**
 * The fuzzing oracle: calls a public function once and says what went
 * wrong, if anything. A call may return or throw one of the library's own
 * errors; anything else is a failure:
 *
 * - `foreign_error`: something that is not a `BalintError` was thrown (a
 *   TypeError, a RangeError such as a stack overflow, a string);
 * - `malformed_error`: a `BalintError` without a snake_case code, a message,
 *   or (for a `ValidationError`) well-formed issues;
 * - `mutated_input`: an argument differs from its copy taken before the call;
 * - `not_plain_output`: plain JSON data went in and something else came out
 *   (NaN, a hole, undefined, a class instance);
 * - `prototype_changed`: a built-in prototype gained, lost or changed a
 *   property (it is put back, so later calls are not affected);
 * - `over_budget`: the call ran more blocks of library code than its budget,
 *   which grows with the size of what it reads and what it returns.
 */
import { assertNever } from '../../src/_lib/assertNever.js';
import { BalintError } from '../../src/errors/BalintError.js';
import { ValidationError } from '../../src/errors/ValidationError.js';
import { deepCopy, deepEqual, notPlainData, weight } from './_structure.js';
import type { WorkMeter } from './_work.js';

/** What went wrong in one call. */
export type Failure =
  | { readonly kind: 'foreign_error'; readonly errorClass: string; readonly message: string }
  | { readonly kind: 'malformed_error'; readonly errorClass: string; readonly problem: string }
  | { readonly kind: 'mutated_input'; readonly argument: number }
  | { readonly kind: 'not_plain_output'; readonly problem: string }
  | { readonly kind: 'prototype_changed'; readonly prototype: string; readonly keys: readonly string[] }
  | { readonly kind: 'over_budget'; readonly work: number; readonly budget: number };

/** The outcome of one call. */
export interface CallReport {
  /** `returned`, or the thrown error's class and code, e.g. `ValidationError(invalid_input)`. */
  readonly outcome: string;
  readonly returned: boolean;
  /** What the call returned or threw (its size counts in the work budget). */
  readonly result: unknown;
  /** Blocks of library code run (null without a meter). */
  readonly work: number | null;
  readonly failures: readonly Failure[];
}

/** Blocks of library code any call may run, whatever its size. */
export const BASE_BUDGET = 2_000_000;
/** Blocks of library code a call may run per unit of {@link weight} of its arguments and result. */
export const BUDGET_PER_UNIT = 400;

/** The work budget of a call that read `args` and returned or threw `result`. */
export function workBudget(args: unknown, result: unknown): number {
  return BASE_BUDGET + BUDGET_PER_UNIT * (weight(args) + weight(result));
}

const WATCHED: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

type Descriptors = Map<PropertyKey, PropertyDescriptor>;

function descriptors(target: object): Descriptors {
  return new Map(Reflect.ownKeys(target).map((key) => [key, Object.getOwnPropertyDescriptor(target, key) as PropertyDescriptor]));
}

const BASELINE: readonly Descriptors[] = WATCHED.map(([, target]) => descriptors(target));
const BASELINE_PROTOTYPES = WATCHED.map(([, target]) => Object.getPrototypeOf(target) as object | null);

function sameDescriptor(a: PropertyDescriptor, b: PropertyDescriptor): boolean {
  return Object.is(a.value, b.value) && a.get === b.get && a.set === b.set && a.writable === b.writable && a.enumerable === b.enumerable && a.configurable === b.configurable;
}

/** The built-in prototypes that changed since the module loaded, each put back as it was. */
export function restorePrototypes(): Failure[] {
  const failures: Failure[] = [];
  WATCHED.forEach(([name, target], i) => {
    const baseline = BASELINE[i] as Descriptors;
    const keys = new Set<PropertyKey>([...baseline.keys(), ...Reflect.ownKeys(target)]);
    const changed: string[] = [];
    for (const key of keys) {
      const before = baseline.get(key);
      const now = Object.getOwnPropertyDescriptor(target, key);
      if (before !== undefined && now !== undefined && sameDescriptor(before, now)) continue;
      changed.push(String(key));
      if (before === undefined) Reflect.deleteProperty(target, key);
      else Object.defineProperty(target, key, before);
    }
    if (Object.getPrototypeOf(target) !== BASELINE_PROTOTYPES[i]) {
      changed.push('[[Prototype]]');
      Object.setPrototypeOf(target, BASELINE_PROTOTYPES[i] as object | null);
    }
    if (changed.length > 0) failures.push({ kind: 'prototype_changed', prototype: name, keys: changed });
  });
  return failures;
}

const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

/** What is wrong with a thrown BalintError's shape, or null. */
function malformed(error: BalintError): string | null {
  if (typeof error.code !== 'string' || !SNAKE_CASE.test(error.code)) return `code ${JSON.stringify(error.code)} is not snake_case`;
  if (typeof error.message !== 'string' || error.message.trim() === '') return 'message is empty';
  if (error instanceof ValidationError) {
    if (!Array.isArray(error.issues) || error.issues.length === 0) return 'a ValidationError without issues';
    for (const issue of error.issues) {
      if (!Array.isArray(issue.path) || !issue.path.every((p: unknown) => typeof p === 'string' || typeof p === 'number')) return 'an issue path is not a list of keys';
      if (typeof issue.code !== 'string' || typeof issue.message !== 'string' || issue.message.trim() === '') return 'an issue without a code or a message';
    }
  }
  return null;
}

function describeThrown(thrown: unknown): { errorClass: string; message: string } {
  if (thrown instanceof Error) return { errorClass: thrown.constructor.name, message: thrown.message };
  return { errorClass: typeof thrown, message: String(typeof thrown === 'symbol' ? thrown.description : thrown) };
}

/** Calls `fn(...args)` once and checks the call against every law of the oracle. */
export function fuzzCall(fn: (...args: unknown[]) => unknown, args: readonly unknown[], meter: WorkMeter | null = null): CallReport {
  // With a meter, the call is measured alone (two readings of the counts, milliseconds each); BudgetGuard measures in batches.
  const before = deepCopy(args);
  const failures: Failure[] = [];
  let returned = false;
  let result: unknown;
  meter?.take();
  try {
    result = fn(...args);
    returned = true;
  } catch (error) {
    result = error;
  }
  const work = meter === null ? null : meter.take();
  let outcome = 'returned';
  if (!returned) {
    if (result instanceof BalintError) {
      outcome = `${result.constructor.name}(${String(result.code)})`;
      const problem = malformed(result);
      if (problem !== null) failures.push({ kind: 'malformed_error', errorClass: result.constructor.name, problem });
    } else {
      const { errorClass, message } = describeThrown(result);
      outcome = errorClass;
      failures.push({ kind: 'foreign_error', errorClass, message });
    }
  }
  args.forEach((arg, i) => {
    if (!deepEqual(arg, before[i])) failures.push({ kind: 'mutated_input', argument: i });
  });
  if (returned && notPlainData(before) === null) {
    const problem = notPlainData(result);
    if (problem !== null) failures.push({ kind: 'not_plain_output', problem });
  }
  failures.push(...restorePrototypes());
  if (work !== null) {
    const budget = workBudget(args, result);
    if (work > budget) failures.push({ kind: 'over_budget', work, budget });
  }
  return { outcome, returned, result, work, failures };
}

/** One line per failure, for a test's failure message or the fuzz script's summary. */
export function describeFailures(failures: readonly Failure[]): string {
  return failures
    .map((f) => {
      switch (f.kind) {
        case 'foreign_error':
          return `threw ${f.errorClass}: ${f.message.slice(0, 200)}`;
        case 'malformed_error':
          return `threw a malformed ${f.errorClass}: ${f.problem}`;
        case 'mutated_input':
          return `mutated argument ${f.argument}`;
        case 'not_plain_output':
          return `returned something other than plain data for plain data: ${f.problem}`;
        case 'prototype_changed':
          return `changed ${f.prototype}: ${f.keys.join(', ')}`;
        case 'over_budget':
          return `ran ${f.work} blocks, over its budget of ${f.budget}`;
        default:
          return assertNever(f);
      }
    })
    .join('; ');
}
