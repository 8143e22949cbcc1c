/**
 * One fuzzing campaign over one public function, as scripts/fuzz.ts runs it
 * at scale: many calls under the oracle of `_call.ts`, outcomes counted by
 * error class and code, work budgets checked in batches, and each distinct
 * failure replayed and shrunk by fast-check to a small reproduction.
 */
import fc from 'fast-check';
import { PUBLIC_FUNCTIONS } from './_api.js';
import { argumentsArb } from './_args.js';
import { describeFailures, fuzzCall, type Failure } from './_call.js';
import { printValue } from './_structure.js';
import { BudgetGuard, type OverBudget, type WorkMeter } from './_work.js';

/** A failure found, with what replays it. */
export interface FoundFailure {
  readonly name: string;
  /** What kind of failure, with numbers and quoted values blanked, so repeats count as one. */
  readonly signature: string;
  /** The failure as first seen. */
  readonly message: string;
  /** How many calls failed this way. */
  count: number;
  /** fast-check's seed and path of the first failing call. */
  readonly seed: number;
  readonly path: string;
  /** The shrunk arguments, as fast-check prints them (long ones cut). */
  reproduction: string;
}

/** What a campaign over one function found. */
export interface CampaignResult {
  readonly name: string;
  readonly calls: number;
  /** Calls by outcome: `returned` or the error class and code. */
  readonly outcomes: Record<string, number>;
  readonly failures: FoundFailure[];
  /** Calls measured one by one after their batch went over the smallest budget in it. */
  readonly remeasured: number;
}

/** One function's seed: the campaign seed mixed with the function's place in the sorted list. */
export function functionSeed(seed: number, name: string): number {
  return (seed + 7_919 * PUBLIC_FUNCTIONS.findIndex((f) => f.name === name)) | 0;
}

/** A failure's kind with the details that vary from call to call blanked out. */
export function signature(failure: Failure): string {
  const text = describeFailures([failure]).slice(0, 120);
  return `${failure.kind}: ${text.replace(/"[^"]*"|'[^']*'|\[\d+\]|\d+/g, '_')}`;
}

/** How long shrinking one failure may take: a call over budget can take seconds, and shrinking makes many. */
const SHRINK_MS = 60_000;

/**
 * Replays the failing call at `path` and shrinks it, keeping the same
 * signature, for at most `SHRINK_MS`; the smallest arguments found.
 * `onCall` is called before each call, as in the campaign.
 */
function shrink(name: string, fn: (...args: unknown[]) => unknown, found: FoundFailure, meter: WorkMeter | null, onCall?: (run: number) => void): string {
  const fails = (args: unknown[]): boolean => {
    onCall?.(Number(found.path));
    const report = fuzzCall(fn, args, found.signature.startsWith('over_budget') ? meter : null);
    return report.failures.some((f) => signature(f) === found.signature);
  };
  const details = fc.check(
    fc.property(argumentsArb(name), (args) => !fails(args)),
    { seed: found.seed, path: found.path, numRuns: 1, interruptAfterTimeLimit: SHRINK_MS },
  );
  return details.counterexample === null ? '(did not fail again when replayed)' : printValue(details.counterexample[0]);
}

/**
 * Fuzzes `name` with `calls` argument lists from its seed. `onCall` is
 * called before each call (a watchdog's heartbeat). At most `maxShrunk`
 * distinct failures are shrunk.
 */
export function runCampaign(
  name: string,
  options: { calls: number; seed: number; meter: WorkMeter | null; onCall?: (run: number) => void; maxShrunk?: number },
): CampaignResult {
  const fn = PUBLIC_FUNCTIONS.find((f) => f.name === name)?.fn;
  if (fn === undefined) throw new Error(`${name} is not a public function`);
  const seed = functionSeed(options.seed, name);
  let run = 0;
  const guard = options.meter === null ? null : new BudgetGuard(options.meter, 256, () => options.onCall?.(run));
  const outcomes: Record<string, number> = {};
  const failures = new Map<string, FoundFailure>();
  const note = (failure: Failure, at: number): void => {
    const key = signature(failure);
    const known = failures.get(key);
    if (known !== undefined) known.count++;
    else failures.set(key, { name, signature: key, message: describeFailures([failure]), count: 1, seed, path: String(at), reproduction: '' });
  };
  const noteOver = (over: OverBudget): void => note({ kind: 'over_budget', work: over.work, budget: over.budget }, over.tag as number);
  fc.check(
    fc.property(argumentsArb(name), (args) => {
      options.onCall?.(run);
      const report = fuzzCall(fn, args);
      outcomes[report.outcome] = (outcomes[report.outcome] ?? 0) + 1;
      for (const failure of report.failures) note(failure, run);
      guard?.record(fn, args, report.result, run).forEach(noteOver);
      run++;
      return true;
    }),
    { seed, numRuns: options.calls },
  );
  guard?.flush().forEach(noteOver);
  const found = [...failures.values()];
  for (const failure of found.slice(0, options.maxShrunk ?? 5)) failure.reproduction = shrink(name, fn, failure, options.meter, options.onCall);
  return { name, calls: run, outcomes, failures: found, remeasured: guard?.remeasured ?? 0 };
}
