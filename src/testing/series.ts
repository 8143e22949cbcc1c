/** Arbitraries for series of sessions, as `planSessions` takes them. */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { parseDays } from '../_lib/civil.js';
import { occurrences, US_FEDERAL_HOLIDAYS } from '../recurrence/index.js';
import type { RecurrenceRule } from '../recurrence/schema.js';
import type { SeriesInput } from '../schedule/schema.js';
import { dateWindowInOrder, dateWindowShape, plusDays, readOptions, ZonePoolSchema } from './_options.js';
import { recurrenceRules } from './recurrence.js';
import { localDates, TEST_TIME_ZONES, wallTimes, zones } from './time.js';

/**
 * Options of {@link seriesArbitrary}.
 *
 * @example
 * ```ts
 * import type { SeriesArbitraryOptions } from 'balint-rules/testing';
 *
 * const options: SeriesArbitraryOptions = { timeZones: ['America/New_York', 'America/Los_Angeles'], from: '2026-01-01', exceptions: false };
 * ```
 */
export type SeriesArbitraryOptions = z.input<typeof SeriesOptionsSchema>;

const SeriesOptionsSchema = z
  .strictObject({
    /** The zones series are held in (default: `TEST_TIME_ZONES`). */
    timeZones: z.optional(ZonePoolSchema),
    /** The earliest first date (default 2000-01-01); the latest date a session may fall on (default: up to four years after the start). */
    ...dateWindowShape,
    /** Whether series may get skipped, added and moved sessions (default true: about half do); inside a `from`/`until` window, added and moved dates stay in it. */
    exceptions: z.optional(z.boolean()),
  })
  .check(dateWindowInOrder('2000-01-01', undefined));

/** Exceptions drawn from a rule's own dates (skips and moves that hit) plus added dates near them. */
function exceptionsArb(rule: RecurrenceRule, from: string, until: string): fc.Arbitrary<SeriesInput['exceptions']> {
  const found = occurrences(rule, { from, until }).slice(0, 60);
  const pick = found.length === 0 ? fc.constant([] as string[]) : fc.subarray(found, { maxLength: Math.min(4, found.length) });
  const nearDate = fc.tuple(fc.constantFrom(...(found.length === 0 ? [from] : found)), fc.integer({ min: -20, max: 20 })).map(([d, n]) => plusDays(d, n));
  return fc.record(
    {
      skip: pick,
      add: fc.array(nearDate, { maxLength: 3 }),
      // A move is of a date the rule gives (a move of any other date is refused).
      move:
        found.length === 0
          ? fc.constant([])
          : fc.array(
              fc.record({ from: fc.constantFrom(...found), to: nearDate, startTime: wallTimes({ nearDstChanges: true }) }, { requiredKeys: ['from', 'to'] }),
              { maxLength: 3 },
            ),
    },
    { requiredKeys: [] },
  );
}

/**
 * A valid series over at most four years (always bounded by `until`, often
 * by `count` too): any recurrence rule including lists of dates, start
 * times often in the small hours where daylight-saving changes happen, an
 * optional longer first session, exceptions, US federal holidays skipped
 * or shifted, and the `compatible` or `rfc5545` DST policy.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { seriesArbitrary } from 'balint-rules/testing';
 * import { planSessions } from 'balint-rules';
 *
 * const series = fc.sample(seriesArbitrary({ timeZones: ['America/New_York'], from: '2026-01-01', until: '2026-12-31' }), 10);
 * series.every((s) => planSessions(s).every((session) => session.date >= '2026-01-01' && session.date <= '2026-12-31'));
 * //=> true
 * ```
 */
export function seriesArbitrary(options: SeriesArbitraryOptions = {}): fc.Arbitrary<SeriesInput> {
  return series(readOptions(SeriesOptionsSchema, options, 'seriesArbitrary'));
}

function series(options: z.output<typeof SeriesOptionsSchema>): fc.Arbitrary<SeriesInput> {
  const first = options.from ?? '2000-01-01';
  const last = options.until ?? (options.from === undefined ? '2040-12-31' : plusDays(first, 4 * 365 + 30));
  return fc
    .record({
      recurrence: recurrenceRules({}),
      from: localDates({ from: first, until: last }),
      years: fc.integer({ min: 0, max: 4 }),
      count: fc.option(fc.integer({ min: 1, max: 25 }), { nil: undefined }),
      startTime: wallTimes({ nearDstChanges: true }),
      timeZone: zones(options.timeZones ?? TEST_TIME_ZONES),
      durationMinutes: fc.oneof(fc.integer({ min: 1, max: 240 }), fc.integer({ min: 1, max: 1440 })),
      firstSessionMinutes: fc.option(fc.integer({ min: 1, max: 240 }), { nil: undefined }),
      holidays: fc.option(
        fc.record({ action: fc.constantFrom('skip' as const, 'shift' as const), shiftDays: fc.option(fc.constantFrom(1, 7, 14), { nil: undefined }) }),
        { nil: undefined },
      ),
      dst: fc.option(fc.constantFrom('compatible' as const, 'rfc5545' as const), { nil: undefined }),
      withExceptions: options.exceptions === false ? fc.constant(false) : fc.boolean(),
    })
    .chain((s) => {
      const computed = plusDays(s.from, 30 + s.years * 365);
      const until = options.until !== undefined && options.until < computed ? options.until : computed;
      const rule: RecurrenceRule =
        s.recurrence.kind === 'dates'
          ? { kind: 'dates', dates: [...new Set(s.recurrence.dates.map((d) => plusDays(s.from, parseDays(d) % 1000)))].sort() }
          : s.recurrence;
      const base: SeriesInput = {
        recurrence: rule,
        from: s.from,
        until,
        ...(s.count === undefined ? {} : { count: s.count }),
        startTime: s.startTime,
        timeZone: s.timeZone,
        durationMinutes: s.durationMinutes,
        ...(s.firstSessionMinutes === undefined ? {} : { firstSessionMinutes: s.firstSessionMinutes }),
        ...(s.holidays === undefined
          ? {}
          : { holidays: { calendar: US_FEDERAL_HOLIDAYS, action: s.holidays.action, ...(s.holidays.shiftDays === undefined ? {} : { shiftDays: s.holidays.shiftDays }) } }),
        ...(s.dst === undefined ? {} : { dst: s.dst }),
      };
      if (!s.withExceptions) return fc.constant(base);
      const windowed = options.from !== undefined || options.until !== undefined;
      return exceptionsArb(rule, s.from, until).map((exceptions) => ({ ...base, exceptions: windowed ? clampExceptions(exceptions, s.from, until) : exceptions }));
    });
}

/** Added and moved-to dates kept inside the series' window, so every session stays within `until`. */
function clampExceptions(exceptions: SeriesInput['exceptions'], from: string, until: string): SeriesInput['exceptions'] {
  if (exceptions === undefined) return exceptions;
  const inside = (d: string): boolean => d >= from && d <= until;
  return {
    ...exceptions,
    ...(exceptions.add === undefined ? {} : { add: exceptions.add.filter(inside) }),
    ...(exceptions.move === undefined ? {} : { move: exceptions.move.filter((m) => inside(m.to)) }),
  };
}
