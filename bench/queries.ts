/**
 * "When is the next session?" and "which sessions fall between two
 * dates?": `nextOccurrences` and `occurrencesBetween` against rrule.js's
 * `after` and `between` on the same rules (no end, starting 2026-01-01), for
 * questions 1, 10 and 60 years after the start. Outputs are checked to be
 * identical before anything is timed. The goal: at least 100x rrule.js at 60
 * years, and flat in the distance (a question 60 years out costs about what
 * one a year out costs).
 */
import rrulePackage, { type Weekday as RRuleWeekday } from 'rrule';
import { formatDays, parseDays } from '../src/_lib/civil.js';
import { nextOccurrences, occurrencesBetween, WEEKDAYS, type RecurrenceRule } from '../src/recurrence/index.js';
import { compare, formatDuration, printMarkdownTable } from './_measure.js';

process.env.TZ = 'UTC';
const { datetime, RRule } = rrulePackage;
const RR_DAYS: RRuleWeekday[] = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];

type Monthly = Extract<RecurrenceRule, { kind: 'nth_weekday' | 'day_of_month' }>;
const RULES: readonly [string, Monthly][] = [
  ['2nd Saturday', { kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] }],
  ['4th Thursday of odd months', { kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3, 5, 7, 9, 11] }],
  ['the 15th and the last day', { kind: 'day_of_month', days: [15, -1] }],
];

const FROM = '2026-01-01';
const toDate = (date: string): Date => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return datetime(y, m, d);
};
const day = (d: Date): string => d.toISOString().slice(0, 10);

function rrule(rule: Monthly): InstanceType<typeof RRule> {
  return new RRule({
    freq: RRule.MONTHLY,
    ...(rule.kind === 'nth_weekday'
      ? { byweekday: rule.ordinals.map((n) => (RR_DAYS[WEEKDAYS.indexOf(rule.weekday)] as RRuleWeekday).nth(n)) }
      : { bymonthday: [...rule.days] }),
    ...(rule.months ? { bymonth: [...rule.months] } : {}),
    dtstart: toDate(FROM),
    // noCache: rrule.js would otherwise answer a repeated question from its cache, not compute it.
  }, true);
}

const rows: string[][] = [];
let allSame = true;
const perCallMs = (perSecond: number): number => 1000 / perSecond;
const flatness: string[][] = [];

for (const [name, rule] of RULES) {
  const ref = rrule(rule);
  const timesOurs: number[] = [];
  for (const years of [1, 10, 60]) {
    const after = formatDays(parseDays(FROM) + Math.round(years * 365.2425));
    const end = formatDays(parseDays(after) + 91);
    const next = {
      ours: () => nextOccurrences(rule, after, { from: FROM }),
      ref: () => {
        const d = ref.after(toDate(after), false);
        return d === null ? [] : [day(d)];
      },
    };
    const between = {
      ours: () => occurrencesBetween(rule, after, end, { from: FROM }),
      ref: () => ref.between(toDate(after), new Date(`${end}T23:59:59Z`), true).map(day),
    };
    const sameNext = JSON.stringify(next.ours()) === JSON.stringify(next.ref());
    const sameBetween = JSON.stringify(between.ours()) === JSON.stringify(between.ref());
    allSame &&= sameNext && sameBetween;
    for (const [query, pair, same] of [
      ['next', next, sameNext],
      ['between (3 months)', between, sameBetween],
    ] as const) {
      const rates = compare(pair.ours, pair.ref, 150, 3);
      const ratio = rates.ours / rates.reference;
      if (query === 'next') timesOurs.push(perCallMs(rates.ours));
      rows.push([
        name,
        query,
        `${years} y`,
        formatDuration(perCallMs(rates.ours)),
        formatDuration(perCallMs(rates.reference)),
        `${ratio.toFixed(0)}x`,
        years === 60 ? `100x${ratio >= 100 ? '' : ' (missed)'}` : '',
        same ? 'yes' : 'NO',
      ]);
    }
  }
  flatness.push([name, timesOurs.map(formatDuration).join(' / '), `${((timesOurs[2] as number) / (timesOurs[0] as number)).toFixed(2)}x`]);
}

printMarkdownTable(
  'Next and between, from 2026-01-01 with no end: time per call (lower is better) and the ratio to rrule.js',
  ['rule', 'query', 'after the start', 'balint-rules', 'rrule.js', 'ratio', 'goal', 'same output'],
  rows,
  ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'center'],
);
printMarkdownTable('Flat in the distance: "next" at 1 / 10 / 60 years, and 60 years over 1 year', ['rule', 'next at 1 / 10 / 60 years', '60 y / 1 y'], flatness, ['left', 'right', 'right']);
if (!allSame) {
  console.error('Outputs differ from rrule.js: see the table.');
  process.exitCode = 1;
}
