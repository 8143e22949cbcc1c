/** What every law checker returns, its options, and the machinery that runs a law with fast-check. */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { BalintError } from '../errors/BalintError.js';

/**
 * The smallest counterexample fast-check found for a law that does not
 * hold: what happens, in words, and the values that make it happen.
 *
 * @example
 * ```ts
 * import type { Counterexample } from 'balint-rules/testing';
 *
 * const counterexample: Counterexample = {
 *   description: 'Cancelling on 2026-03-01 gets $100.00 back, but cancelling later, on 2026-03-20, gets $200.00.',
 *   value: { registration: { paid: { amount: '200.00', currency: 'USD' } } },
 * };
 * ```
 */
export interface Counterexample {
  /** What goes wrong, in sentences a policy author can read. */
  readonly description: string;
  /** The inputs (plain JSON) that show it. */
  readonly value: unknown;
}

/**
 * One law checked on a policy: its name, whether it holds, what it says,
 * and for a broken law the smallest counterexample found.
 *
 * @example
 * ```ts
 * import type { LawResult } from 'balint-rules/testing';
 *
 * const law: LawResult = { law: 'refund_never_exceeds_paid', holds: true, description: 'A refund is never more than what was paid.' };
 * ```
 */
export interface LawResult<L extends string = string> {
  /** The law's snake_case name, e.g. `refund_never_exceeds_paid`. */
  readonly law: L;
  readonly holds: boolean;
  /** The law in one or two sentences. */
  readonly description: string;
  /** For a law that does not hold: the smallest counterexample found. */
  readonly counterexample?: Counterexample;
  /**
   * For a law the library guarantees only under a precondition: whether the
   * policy meets it (a policy that does not may still obey the law; the
   * check then says whether a counterexample was found).
   */
  readonly precondition?: { readonly met: boolean; readonly description: string };
}

/**
 * Something worth knowing about a policy that breaks no law (a waitlist
 * that can never be used, registrants no category prices).
 *
 * @example
 * ```ts
 * import type { Finding } from 'balint-rules/testing';
 *
 * const finding: Finding = { code: 'no_decision_date', message: 'The policy sets a minimum but no decision date.' };
 * ```
 */
export interface Finding {
  readonly code: string;
  readonly message: string;
  readonly value?: unknown;
}

/**
 * The answer of a law checker: `ok` when every law holds, each law with its
 * result, findings, and the run's settings (to reproduce it).
 *
 * @example
 * ```ts
 * import type { LawCheck } from 'balint-rules/testing';
 *
 * const check: LawCheck = { ok: true, laws: [], findings: [], numRuns: 200, seed: 42 };
 * ```
 */
export interface LawCheck<L extends string = string> {
  readonly ok: boolean;
  readonly laws: readonly LawResult<L>[];
  readonly findings: readonly Finding[];
  /** Cases tried per law. */
  readonly numRuns: number;
  /** The seed of the run: the same seed gives the same result. */
  readonly seed: number;
}

/**
 * Options every checker takes: `numRuns` (cases per law, default 200) and
 * `seed` (default 42: results are reproducible; change it to explore).
 *
 * @example
 * ```ts
 * import { CheckOptionsSchema } from 'balint-rules/testing';
 *
 * CheckOptionsSchema.parse({});
 * //=> { numRuns: 200, seed: 42 }
 * ```
 */
export const CheckOptionsSchema = z.strictObject({
  numRuns: z._default(z.int().check(z.minimum(1, 'must be at least 1'), z.maximum(1_000_000, 'must be at most 1000000')), 200),
  seed: z._default(z.int().check(z.minimum(-2_147_483_648), z.maximum(2_147_483_647)), 42),
});

/**
 * Options every checker takes, see {@link CheckOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { CheckOptions } from 'balint-rules/testing';
 *
 * const options: CheckOptions = { numRuns: 500, seed: 7 };
 * ```
 */
export type CheckOptions = z.input<typeof CheckOptionsSchema>;

/** A function option: any function (its results are checked where they are used). */
export const functionOption = <F>() => z.optional(z.custom<F>((v) => typeof v === 'function', 'must be a function'));

/** Runs settings of one check. */
export interface Run {
  readonly numRuns: number;
  readonly seed: number;
}

/** What a law says, and how one case is judged: `null` when the law holds for it, else what went wrong in words. */
export interface LawSpec<L extends string, T> {
  readonly law: L;
  readonly description: string;
  readonly precondition?: { readonly met: boolean; readonly description: string };
  readonly cases: fc.Arbitrary<T>;
  readonly judge: (value: T) => string | null;
  /** The counterexample's value as plain JSON (default: the case itself). */
  readonly show?: (value: T) => unknown;
}

/** The words for a case that throws: the error's message (a thrown error breaks every law). */
function judged<T>(judge: (value: T) => string | null, value: T): string | null {
  try {
    return judge(value);
  } catch (error) {
    const kind = error instanceof BalintError ? error.name : error instanceof Error ? error.name : 'a value';
    return `Deciding this case threw ${kind}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Checks one law with fast-check: every case must be judged `null`. */
export function checkLaw<L extends string, T>(spec: LawSpec<L, T>, run: Run): LawResult<L> {
  const details = fc.check(
    fc.property(spec.cases, (value) => judged(spec.judge, value) === null),
    { numRuns: run.numRuns, seed: run.seed },
  );
  const base = { law: spec.law, description: spec.description, ...(spec.precondition === undefined ? {} : { precondition: spec.precondition }) };
  if (!details.failed || details.counterexample === null) return { ...base, holds: true };
  const [value] = details.counterexample;
  const description = judged(spec.judge, value) ?? 'This case broke the law while it was being checked, but not when it was checked again.';
  return { ...base, holds: false, counterexample: { description, value: plain(spec.show === undefined ? value : spec.show(value)) } };
}

/** A law decided without search (from the policy's data alone). */
export function staticLaw<L extends string>(law: L, description: string, problem: Counterexample | null): LawResult<L> {
  return problem === null ? { law, holds: true, description } : { law, holds: false, description, counterexample: { description: problem.description, value: plain(problem.value) } };
}

/** Bundles law results and findings into a check. */
export function lawCheck<L extends string>(laws: readonly LawResult<L>[], findings: readonly Finding[], run: Run): LawCheck<L> {
  return { ok: laws.every((l) => l.holds), laws, findings, numRuns: run.numRuns, seed: run.seed };
}

/** A JSON copy of a value (drops undefined, functions), so counterexamples are plain data. */
export function plain(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as unknown);
}
