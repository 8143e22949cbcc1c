/**
 * A few zod-free checkers for the hot, size-sensitive entry points (e.g.
 * `occurrences`), so a bundle that uses only them carries no zod. Each
 * mirrors the zod/mini schema it stands for: the same output for valid
 * input, the same issues (code, path, wording, order) for invalid input.
 * The exported zod schemas stay the public definition; a differential
 * property test pins each checker built from these to its zod schema.
 *
 * The semantics followed are zod 4's: an issue either lets later checks
 * run (`continue`) or aborts them; checks without a `when` condition are
 * skipped once the value has an aborting issue; objects strip unknown keys
 * and keep absent optional keys absent.
 */
import { ValidationError } from '../errors/ValidationError.js';
import { toIssue, unreadable, type RawIssue } from './issues.js';

/** An issue found by a checker; `continue` lets later checks run on the value. */
export interface CheckIssue extends RawIssue {
  path: PropertyKey[];
  continue?: boolean;
}

/** What a checker found: the output value and the issues, empty when valid. */
export interface Checked {
  value: unknown;
  issues: CheckIssue[];
}

/** A checker: the output and issues for an input. `opt` marks optional (`o`) or defaulted (`d`) ones. */
export interface Checker {
  (input: unknown): Checked;
  opt?: 'o' | 'd';
}

/** A check run on a value of the right type: pushes its issues. `always` runs it even after an aborting issue (zod's length checks). */
export interface ValueCheck {
  (value: never, issues: CheckIssue[]): void;
  always?: boolean;
}

const aborted = (issues: readonly CheckIssue[], from = 0): boolean => {
  for (let i = from; i < issues.length; i++) if ((issues[i] as CheckIssue).continue !== true) return true;
  return false;
};

function runChecks(out: Checked, checks: readonly ValueCheck[]): Checked {
  let stop = aborted(out.issues);
  for (const check of checks) {
    if (check.always ? out.issues.some((i) => i.continue === false) : stop) continue;
    const before = out.issues.length;
    check(out.value as never, out.issues);
    if (!stop) stop = aborted(out.issues, before);
  }
  return out;
}

/** A value of the wrong type: an `invalid_type` issue (aborting unless `more` says otherwise). */
const wrong = (input: unknown, expected: string, more?: Partial<CheckIssue>): Checked => ({ value: input, issues: [{ path: [], code: 'invalid_type', expected, input, ...more }] });

/** Records an issue that lets later checks run. */
const note = (issues: CheckIssue[], code: string, input: unknown, more: Partial<CheckIssue>): void => {
  issues.push({ path: [], code, input, continue: true, ...more });
};

/** zod's `isObject`: an object that is not null and not an array. */
const isObject = (v: unknown): v is Record<PropertyKey, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `z.string().check(...)`. */
export const string =
  (...checks: ValueCheck[]): Checker =>
  (input) =>
    runChecks(typeof input === 'string' ? { value: input, issues: [] } : wrong(input, 'string'), checks);

/** `z.int().check(...)`: a finite number, then a safe integer, then the checks. */
export const int =
  (...checks: ValueCheck[]): Checker =>
  (input) => {
    if (typeof input !== 'number' || !Number.isFinite(input)) return wrong(input, 'number');
    if (!Number.isInteger(input)) return wrong(input, 'int', { continue: false });
    const out: Checked = { value: input, issues: [] };
    if (!Number.isSafeInteger(input)) {
      const big = input > 0;
      note(out.issues, big ? 'too_big' : 'too_small', input, { [big ? 'maximum' : 'minimum']: big ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER, origin: 'int', inclusive: true });
    }
    return runChecks(out, checks);
  };

/** `z.enum(values)` or `z.literal(value)`. */
export const oneOf =
  (values: readonly unknown[]): Checker =>
  (input) =>
    ({ value: input, issues: values.includes(input) ? [] : [{ path: [], code: 'invalid_value', values, input }] });

function prefixed(key: PropertyKey, from: Checked, into: CheckIssue[]): void {
  for (const issue of from.issues) into.push({ ...issue, path: [key, ...issue.path] });
}

