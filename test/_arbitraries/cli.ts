/**
 * fast-check arbitraries for the `balint` command line: valid calls of its
 * commands (the argv and the inputs it stands for, so a test can compare
 * with the library) and arbitrary argv for robustness. Valid values only,
 * except `argvArb`, which is meant to be anything.
 */
import fc from 'fast-check';
import { formatDays, parseDays } from '../../src/_lib/civil.js';
import { instantToEpochMs } from '../../src/_lib/instant.js';
import { ABS_PRESET_IDS } from '../../src/presets/abs/index.js';
import { formatRecurrence, toRRule, type RecurrenceRule } from '../../src/recurrence/index.js';
import type { Cancellation, RefundRegistration } from '../../src/refunds/index.js';
import type { SeriesInput } from '../../src/schedule/index.js';
import { recurrenceRuleArbitrary } from '../../src/testing/recurrence.js';
import { instantArbitrary, localDateArbitrary, wallTimeArbitrary, withOffset } from '../../src/testing/time.js';

/** Zones the calls use, on both sides of the date line and of the equator. */
export const CLI_ZONES = ['America/New_York', 'America/Los_Angeles', 'Europe/London', 'Asia/Tokyo', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'] as const;

/** The presets whose refund policy is published in full. */
export const PUBLISHED_POLICY_PRESETS = [
  'abs-online-group-saturday-2026',
  'abs-online-group-tuesday-2026',
  'abs-healing-mindfulness-compassion-retreat-2026',
  'abs-new-england-leadership-intensive-2026',
] as const;

const plusDays = (date: string, days: number): string => formatDays(parseDays(date) + days);

/** A rule with the text a user would type for it: English (`formatRecurrence`) or, for a pattern, RRULE text, sometimes with `RRULE:`. */
export const ruleTextArb: fc.Arbitrary<{ rule: RecurrenceRule; text: string }> = fc
  .tuple(recurrenceRuleArbitrary({ from: '2024-01-01', until: '2028-12-31' }), fc.constantFrom('english', 'rrule', 'prefixed'))
  .map(([rule, form]) => {
    if (rule.kind === 'dates' || form === 'english') return { rule, text: formatRecurrence(rule) };
    return { rule, text: `${form === 'prefixed' ? 'RRULE:' : ''}${toRRule(rule)}` };
  });

/** `balint dates`: a rule, its bounds (`count`, `until`, or both; a list of dates may have neither), and the argv. */
export interface DatesCall {
  readonly rule: RecurrenceRule;
  readonly from: string;
  readonly count?: number;
  readonly until?: string;
  readonly argv: readonly string[];
}

export const datesCallArb: fc.Arbitrary<DatesCall> = fc
  .record({
    ruleText: ruleTextArb,
    from: localDateArbitrary({ from: '2024-01-01', until: '2027-12-31' }),
    count: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    span: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
  })
  .map(({ ruleText, from, count, span }) => {
    const bounded = count !== undefined || span !== undefined || ruleText.rule.kind === 'dates';
    const until = span === undefined ? (bounded ? undefined : plusDays(from, 400)) : plusDays(from, span);
    const argv = ['dates', ruleText.text, '--from', from, ...(count === undefined ? [] : ['--count', String(count)]), ...(until === undefined ? [] : ['--until', until])];
    return { rule: ruleText.rule, from, ...(count === undefined ? {} : { count }), ...(until === undefined ? {} : { until }), argv };
  });

/** `balint sessions`: the series it stands for, the zones shown, and the argv. */
export interface SessionsCall {
  readonly series: SeriesInput & { readonly recurrence: RecurrenceRule };
  readonly showIn: readonly string[];
  readonly argv: readonly string[];
}

export const sessionsCallArb: fc.Arbitrary<SessionsCall> = fc
  .record({
    dates: datesCallArb,
    startTime: wallTimeArbitrary({ nearDstChanges: true }),
    timeZone: fc.constantFrom(...CLI_ZONES),
    durationMinutes: fc.integer({ min: 1, max: 240 }),
    firstSessionMinutes: fc.option(fc.integer({ min: 1, max: 240 }), { nil: undefined }),
    showIn: fc.uniqueArray(fc.constantFrom(...CLI_ZONES), { maxLength: 3 }),
  })
  .map(({ dates, startTime, timeZone, durationMinutes, firstSessionMinutes, showIn }) => {
    const { argv: datesArgv, rule, ...bounds } = dates;
    const series = { recurrence: rule, ...bounds, startTime, timeZone, durationMinutes, ...(firstSessionMinutes === undefined ? {} : { firstSessionMinutes }) };
    const argv = [
      'sessions',
      ...datesArgv.slice(1),
      '--time', startTime, '--tz', timeZone, '--duration', String(durationMinutes),
      ...(firstSessionMinutes === undefined ? [] : ['--first-duration', String(firstSessionMinutes)]),
      ...showIn.flatMap((zone) => ['--show-in', zone]),
    ];
    return { series, showIn, argv };
  });

/** `balint refund` with a published ABS policy: the registration and cancellation it stands for, and the argv. */
export interface RefundCall {
  readonly policy: (typeof PUBLISHED_POLICY_PRESETS)[number];
  readonly registration: RefundRegistration;
  readonly cancellation: Cancellation;
  readonly argv: readonly string[];
}

export const refundCallArb: fc.Arbitrary<RefundCall> = fc
  .record({
    policy: fc.constantFrom(...PUBLISHED_POLICY_PRESETS),
    dollars: fc.integer({ min: 0, max: 2000 }),
    cents: fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
    by: fc.constantFrom('registrant' as const, 'organizer' as const),
    reason: fc.option(fc.constantFrom('insufficient_registrants', 'illness'), { nil: undefined }),
    inWriting: fc.boolean(),
    received: instantArbitrary({ from: '2025-12-01T00:00:00Z', until: '2026-10-31T00:00:00Z' }),
    acknowledgedAfterMinutes: fc.option(fc.integer({ min: 0, max: 20 * 24 * 60 }), { nil: undefined }),
    sessionsAttended: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  })
  .map((c) => {
    const amount = c.cents === undefined ? String(c.dollars) : `${c.dollars}.${String(c.cents).padStart(2, '0')}`;
    const acknowledgedAt = c.acknowledgedAfterMinutes === undefined ? undefined : withOffset(instantToEpochMs(c.received) + c.acknowledgedAfterMinutes * 60_000, 0);
    const registration: RefundRegistration = { paid: { amount, currency: 'USD' }, ...(c.sessionsAttended === undefined ? {} : { sessionsAttended: c.sessionsAttended }) };
    const cancellation: Cancellation = {
      by: c.by,
      at: c.received,
      inWriting: c.inWriting,
      ...(c.reason === undefined ? {} : { reason: c.reason }),
      ...(acknowledgedAt === undefined ? {} : { acknowledgedAt }),
    };
    const argv = [
      'refund', '--policy', c.policy, '--paid', amount, '--by', c.by, '--at', c.received,
      ...(c.inWriting ? ['--in-writing'] : []),
      ...(c.reason === undefined ? [] : ['--reason', c.reason]),
      ...(acknowledgedAt === undefined ? [] : ['--acknowledged', acknowledgedAt]),
      ...(c.sessionsAttended === undefined ? [] : ['--sessions-attended', String(c.sessionsAttended)]),
    ];
    return { policy: c.policy, registration, cancellation, argv };
  });

const WORDS = ['dates', 'sessions', 'ics', 'rule', 'refund', 'eligible', 'credits', 'presets', 'help', 'second Saturday', 'now', 'today', '2026-01-01', '8', '-', '--', '-h', 'me.json', 'broken.json', ...ABS_PRESET_IDS];
const OPTIONS = ['from', 'count', 'until', 'time', 'tz', 'duration', 'json', 'policy', 'paid', 'by', 'at', 'rule', 'profile', 'cancelled', 'as-of', 'param', 'params', 'attended', 'help', 'exit-code', 'dtstamp', 'show-in', 'version'];

/** Any argv: command names, option names (with and without `=value`), plausible values and arbitrary strings. */
export const argvArb: fc.Arbitrary<string[]> = fc.array(
  fc.oneof(
    fc.constantFrom(...WORDS),
    fc.constantFrom(...OPTIONS).map((o) => `--${o}`),
    fc.tuple(fc.constantFrom(...OPTIONS), fc.string({ maxLength: 8 })).map(([o, v]) => `--${o}=${v}`),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
  ),
  { maxLength: 10 },
);
