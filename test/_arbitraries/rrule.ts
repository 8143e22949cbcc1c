/**
 * fast-check arbitraries for RFC 5545 RRULE text: the forms other tools
 * write for a canonical rule (any part order, letter case, spacing, and the
 * equivalent YEARLY, BYSETPOS, INTERVAL=1 and WKST spellings), and text
 * assembled from plausible parts that is valid, unsupported or malformed.
 */
import fc from 'fast-check';
import { WEEKDAYS, type RecurrenceRule } from '../../src/recurrence/schema.js';
import { WEEKDAY_CODES } from '../../src/recurrence/toRRule.js';
import { patternRuleArb } from './recurrence.js';

/** A permutation of `items`. */
export const shuffled = <T>(items: readonly T[]): fc.Arbitrary<T[]> =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

/** Random letter case, one choice per character. */
export const anyCase = (text: string): fc.Arbitrary<string> =>
  fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }).map((up) =>
    [...text].map((c, i) => (up[i] ? c.toUpperCase() : c.toLowerCase())).join(''),
  );

/** An RRULE text (parts as [key, value] pairs) that other tools could write for a canonical rule. */
export function equivalentPartsArb(rule: RecurrenceRule): fc.Arbitrary<[string, string][]> {
  const optional = (part: [string, string]): fc.Arbitrary<[string, string][]> => fc.constantFrom([], [part]);
  const wkst = fc.constantFrom(...WEEKDAY_CODES).map((code): [string, string] => ['WKST', code]);
  const monthly = (rest: [string, string][]): fc.Arbitrary<[string, string][]> => {
    const months: [string, string][] = 'months' in rule && rule.months !== undefined ? [['BYMONTH', rule.months.join(',')]] : [];
    const freqs = months.length > 0 ? ['MONTHLY', 'YEARLY'] : ['MONTHLY'];
    return fc
      .tuple(fc.constantFrom(...freqs), optional(['INTERVAL', '1']), wkst.chain((w) => optional(w)))
      .map(([freq, interval, w]) => [['FREQ', freq], ...interval, ...w, ...months, ...rest]);
  };
  switch (rule.kind) {
    case 'nth_weekday': {
      const code = WEEKDAY_CODES[WEEKDAYS.indexOf(rule.weekday)] as string;
      const byDay = shuffled(rule.ordinals).chain((ordinals) =>
        fc.boolean().map((plus): [string, string][] => [['BYDAY', ordinals.map((n) => `${plus && n > 0 ? '+' : ''}${n}${code}`).join(',')]]),
      );
      const bySetPos = shuffled(rule.ordinals).map((ordinals): [string, string][] => [['BYDAY', code], ['BYSETPOS', ordinals.join(',')]]);
      const setPosAllowed = rule.months === undefined || rule.months.length === 1;
      // BYSETPOS counts within the month only if the set is one month's (FREQ=MONTHLY, or YEARLY with one BYMONTH).
      return (setPosAllowed ? fc.oneof(byDay, bySetPos) : byDay).chain(monthly);
    }
    case 'day_of_month':
      return shuffled(rule.days).chain((days) => monthly([['BYMONTHDAY', days.join(',')]]));
    case 'weekly': {
      const codes = rule.weekdays.map((w) => WEEKDAY_CODES[WEEKDAYS.indexOf(w)] as string);
      const interval: fc.Arbitrary<[string, string][]> = rule.interval > 1 ? fc.constant([['INTERVAL', String(rule.interval)]]) : optional(['INTERVAL', '1']);
      const week: fc.Arbitrary<[string, string][]> = rule.interval > 1 ? optional(['WKST', 'MO']) : wkst.chain((w) => optional(w));
      return fc
        .tuple(interval, week, shuffled(codes))
        .map(([i, w, days]) => [['FREQ', 'WEEKLY'], ...i, ...w, ['BYDAY', days.join(',')]]);
    }
    case 'dates':
      throw new Error('not a pattern rule');
  }
}

