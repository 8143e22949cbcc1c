/**
 * Fuzzes every public function of the root module with arbitrary, near-valid
 * and valid arguments. `npx tsx scripts/fuzz.ts` runs the same at scale;
 * FUZZ_RUNS sets the runs per function here.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { processMeter as meter } from './_meter.js'; // first: it must start before library code runs
import { PUBLIC_FUNCTIONS, isClass } from './_api.js';
import { argumentsArb, seedSources } from './_args.js';
import { describeFailures, fuzzCall } from './_call.js';
import { printValue } from './_structure.js';
import { BudgetGuard, type OverBudget } from './_work.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const guard = meter === null ? null : new BudgetGuard(meter);
afterAll(() => meter?.close());

const describeOver = (o: OverBudget): string => `${printValue(o.args)}: ${o.work} blocks, budget ${o.budget}`;

/** fast-check's report, with the counterexample printed safely however deep it is. */
function reporter(details: fc.RunDetails<[unknown[]]>): void {
  if (!details.failed) return;
  if (details.counterexample === null) throw new Error(`Stopped after ${details.numRuns} runs: ${String(details.errorInstance ?? 'time limit reached')}`);
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${error}\nCounterexample: ${printValue(details.counterexample[0])}\nReplay: { seed: ${details.seed}, path: "${details.counterexamplePath ?? ''}" }`);
}

describe('the fuzzed API', () => {
  it('is every function the root module exports, and no class', () => {
    const names = PUBLIC_FUNCTIONS.map((f) => f.name);
    expect(names.length).toBeGreaterThanOrEqual(55);
    expect(names).toEqual(expect.arrayContaining(['parseRecurrence', 'planSessions', 'quoteRefund', 'seriesToICalendar', 'credentialStatus']));
    expect(names).not.toContain('ValidationError');
    expect(PUBLIC_FUNCTIONS.filter((f) => isClass(f.fn))).toEqual([]);
  });

  it('has valid arguments for every public function, from its TSDoc example or an area arbitrary', () => {
    const without = PUBLIC_FUNCTIONS.map((f) => f.name).filter((name) => {
      const sources = seedSources(name);
      return sources.examples === 0 && !sources.arbitrary;
    });
    expect(without).toEqual([]);
  });
});

describe('properties', () => {
  it.each(PUBLIC_FUNCTIONS.map((f) => [f.name, f] as const))(
    '%s throws only BalintErrors, mutates no argument and no built-in prototype, stays within its work budget, and returns on valid arguments',
    (name, { fn }) => {
      const over: OverBudget[] = [];
      let returned = 0;
      fc.assert(
        fc.property(argumentsArb(name), (args) => {
          const report = fuzzCall(fn, args);
          if (report.returned) returned++;
          if (guard !== null) over.push(...guard.record(fn, args, report.result));
          if (report.failures.length > 0) throw new Error(describeFailures(report.failures));
        }),
        { numRuns: RUNS, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true, reporter },
      );
      if (guard !== null) over.push(...guard.flush());
      expect(over.map(describeOver)).toEqual([]);
      expect(returned).toBeGreaterThan(0);
    },
  );
});
