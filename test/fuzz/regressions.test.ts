/**
 * Minimal reproductions of what the fuzzer found, kept as regression tests:
 * public functions that let a TypeError or a RangeError (stack overflow)
 * escape on bad input, or returned a non-number for a number of minor units
 * (each must throw only a BalintError, or, for the `isInstant` predicate,
 * answer false); and calls whose work grew faster than their input and
 * output (counted in blocks of library code, not time).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { processMeter as meter } from './_meter.js'; // first: it must start before library code runs
import { BalintError } from '../../src/errors/BalintError.js';
import { ValidationError } from '../../src/errors/ValidationError.js';
import * as root from '../../src/_all.js';
import { nest } from './_values.js';
import type { WorkMeter } from './_work.js';
import { workBudget } from './_call.js';

type Outcome = { readonly returned: unknown } | { readonly threw: unknown };

function outcome(call: () => unknown): Outcome {
  try {
    return { returned: call() };
  } catch (error) {
    return { threw: error };
  }
}

const nullPrototype = Object.create(null) as object;
const deepArray = nest('USD', 20_000, null);
const f = root as unknown as Record<string, (...args: unknown[]) => unknown>;
const call =
  (name: string, ...args: unknown[]) =>
  (): unknown =>
    (f[name] as (...a: unknown[]) => unknown)(...args);

describe('found by fuzzing: bad input gets a BalintError, never a TypeError or a stack overflow', () => {
  it.each([
    ['formatPath(undefined)', call('formatPath')],
    ['formatPath(null)', call('formatPath', null)],
    ['formatPath({})', call('formatPath', {})],
    ['formatPath([Symbol()])', call('formatPath', [Symbol('x')])],
    ['formatPath([Object.create(null)])', call('formatPath', [nullPrototype])],
    ['describeSessionTimes(null, ["UTC"])', call('describeSessionTimes', null, ['UTC'])],
    ['describeSessionTimes(undefined)', call('describeSessionTimes')],
    ['money("250", "USD", null)', call('money', '250', 'USD', null)],
    ['currencyMinorUnits(Object.create(null))', call('currencyMinorUnits', nullPrototype)],
    ['currencyMinorUnits([Symbol()])', call('currencyMinorUnits', [Symbol('x')])],
    ['currencyMinorUnits(an array nested 20,000 deep)', call('currencyMinorUnits', deepArray)],
  ])('%s throws a ValidationError', (_name, run) => {
    const result = outcome(run);
    expect('threw' in result ? result.threw : result).toBeInstanceOf(ValidationError);
  });

  it.each([
    ['isInstant(Object.create(null))', call('isInstant', nullPrototype)],
    ['isInstant(Symbol())', call('isInstant', Symbol('x'))],
    ['isInstant(an array nested 20,000 deep)', call('isInstant', deepArray)],
  ])('%s answers false or throws a BalintError', (_name, run) => {
    const result = outcome(run);
    if ('threw' in result) expect(result.threw).toBeInstanceOf(BalintError);
    else expect(result.returned).toBe(false);
  });

  it.each([
    ['currencyMinorUnits("USD", NaN)', call('currencyMinorUnits', 'USD', Number.NaN)],
    ['currencyMinorUnits("USD", "2")', call('currencyMinorUnits', 'USD', '2')],
    ['currencyMinorUnits("USD", 99)', call('currencyMinorUnits', 'USD', 99)],
  ])('%s rejects an override that is not 0 to 6 minor units', (_name, run) => {
    const result = outcome(run);
    expect('threw' in result ? result.threw : result).toBeInstanceOf(ValidationError);
  });
});

describe('found by fuzzing: data nested deep inside an input a policy keeps compiles without a stack overflow', () => {
  it('compileCreditSessions keeps a session\'s extra key nested 20,000 deep, frozen', () => {
    const sessions = [{ index: 1, date: '2026-01-10', durationMinutes: 90, notes: deepArray }];
    const result = outcome(call('compileCreditSessions', sessions));
    expect('returned' in result).toBe(true);
    const compiled = (result as { returned: { notes: unknown }[] }).returned;
    let depth = 0;
    let node: unknown = (compiled[0] as { notes: unknown }).notes;
    for (; Array.isArray(node); depth++) {
      expect(Object.isFrozen(node)).toBe(true);
      node = node[0];
    }
    expect([depth, node]).toEqual([20_000, 'USD']);
    expect((compiled[0] as { notes: unknown }).notes === deepArray).toBe(false);
  });
});

describe.skipIf(meter === null)('found by fuzzing: work that grows faster than input and output', () => {
  afterAll(() => meter?.close());

  /** Blocks of library code run by `run` (after one warm-up call). */
  function blocks(run: () => unknown): number {
    const m = meter as WorkMeter;
    outcome(run);
    m.take();
    outcome(run);
    return m.take();
  }

  it('checkEligibility on a rule that holds costs twice the work when nested twice as deep, not four times', () => {
    const member = { kind: 'member', organization: 'ABS' };
    const chain = (depth: number): unknown => {
      let rule: unknown = member;
      for (let i = 0; i < depth; i++) rule = { kind: 'all', rules: [member, rule] };
      return rule;
    };
    const profile = { memberships: [{ organization: 'ABS' }] };
    const small = blocks(call('checkEligibility', chain(250), profile, { asOf: '2026-03-12' }));
    const large = blocks(call('checkEligibility', chain(500), profile, { asOf: '2026-03-12' }));
    expect(large).toBeLessThanOrEqual(small * 2.5);
  });

  it('sessionsToICalendar for a session spanning two thousand years stays within its work budget (found by the million-call run)', () => {
    const args = [
      [{ start: '0001-01-01T00:00:00.000+23:59', end: '2000-01-01T05:01:00.000Z', timeZone: 'America/New_York' }],
      { dtstamp: '1990-01-01T00:00:00.000Z', uidDomain: 'balint-rules', summary: '', description: '', location: '', url: 'https://www.americanbalintsociety.org/' },
    ];
    const run = call('sessionsToICalendar', ...args);
    const result = outcome(run);
    expect(blocks(run)).toBeLessThanOrEqual(workBudget(args, 'returned' in result ? result.returned : result.threw));
  });

  it('sessionsToICalendar costs about the same for one session starting in 0026 as in 1826 (a calendar of the same size comes out)', () => {
    const session = (start: string) => [{ start, end: '2026-03-13T01:00:00Z', timeZone: 'America/New_York' }];
    const options = { dtstamp: '2025-12-01T12:00:00Z' };
    const early = call('sessionsToICalendar', session('0026-03-12T00:00:00Z'), options);
    const late = call('sessionsToICalendar', session('1826-03-12T00:00:00Z'), options);
    expect(JSON.stringify(outcome(early)).length).toBe(JSON.stringify(outcome(late)).length);
    expect(blocks(early)).toBeLessThanOrEqual(blocks(late) * 2);
  });
});
