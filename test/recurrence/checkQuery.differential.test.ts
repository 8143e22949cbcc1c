/**
 * `occurrences` checks its input without zod (so it bundles without it).
 * This pins that checker to the exported zod schemas it stands for: on
 * valid queries, near-valid ones (one node replaced, deleted, added to,
 * nested deep or made cyclic) and arbitrary values, both give the same
 * output or the same issues, in the same order, worded the same.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { toIssue } from '../../src/_lib/issues.js';
import { toValidationIssue as fromZod } from '../../src/_lib/validate.js';
import { checkOccurrenceQuery, queryChecker } from '../../src/recurrence/_checkQuery.js';
import { UNBOUNDED } from '../../src/recurrence/_expand.js';
import { OccurrencesOptionsSchema, RecurrenceRuleSchema, US_FEDERAL_HOLIDAYS, occurrences } from '../../src/recurrence/index.js';
import { ValidationError } from '../../src/errors/ValidationError.js';
import { nearValidArb } from '../fuzz/_mutate.js';
import { anythingArb } from '../fuzz/_values.js';
import { localDateArb, nthWeekdayRuleArb, dayOfMonthRuleArb, recurrenceRuleArb } from '../_arbitraries/recurrence.js';

const QuerySchema = z
  .object({ rule: RecurrenceRuleSchema, options: OccurrencesOptionsSchema })
  .check(
    z.refine((q) => q.rule.kind === 'dates' || q.options.until !== undefined || q.options.count !== undefined, { message: UNBOUNDED, path: ['options'] }),
  );

type Outcome = { readonly value: unknown } | { readonly issues: unknown } | { readonly threw: string };

function byZod(input: unknown): Outcome {
  try {
    const r = QuerySchema.safeParse(input, { reportInput: true });
    return r.success ? { value: r.data } : { issues: r.error.issues.map((issue) => fromZod(issue)) };
  } catch (error) {
    return { threw: String(error) };
  }
}

function byChecker(input: unknown): Outcome {
  try {
    const r = queryChecker(input);
    return r.issues.length === 0 ? { value: r.value } : { issues: r.issues.map((issue) => toIssue(issue)) };
  } catch (error) {
    return { threw: String(error) };
  }
}

const wallTimeArb = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const holidayArb = fc.record(
  {
    name: fc.constantFrom('Founders Day', 'Retreat'),
    rule: fc.oneof(nthWeekdayRuleArb, dayOfMonthRuleArb),
    observed: fc.constantFrom('none', 'weekend_to_weekday'),
    sinceYear: fc.integer({ min: 1, max: 9999 }),
    untilYear: fc.integer({ min: 1, max: 9999 }),
  },
  { requiredKeys: ['name', 'rule'] },
);
const optionsArb = fc.record(
  {
    from: localDateArb(),
    until: localDateArb(),
    count: fc.integer({ min: 1, max: 1_000_000 }),
    exceptions: fc.record(
      {
        skip: fc.array(localDateArb(), { maxLength: 3 }),
        add: fc.array(localDateArb(), { maxLength: 3 }),
        move: fc.array(fc.record({ from: localDateArb(), to: localDateArb(), startTime: wallTimeArb }, { requiredKeys: ['from', 'to'] }), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
    holidays: fc.record(
      {
        calendar: fc.oneof(fc.constant(US_FEDERAL_HOLIDAYS), fc.record({ name: fc.constant('Society'), holidays: fc.array(holidayArb, { maxLength: 3 }) })),
        action: fc.constantFrom('skip', 'shift'),
        shiftDays: fc.integer({ min: 1, max: 366 }),
        match: fc.constantFrom('actual', 'observed', 'both'),
      },
      { requiredKeys: ['calendar', 'action'] },
    ),
  },
  { requiredKeys: ['from'] },
);
const queryArb = fc.tuple(recurrenceRuleArb, optionsArb).map(([rule, options]) => ({ rule, options }));

describe('the zod-free occurrence query checker', () => {
  describe('properties', () => {
    it('gives what zod gives on valid queries: the same output', () => {
      fc.assert(
        fc.property(queryArb, (query) => {
          expect(byChecker(query)).toEqual(byZod(query));
        }),
        { numRuns: 300 },
      );
    });

    it('gives what zod gives on near-valid queries: the same output, or the same issues in the same order and words', () => {
      fc.assert(
        fc.property(nearValidArb(queryArb.map((q) => [q])), ([query]) => {
          expect(byChecker(query)).toEqual(byZod(query));
        }),
        { numRuns: 2000 },
      );
    });

    it('gives what zod gives on arbitrary values in place of the rule or the options', () => {
      fc.assert(
        fc.property(queryArb, anythingArb, fc.boolean(), (query, junk, inRule) => {
          const input = inRule ? { ...query, rule: junk } : { ...query, options: junk };
          expect(byChecker(input)).toEqual(byZod(input));
        }),
        { numRuns: 500 },
      );
    });
  });

  it('reports the same issues as zod for hand-picked mistakes', () => {
    const cases: unknown[] = [
      { rule: { kind: 'nthWeekday', weekday: 'funday', ordinals: [0, 0, 1.5], months: [13, 13] }, options: { from: '2026-02-30' } },
      { rule: { kind: 'weekly', weekdays: [], interval: 1e20 }, options: { from: '2026-01-01', count: 0 } },
      { rule: { kind: 'weekly', weekdays: ['monday'], interval: -1e20 }, options: { from: '2026-01-01', count: Infinity } },
      { rule: { kind: 'monthly' }, options: null },
      { rule: { kind: 'dates', dates: ['2026-01-01', '2026-01-01'] }, options: { from: '2026-01-01', exceptions: { move: [{ from: '2026-01-01', to: 'x', startTime: '24:00' }] } } },
      { rule: { kind: 'dayOfMonth', days: [31, -32] }, options: { from: '2026-01-01', holidays: { calendar: { name: '', holidays: [{ rule: { kind: 'dates' } }] }, action: 'move', shiftDays: NaN } } },
      { rule: { kind: 'dayOfMonth', days: [1] }, options: { from: '2026-01-01' } },
      [],
      'every second Saturday',
    ];
    for (const input of cases) expect(byChecker(input)).toEqual(byZod(input));
  });

  it('throws a ValidationError naming the query, as validating with zod would', () => {
    expect(() => checkOccurrenceQuery({ kind: 'weekly', weekdays: ['monday'] }, { from: '2026-01-01' })).toThrow(ValidationError);
    expect(() => occurrences({ kind: 'weekly', weekdays: ['monday'] }, { from: '2026-01-01' })).toThrow(
      `Invalid occurrence query: options: ${UNBOUNDED}`,
    );
  });

  it('reports a getter that throws as input that could not be read', () => {
    const options = Object.defineProperty({}, 'from', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(() => occurrences({ kind: 'weekly', weekdays: ['monday'] }, options as never)).toThrow('Invalid occurrence query: (root): could not be read (no)');
  });
});
