/**
 * Occurrences per second for this library and for rrule.js on the same
 * rules, measured in the same run, with the ratio; and zoned sessions in
 * America/New_York against rrule.js with `tzid`. Output is checked to be
 * identical before anything is timed.
 *
 * rrule.js returns `tzid` results as dates whose fields read in the
 * process's zone, so this script runs with TZ=UTC, where they are the
 * instants themselves.
 */
import rrulePackage, { type Weekday as RRuleWeekday } from 'rrule';
import { clearZoneMemos } from '../src/_lib/zone.js';
import { occurrences, WEEKDAYS, type RecurrenceRule } from '../src/recurrence/index.js';
import { planSessions } from '../src/schedule/index.js';
import { compare, printTable, seeded, type Row } from './_measure.js';

process.env.TZ = 'UTC';
// rrule's CommonJS build has no named ESM exports under plain Node.
const { datetime, RRule } = rrulePackage;

const RR_DAYS: RRuleWeekday[] = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
type Nth = Extract<RecurrenceRule, { kind: 'nth_weekday' }>;

function rrule(rule: Nth, from: [number, number, number], until: [number, number, number], time: [number, number] = [0, 0], tzid?: string): InstanceType<typeof RRule> {
  return new RRule({
    freq: RRule.MONTHLY,
    byweekday: rule.ordinals.map((n) => (RR_DAYS[WEEKDAYS.indexOf(rule.weekday)] as RRuleWeekday).nth(n)),
    ...(rule.months ? { bymonth: rule.months } : {}),
    dtstart: datetime(from[0], from[1], from[2], time[0], time[1]),
    until: datetime(until[0], until[1], until[2], 23, 59),
    ...(tzid ? { tzid } : {}),
  });
}

const day = (d: Date): string => d.toISOString().slice(0, 10);
const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

// (a) one nth-weekday rule over 100 years.
const secondSaturday: Nth = { kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] };
const a = {
  ours: () => occurrences(secondSaturday, { from: '2000-01-01', until: '2099-12-31' }),
  ref: () => rrule(secondSaturday, [2000, 1, 1], [2099, 12, 31]).all().map(day),
};
const aCount = a.ours().length;

// (b) 10,000 random nth-weekday rules over 5 years.
const random = seeded(20260110);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const rules: Nth[] = Array.from({ length: 10_000 }, () => {
  const ordinals = [...new Set([pick([1, 2, 3, 4, 5, -1, -2]), ...(random() < 0.3 ? [pick([1, 2, 3, 4, -1])] : [])])];
  const rule: Nth = { kind: 'nth_weekday', weekday: pick(WEEKDAYS), ordinals };
  if (random() < 0.5) rule.months = pick([[1, 3, 5, 7, 9, 11], [2, 4, 6, 8, 10, 12], [3, 6, 9, 12], [11]]);
  return rule;
});
const b = {
  ours: () => rules.map((r) => occurrences(r, { from: '2026-01-01', until: '2030-12-31' })),
  ref: () => rules.map((r) => rrule(r, [2026, 1, 1], [2030, 12, 31]).all().map(day)),
};
const bOurs = b.ours();
const bCount = bOurs.reduce((n, list) => n + list.length, 0);

// (c) zoned sessions, America/New_York at 11:00, 5 years.
const zonedRules = rules.slice(0, 200);
const c = {
  ours: () =>
    zonedRules.map((r) =>
      planSessions({ recurrence: r, from: '2026-01-01', until: '2030-12-31', startTime: '11:00', timeZone: 'America/New_York', durationMinutes: 60 }).map((s) => s.start),
    ),
  ref: () => zonedRules.map((r) => rrule(r, [2026, 1, 1], [2030, 12, 31], [11, 0], 'America/New_York').all().map((d: Date) => d.toISOString())),
};
const cOurs = c.ours();
const cCount = cOurs.reduce((n, list) => n + list.length, 0);

const bRef = b.ref();
const cRef = c.ref();
const identical = {
  a: same(a.ours(), a.ref()),
  b: bOurs.every((list, i) => same(list, bRef[i] ?? [])),
  c: cOurs.every((list, i) => same(list, cRef[i] ?? [])),
};

function row(name: string, ours: () => unknown, reference: () => unknown, perCall: number, goal: number, same: boolean, minMs = 200): Row {
  const rates = compare(ours, reference, minMs);
  return { name, ours: rates.ours * perCall, reference: rates.reference * perCall, goal, identical: same };
}

const rows: Row[] = [
  row(`(a) 2nd Saturday, 100 years (${aCount} dates)`, a.ours, a.ref, aCount, 50, identical.a),
  row(`(b) 10,000 random nth-weekday rules, 5 years (${bCount} dates)`, b.ours, b.ref, bCount, 50, identical.b, 600),
  row(`(c) zoned sessions, New York, cold caches (${cCount} sessions)`, () => { clearZoneMemos(); return c.ours(); }, c.ref, cCount, 100, identical.c, 400),
  row(`(c') zoned sessions, New York, warm caches (${cCount} sessions)`, c.ours, c.ref, cCount, 100, identical.c, 400),
];
printTable('Recurrence and zoned sessions, occurrences per second (higher is better)', rows);
if (!Object.values(identical).every(Boolean)) {
  console.error('Outputs differ from rrule.js: see the table.');
  process.exitCode = 1;
}
