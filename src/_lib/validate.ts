import type * as z from 'zod/mini';
import { ValidationError } from '../errors/ValidationError.js';
import { toIssue, toValidationIssues, unreadable, type RawIssue } from './issues.js';
import { closest, didYouMean } from './suggest.js';
import { RENAMED_KEYS, renamedMessage } from './renamedKeys.js';
import type { ValidationIssue } from '../errors/ValidationError.js';

/** The keys of the object schema that raised an issue, when zod says (`inst` is set while an error map runs). */
function shapeKeys(issue: { readonly inst?: unknown }): readonly string[] {
  const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
  return shape === undefined ? [] : Object.keys(shape);
}

/**
 * Validates `value` against `schema` and returns the parsed output, or throws
 * a {@link ValidationError} naming `subject` and carrying every issue.
 * zod itself never throws from here: anything odd (getters that throw,
 * revoked proxies) is reported as a validation issue at the root.
 *
 * Invalid input is parsed a second time with an error map that can see the
 * schemas raising the issues, so an unknown key is reported at its own path
 * with the known key it is a near miss of; valid input pays nothing for it.
 */
export function validate<S extends z.ZodMiniType>(schema: S, value: unknown, subject: string): z.output<S> {
  let result: ReturnType<S['safeParse']>;
  try {
    // reportInput: so a type error can say what it received (zod/mini leaves the input out otherwise).
    result = schema.safeParse(value, { reportInput: true }) as ReturnType<S['safeParse']>;
  } catch (error) {
    throw unreadable(subject, error);
  }
  if (result.success) return result.data as z.output<S>;
  let explained: ValidationIssue[];
  try {
    const knownKeys = new WeakMap<object, readonly string[]>();
    const hinted = schema.safeParse(value, {
      reportInput: true,
      error: (issue) => {
        if (issue.code === 'unrecognized_keys') knownKeys.set(issue.keys, shapeKeys(issue));
        return undefined;
      },
    }) as ReturnType<S['safeParse']>;
    const issues = (hinted.success ? result : hinted).error?.issues ?? [];
    explained = issues.flatMap((issue) => explain(issue, [], knownKeys));
  } catch (error) {
    throw unreadable(subject, error);
  }
  throw new ValidationError(subject, explained);
}

/**
 * A zod issue as the validator reads it: with the branches of a union, the
 * keys of an unknown-keys issue, and the discriminator and its values of a
 * discriminated union no branch of which the value named.
 */
type ZodIssue = RawIssue & {
  readonly errors?: readonly (readonly ZodIssue[])[];
  readonly keys?: readonly string[];
  readonly discriminator?: string | undefined;
  readonly options?: readonly unknown[] | undefined;
};

/** What to say of a discriminator no branch has: the values it may take, and the one meant when it is a near miss. */
function discriminatorMessage(issue: ZodIssue): string | undefined {
  // zod's types give a discriminated union at least one option.
  if (issue.discriminator === undefined || issue.options === undefined) return undefined;
  const options = issue.options.map(String);
  const list = options.map((o) => JSON.stringify(o)).join(', ');
  // zod raises this issue only for an object (anything else is of the wrong type).
  const input = issue.input as Record<string, unknown>;
  const found = input[issue.discriminator];
  if (found === undefined) {
    const written = Object.entries(RENAMED_KEYS).find(([old, renamed]) => renamed.to === issue.discriminator && Object.hasOwn(input, old));
    return `is required: one of ${list}${written === undefined ? '' : `; ${renamedMessage(...written)}`}`;
  }
  return `must be one of ${list}${typeof found === 'string' ? didYouMean(found, options) : ''}`;
}

/**
 * The library's issues for one zod issue at `prefix`: an unknown-keys issue
 * becomes one issue per key, and a union that no branch matched is
 * explained by the branch the value was closest to (see {@link nearestBranch}).
 */
function explain(issue: ZodIssue, prefix: readonly PropertyKey[], knownKeys: WeakMap<object, readonly string[]>): ValidationIssue[] {
  const at = { ...issue, path: [...prefix, ...issue.path] };
  if (issue.code === 'invalid_union' && issue.errors !== undefined) {
    const branch = nearestBranch(issue.errors, knownKeys);
    if (branch !== undefined) return branch.flatMap((inner) => explain(inner, at.path, knownKeys));
    const named = discriminatorMessage(issue);
    if (named !== undefined) return [toIssue(at, named)];
  }
  return toValidationIssues(at, issue.code === 'unrecognized_keys' && issue.keys !== undefined ? knownKeys.get(issue.keys) : undefined);
}

/**
 * What to say of a value no branch of a union matched: the issues of the
 * branch it came closest to (fewest issues, an unknown key that is a near
 * miss of one of the branch's keys counting in its favour), or, when several
 * branches are equally close, the issues they all share; undefined when
 * there is no such branch (a value of the wrong type for every branch).
 */
function nearestBranch(branches: readonly (readonly ZodIssue[])[], knownKeys: WeakMap<object, readonly string[]>): readonly ZodIssue[] | undefined {
  const nearMiss = (issue: ZodIssue): boolean =>
    issue.code === 'unrecognized_keys' && issue.keys !== undefined && issue.keys.some((key) => closest(key, knownKeys.get(issue.keys as object) ?? []) !== undefined);
  const plausible = branches.filter((branch) => !(branch.length === 1 && branch[0]?.path.length === 0 && branch[0].code === 'invalid_type'));
  const score = (branch: readonly ZodIssue[]): number => branch.length - (branch.some(nearMiss) ? 0.5 : 0);
  const best = Math.min(...plausible.map(score));
  const closestBranches = plausible.filter((branch) => score(branch) === best);
  // The same issue: what the library would say of it (a nested union explained in full) is the same.
  const said = (issue: ZodIssue): string => JSON.stringify(explain(issue, [], knownKeys));
  const same = (a: ZodIssue, b: ZodIssue): boolean => said(a) === said(b);
  const shared = (closestBranches[0] ?? []).filter((issue) => closestBranches.every((branch) => branch.some((other) => same(issue, other))));
  return shared.length > 0 ? shared : undefined;
}