/** A canonical pattern rule and an equivalent RRULE text in any part order, case and spacing. */
export const ruleAndTextArb = patternRuleArb.chain((rule) =>
  equivalentPartsArb(rule)
    .chain((parts) => fc.tuple(shuffled(parts), fc.constantFrom('', 'RRULE:', 'rrule:'), fc.constantFrom(';', ' ; ', ';\t')))
    .chain(([parts, prefix, separator]) => anyCase(parts.map(([k, v]) => `${k}=${v}`).join(separator)).map((body) => `${prefix}${body}`))
    .map((text) => ({ rule, text })),
);

/** Mostly `good`, now and then `bad`. */
export const mostly = (good: fc.Arbitrary<string>, ...bad: string[]): fc.Arbitrary<string> =>
  fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: fc.constantFrom(...bad), weight: 1 });
/** A comma-separated list of unique items. */
export const list = (item: fc.Arbitrary<string | number>, maxLength = 3): fc.Arbitrary<string> =>
  fc.uniqueArray(item, { minLength: 1, maxLength }).map((items) => items.join(','));

/** Values for each RRULE part, mostly well-formed, sometimes not. */
export const partValueArb: Record<string, fc.Arbitrary<string>> = {
  FREQ: mostly(fc.constantFrom('MONTHLY', 'WEEKLY', 'YEARLY', 'DAILY', 'monthly'), 'MONTHY', ''),
  BYDAY: mostly(
    list(fc.tuple(fc.constantFrom('', '', '1', '2', '4', '-1', '+3', '5', '6'), fc.constantFrom(...WEEKDAY_CODES)).map(([n, d]) => n + d)),
    '4THU', '0MO', 'MO,,TU',
  ),
  BYMONTH: mostly(list(fc.integer({ min: 1, max: 12 })), '13', '0'),
  BYMONTHDAY: mostly(list(fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: -31, max: -1 }))), '0', '32'),
  BYSETPOS: mostly(list(fc.integer({ min: -6, max: 6 }).filter((n) => n !== 0), 2), '0'),
  INTERVAL: mostly(fc.constantFrom('1', '2', '3'), '0', 'x'),
  WKST: mostly(fc.constantFrom('MO', 'SU', 'TH'), 'MON'),
  COUNT: mostly(fc.constant('8'), '0'),
  UNTIL: mostly(fc.constant('20261231'), '2026-12-31'),
  BYHOUR: mostly(fc.constant('11'), '25'),
  BYWEEKNO: fc.constant('20'),
  FREQUENCY: fc.constant('MONTHLY'),
};

/** Text assembled from RRULE parts with plausible values: valid, unsupported or malformed. */
export const rruleLikeTextArb = fc
  .tuple(
    fc.constantFrom('', 'RRULE:', 'rrule: '),
    fc.uniqueArray(
      fc.constantFrom('FREQ', 'BYDAY', 'BYDAY', 'BYMONTH', 'BYMONTHDAY', 'BYSETPOS', 'INTERVAL', 'WKST', ...Object.keys(partValueArb)).chain((key) =>
        fc.tuple(fc.constant(key), partValueArb[key] as fc.Arbitrary<string>, mostly(fc.constant('='), ':', '')),
      ),
      { selector: ([key]) => key, maxLength: 5 },
    ),
    fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
  )
  .map(([prefix, parts, withFreq]) => {
    const all = withFreq && !parts.some(([key]) => key === 'FREQ') ? [['FREQ', 'MONTHLY', '='] as const, ...parts] : parts;
    return prefix + all.map(([key, value, eq]) => `${key}${eq}${value}`).join(';');
  });

/** The same rule with its lists in random order. */
export function shuffledRule(rule: RecurrenceRule): fc.Arbitrary<RecurrenceRule> {
  const months = 'months' in rule && rule.months !== undefined ? shuffled(rule.months) : fc.constant(undefined);
  switch (rule.kind) {
    case 'nth_weekday':
      return fc.tuple(shuffled(rule.ordinals), months).map(([ordinals, m]) => (m === undefined ? { ...rule, ordinals } : { ...rule, ordinals, months: m }));
    case 'day_of_month':
      return fc.tuple(shuffled(rule.days), months).map(([days, m]) => (m === undefined ? { ...rule, days } : { ...rule, days, months: m }));
    case 'weekly':
      return shuffled(rule.weekdays).map((weekdays) => ({ ...rule, weekdays }));
    case 'dates':
      return shuffled(rule.dates).map((dates) => ({ ...rule, dates }));
  }
}