/** `z.array(item).check(...)`. */
export const array =
  (item: Checker, ...checks: ValueCheck[]): Checker =>
  (input) => {
    if (!Array.isArray(input)) return runChecks(wrong(input, 'array'), checks);
    const out: Checked = { value: new Array<unknown>(input.length), issues: [] };
    for (let i = 0; i < input.length; i++) {
      const r = item(input[i]);
      (out.value as unknown[])[i] = r.value;
      prefixed(i, r, out.issues);
    }
    return runChecks(out, checks);
  };

/** `z.object(shape)` (unknown keys stripped), with checks on the whole object. */
export const object =
  (shape: Readonly<Record<string, Checker>>, ...checks: ValueCheck[]): Checker =>
  (input) => {
    if (!isObject(input)) return wrong(input, 'object');
    const value: Record<string, unknown> = {};
    const out: Checked = { value, issues: [] };
    for (const key of Object.keys(shape)) {
      const present = key in input;
      const checker = shape[key] as Checker;
      if (!present && checker.opt === 'o') continue;
      const r = checker(input[key]);
      prefixed(key, r, out.issues);
      if (r.value !== undefined || present || checker.opt === 'd') value[key] = r.value;
    }
    return runChecks(out, checks);
  };

/** `z.optional(inner)`. */
export const optional = (inner: Checker): Checker =>
  Object.assign((input: unknown) => (input === undefined ? { value: input, issues: [] } : inner(input)), { opt: 'o' as const });

/** `z._default(inner, fallback)`. */
export const withDefault = (inner: Checker, fallback: unknown): Checker =>
  Object.assign((input: unknown) => inner(input === undefined ? fallback : input), { opt: 'd' as const });

/** `z.discriminatedUnion(key, options)`, the options keyed by their discriminator value. */
export const variant =
  (key: string, options: ReadonlyMap<unknown, Checker>): Checker =>
  (input) => {
    if (!isObject(input)) return wrong(input, 'object');
    const option = options.get(input[key]);
    return option ? option(input) : { value: input, issues: [{ path: [key], code: 'invalid_union', input }] };
  };

/** `z.refine(test, message)` inside `.check(...)`, optionally reported at `path`. */
export const refine =
  <T>(test: (value: T) => boolean, message: string, path: PropertyKey[] = []): ValueCheck =>
  (value: T, issues: CheckIssue[]) => {
    if (!test(value)) note(issues, 'custom', value, { path: [...path], message });
  };

/** `z.regex(pattern, message)` on a string. */
export const pattern =
  (re: RegExp, message: string): ValueCheck =>
  (value: string, issues: CheckIssue[]) => {
    re.lastIndex = 0;
    if (!re.test(value)) note(issues, 'invalid_format', value, { format: 'regex', message });
  };

/**
 * `z.minLength(n)`. Like zod's, it runs on anything with a `length`, even
 * a value of the wrong type (an issue that explicitly aborts stops it).
 */
export const minLength = (n: number): ValueCheck =>
  Object.assign(
    (value: { readonly length?: unknown } | null | undefined, issues: CheckIssue[]) => {
      if (value == null || value.length === undefined || (value.length as number) >= n) return;
      note(issues, 'too_small', value, { origin: Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown', minimum: n, inclusive: true });
    },
    { always: true },
  );

/** `z.minimum(min)` and `z.maximum(max)` on an integer. */
export const range =
  (min: number, max: number): ValueCheck =>
  (value: number, issues: CheckIssue[]) => {
    if (value < min) note(issues, 'too_small', value, { origin: 'number', minimum: min, inclusive: true });
    if (value > max) note(issues, 'too_big', value, { origin: 'number', maximum: max, inclusive: true });
  };

/**
 * Runs `checker` on `value`: the output, or a {@link ValidationError} naming
 * `subject` with every issue, worded as `validate` words zod's.
 */
export function checkInput<T>(checker: Checker, value: unknown, subject: string): T {
  let result: Checked;
  try {
    result = checker(value);
  } catch (error) {
    throw unreadable(subject, error);
  }
  if (result.issues.length === 0) return result.value as T;
  throw new ValidationError(subject, result.issues.map((issue) => toIssue(issue)));
}
