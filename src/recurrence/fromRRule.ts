import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import { RecurrenceSyntaxError } from '../errors/RecurrenceSyntaxError.js';
import { UnsupportedError } from '../errors/UnsupportedError.js';
import { editDistance } from '../_lib/suggest.js';
import { MAX_WEEK_INTERVAL } from './_limits.js';
import { normalizeRecurrence } from './normalize.js';
import type { RecurrenceRule } from './schema.js';
import { WEEKDAYS } from './weekdays.js';
import { WEEKDAY_CODES } from './toRRule.js';

/**
 * RRULE text as accepted by {@link fromRRule}: a string of at most 1000
 * characters (its syntax is checked by the parser, with positions).
 *
 * @example
 * ```ts
 * import { RRuleTextSchema } from 'balint-rules/recurrence';
 *
 * RRuleTextSchema.safeParse('FREQ=MONTHLY;BYDAY=2SA').success;
 * //=> true
 * ```
 */
export const RRuleTextSchema = z.string().check(z.maxLength(1000, 'must be at most 1000 characters'));

/** Every rule part of RFC 5545 section 3.3.10. */
const KEYS = ['FREQ', 'UNTIL', 'COUNT', 'INTERVAL', 'BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS', 'WKST'] as const;
type Key = (typeof KEYS)[number];
const FREQS = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
const SINGLE: readonly Key[] = ['FREQ', 'UNTIL', 'COUNT', 'INTERVAL', 'WKST'];
/** Numeric parts: allowed magnitude and whether a sign (count from the end) is allowed. */
const NUMBERS: Partial<Record<Key, readonly [min: number, max: number, signed: boolean]>> = {
  COUNT: [1, 999_999_999, false],
  INTERVAL: [1, 999_999_999, false],
  BYSECOND: [0, 60, false],
  BYMINUTE: [0, 59, false],
  BYHOUR: [0, 23, false],
  BYMONTHDAY: [1, 31, true],
  BYYEARDAY: [1, 366, true],
  BYWEEKNO: [1, 53, true],
  BYMONTH: [1, 12, false],
  BYSETPOS: [1, 366, true],
};
const WEEKDAY_LIST = 'MO, TU, WE, TH, FR, SA or SU';

/** A piece of the input (whitespace trimmed) and its zero-based offset. */
interface Segment {
  readonly text: string;
  readonly start: number;
}
/** One value of a part: a number (ordinal 0 when a BYDAY item has none) and, for BYDAY/WKST, a weekday 0-6. */
interface Item {
  readonly at: Segment;
  readonly n: number;
  readonly wd: number;
}
interface Part {
  readonly key: Key;
  /** The whole `KEY=VALUE` text, to name the part in messages. */
  readonly source: string;
  readonly items: readonly Item[];
}

/**
 * Reads RFC 5545 RRULE text into the canonical recurrence rule it means.
 * Accepts the text with or without the `RRULE:` prefix, with parts in any
 * order and in any letter case, and the equivalent forms other tools emit:
 * `FREQ=YEARLY;BYMONTH=11;BYDAY=4TH` (the 4th Thursday of November),
 * `FREQ=MONTHLY;BYDAY=TH;BYSETPOS=4` (one weekday picked by position),
 * `FREQ=MONTHLY;BYDAY=TU` (every Tuesday of the month, read as the 1st to
 * 5th Tuesday). `fromRRule(toRRule(rule))` deep-equals `rule`.
 *
 * A rule says which dates a series meets on; its start and its end belong to
 * the series. So `COUNT` and `UNTIL` are rejected, with a message saying to
 * pass `count`/`until` to the series (`occurrences`, `planSessions`), and
 * forms whose day comes from `DTSTART` (`FREQ=WEEKLY` without `BYDAY`) are
 * rejected too, as are parts the model cannot express (`FREQ=DAILY`,
 * `BYHOUR`, `BYWEEKNO`, `BYYEARDAY`, `INTERVAL` on monthly rules, `WKST`
 * other than `MO` with an `INTERVAL`, ...).
 *
 * @param text - RRULE value text, e.g. `FREQ=MONTHLY;BYDAY=2SA`.
 * @returns the canonical rule (as `normalizeRecurrence` returns it).
 * @throws {RecurrenceSyntaxError} for malformed text (unknown or repeated
 * part, bad value, a form RFC 5545 forbids), with the position of the
 * offending part and a hint for a near miss.
 * @throws {UnsupportedError} for a valid RRULE this model cannot express,
 * naming the part.
 * @throws {ValidationError} if `text` is not a string.
 *
 * @example
 * ```ts
 * import { fromRRule } from 'balint-rules/recurrence';
 *
 * fromRRule('RRULE:FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYDAY=4TH');
 * //=> { kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3, 5, 7, 9, 11] }
 *
 * fromRRule('byday=TH;bysetpos=4;freq=monthly');
 * //=> { kind: 'nth_weekday', weekday: 'thursday', ordinals: [4] }
 *
 * fromRRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU');
 * //=> { kind: 'weekly', weekdays: ['tuesday'], interval: 2 }
 *
 * fromRRule('FREQ=MONTHLY;BYDAY=4THU');
 * // throws RecurrenceSyntaxError (position 19, hint: use two-letter weekday codes: "TH")
 *
 * fromRRule('FREQ=MONTHLY;BYDAY=2SA;COUNT=8');
 * // throws UnsupportedError (COUNT bounds the series: pass count to the series)
 * ```
 */
export function fromRRule(text: string): RecurrenceRule {
  const input = validate(RRuleTextSchema, text, 'RRULE text');
  return interpret(input, readParts(input));
}

function readParts(input: string): Map<Key, Part> {
  let body = trim(input, 0, input.length);
  const prefix = /^RRULE\s*:/i.exec(body.text);
  if (prefix !== null) body = trim(input, body.start + prefix[0].length, body.start + body.text.length);
  const parts = new Map<Key, Part>();
  const segments = split(input, body, ';');
  if (segments.length > 1 && (segments.at(-1) as Segment).text === '') segments.pop(); // a trailing ";"
  for (const segment of segments) {
    if (segment.text === '') throw syntax(input, segment, ['a part such as FREQ=MONTHLY'], undefined, 'empty part');
    const eq = segment.text.indexOf('=');
    const key = trim(input, segment.start, eq < 0 ? segment.start + segment.text.length : segment.start + eq);
    const name = key.text.toUpperCase() as Key;
    if (!KEYS.includes(name)) throw syntax(input, key, KEYS, keyHint(name), 'unknown part');
    if (eq < 0) throw syntax(input, key, [`${name}=<value>`], undefined, `part ${name} has no value`);
    if (parts.has(name)) throw syntax(input, key, [], 'each part may appear once', `part ${name} is repeated`);
    const value = trim(input, segment.start + eq + 1, segment.start + segment.text.length);
    const items = split(input, value, ',').map((item) => readItem(input, name, item));
    if (items.length > 1 && SINGLE.includes(name)) throw syntax(input, (items[1] as Item).at, [], undefined, `${name} takes one value`);
    parts.set(name, { key: name, source: input.slice(segment.start, segment.start + segment.text.length), items });
  }
  if (!parts.has('FREQ')) {
    throw syntax(input, { text: '', start: input.length }, ['FREQ=MONTHLY', 'FREQ=WEEKLY', 'FREQ=YEARLY'], undefined, 'RFC 5545 requires a FREQ part');
  }
  return parts;
}

function readItem(input: string, key: Key, at: Segment): Item {
  const text = at.text.toUpperCase();
  if (text === '') throw syntax(input, at, [], undefined, `empty value in ${key}`);
  const range = NUMBERS[key];
  if (range !== undefined) {
    const [min, max, signed] = range;
    const m = (signed ? /^[+-]?\d{1,9}$/ : /^\d{1,9}$/).exec(text);
    const n = Number(text);
    if (m === null || Math.abs(n) < min || Math.abs(n) > max) {
      const wanted = signed ? `${min} to ${max} or -${min} to -${max}` : `${min} to ${max}`;
      throw syntax(input, at, [`a number ${wanted}`], undefined, `bad ${key} value`);
    }
    return { at, n, wd: -1 };
  }
  switch (key) {
    case 'FREQ':
      if (!(FREQS as readonly string[]).includes(text)) throw syntax(input, at, FREQS, nearMiss(text, FREQS), 'bad FREQ value');
      return { at, n: 0, wd: -1 };
    case 'UNTIL':
      if (!/^\d{8}(T\d{6}Z?)?$/.test(text)) throw syntax(input, at, ['a date YYYYMMDD or date-time YYYYMMDDTHHMMSSZ'], undefined, 'bad UNTIL value');
      return { at, n: 0, wd: -1 };
    default: {
      // BYDAY ([+-]n)?WD, or WKST WD.
      const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(text);
      const wd = m === null ? -1 : (WEEKDAY_CODES as readonly string[]).indexOf(m[2] as string);
      const n = m?.[1] === undefined ? 0 : Number(m[1]);
      const ordinalOk = key === 'BYDAY' ? Math.abs(n) <= 53 && (m?.[1] === undefined || n !== 0) : m?.[1] === undefined;
      if (wd < 0 || !ordinalOk) {
        const expected = key === 'BYDAY' ? [`a weekday code (${WEEKDAY_LIST}), optionally after an ordinal such as 4 or -1`] : [`a weekday code ${WEEKDAY_LIST}`];
        throw syntax(input, at, expected, weekdayHint(text), `bad ${key} value`);
      }
      return { at, n, wd };
    }
  }
}

function interpret(input: string, parts: Map<Key, Part>): RecurrenceRule {
  const get = (key: Key): readonly Item[] | undefined => parts.get(key)?.items;
  const unsupported = (key: Key, why: string): UnsupportedError =>
    // Called only for a part that is present.
    new UnsupportedError(`RRULE part ${(parts.get(key) as Part).source} in "${input}" is not supported: ${why}`);
  for (const key of ['COUNT', 'UNTIL'] as const) {
    if (parts.has(key)) {
      throw unsupported(key, `${key} bounds the series, not the rule; pass ${key.toLowerCase()} to the series (occurrences, planSessions) instead`);
    }
  }
  for (const key of ['BYSECOND', 'BYMINUTE', 'BYHOUR'] as const) {
    if (parts.has(key)) throw unsupported(key, 'a rule lists dates; the time of day is the series\' start time');
  }
  for (const key of ['BYWEEKNO', 'BYYEARDAY'] as const) {
    if (parts.has(key)) throw unsupported(key, 'rules by week or day of the year cannot be expressed (use BYMONTH with BYDAY or BYMONTHDAY)');
  }
  const freq = ((get('FREQ') as readonly Item[])[0] as Item).at.text.toUpperCase();
  const interval = get('INTERVAL')?.[0]?.n ?? 1;
  const byDay = get('BYDAY');
  const byMonthDay = get('BYMONTHDAY');
  const months = unique((get('BYMONTH') ?? []).map((i) => i.n));
  const setPos = get('BYSETPOS');

  if (freq === 'WEEKLY') {
    if (byMonthDay !== undefined) throw syntax(input, (byMonthDay[0] as Item).at, [], undefined, 'RFC 5545 forbids BYMONTHDAY with FREQ=WEEKLY');
    const withOrdinal = byDay?.find((d) => d.n !== 0);
    if (withOrdinal !== undefined) {
      throw syntax(input, withOrdinal.at, [], 'an ordinal before a weekday needs FREQ=MONTHLY', 'RFC 5545 forbids BYDAY ordinals with FREQ=WEEKLY');
    }
    if (byDay === undefined) throw unsupported('FREQ', 'without BYDAY the weekday comes from DTSTART; add BYDAY, e.g. FREQ=WEEKLY;BYDAY=TU');
    if (parts.has('BYMONTH')) throw unsupported('BYMONTH', 'a weekly rule cannot be limited to some months');
    if (setPos !== undefined) throw unsupported('BYSETPOS', 'a weekly rule cannot pick by position');
    if (interval > MAX_WEEK_INTERVAL) throw unsupported('INTERVAL', `a weekly interval is at most ${MAX_WEEK_INTERVAL} weeks`);
    const wkst = get('WKST')?.[0];
    if (interval > 1 && wkst !== undefined && wkst.wd !== 0) {
      throw unsupported('WKST', 'with an INTERVAL, weeks here start on Monday (WKST=MO), as RFC 5545 assumes by default');
    }
    return normalizeRecurrence({ kind: 'weekly', weekdays: unique(byDay.map((d) => WEEKDAYS[d.wd] as (typeof WEEKDAYS)[number])), interval });
  }
  if (freq !== 'MONTHLY' && freq !== 'YEARLY') {
    throw unsupported('FREQ', `the model holds monthly and weekly patterns; for every day write FREQ=WEEKLY;BYDAY=${WEEKDAY_CODES.join(',')}`);
  }
  if (interval > 1) throw unsupported('INTERVAL', `"every ${interval} ${freq === 'MONTHLY' ? 'months' : 'years'}" cannot be expressed; list the months with BYMONTH`);
  if (freq === 'YEARLY' && months.length === 0) {
    throw unsupported('FREQ', 'a yearly rule needs BYMONTH here: without it the day comes from DTSTART, and BYDAY ordinals count weeks of the year');
  }
  const withMonths = <R extends object>(rule: R): R & { months?: number[] } => (months.length > 0 ? { ...rule, months } : rule);
  if (byDay !== undefined && byMonthDay !== undefined) throw unsupported('BYMONTHDAY', 'a day of the month and a weekday together (e.g. Friday the 13th) cannot be expressed');
  if (byMonthDay !== undefined) {
    if (setPos !== undefined) throw unsupported('BYSETPOS', 'BYSETPOS with BYMONTHDAY cannot be expressed');
    return normalizeRecurrence(withMonths({ kind: 'day_of_month' as const, days: unique(byMonthDay.map((d) => d.n)) }));
  }
  if (byDay === undefined) throw unsupported('FREQ', 'without BYDAY or BYMONTHDAY the day comes from DTSTART; add one, e.g. BYDAY=2SA');
  const weekdays = unique(byDay.map((d) => d.wd));
  if (weekdays.length > 1) throw unsupported('BYDAY', 'a monthly rule here has one weekday; make one series per weekday');
  const weekday = WEEKDAYS[weekdays[0] as number] as (typeof WEEKDAYS)[number];
  const ordinals = unique(byDay.map((d) => d.n));
  let picked: number[];
  if (setPos !== undefined) {
    if (ordinals.some((n) => n !== 0)) throw unsupported('BYSETPOS', 'BYSETPOS with a BYDAY ordinal cannot be expressed');
    if (freq === 'YEARLY' && months.length > 1) throw unsupported('BYSETPOS', 'with FREQ=YEARLY and several months, BYSETPOS counts across the year');
    picked = unique(setPos.map((p) => p.n));
    if (picked.some((p) => Math.abs(p) > 5)) throw unsupported('BYSETPOS', 'a month has at most 5 of a weekday: use 1 to 5 or -1 to -5');
  } else if (ordinals.length === 1 && ordinals[0] === 0) {
    picked = [1, 2, 3, 4, 5]; // every such weekday of the month
  } else {
    if (ordinals.includes(0)) throw unsupported('BYDAY', 'a weekday with and without an ordinal together cannot be expressed');
    if (ordinals.some((n) => Math.abs(n) > 5)) throw unsupported('BYDAY', 'a month has at most 5 of a weekday: use ordinals 1 to 5 or -1 to -5');
    picked = ordinals;
  }
  return normalizeRecurrence(withMonths({ kind: 'nth_weekday' as const, weekday, ordinals: picked }));
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** `input` from `start` to `end` without the white space around it (`trim` removes what `\s` matches). */
function trim(input: string, start: number, end: number): Segment {
  const raw = input.slice(start, end);
  return { text: raw.trim(), start: start + raw.length - raw.trimStart().length };
}

function split(input: string, segment: Segment, separator: string): Segment[] {
  const out: Segment[] = [];
  const end = segment.start + segment.text.length;
  let start = segment.start;
  for (let i = start; i <= end; i++) {
    if (i === end || input.charAt(i) === separator) {
      out.push(trim(input, start, i));
      start = i + 1;
    }
  }
  return out;
}

function syntax(input: string, at: Segment, expected: readonly string[], hint: string | undefined, problem: string): RecurrenceSyntaxError {
  const where = at.text === '' ? `at position ${at.start}` : `at "${at.text}" (position ${at.start})`;
  const wanted = expected.length > 0 ? `; expected ${expected.length > 1 ? `one of ${expected.join(', ')}` : expected[0]}` : '';
  return new RecurrenceSyntaxError({
    input,
    position: at.start,
    found: at.text,
    expected,
    hint,
    message: `Cannot read RRULE "${input}" ${where}: ${problem}${wanted}${hint === undefined ? '' : ` (${hint})`}`,
  });
}

/** Hint for a weekday written other than as a two-letter code (`THU`, `4THURSDAY`, `TUES`). */
function weekdayHint(text: string): string | undefined {
  const letters = text.replace(/^[+-]?\d*/, '');
  // Two letters or fewer get no hint: a code (`0MO`, `54MO`) is wrong for another reason, `T` could be two
  // days, and the two-letter start of a weekday name is its code.
  if (letters.length < 3) return undefined;
  const index = WEEKDAYS.findIndex((w) => w.toUpperCase().startsWith(letters) || letters.startsWith(w.toUpperCase()));
  return index < 0 ? undefined : `use two-letter weekday codes: "${WEEKDAY_CODES[index] as string}"`;
}

function keyHint(name: string): string | undefined {
  if (/^(DTSTART|RDATE|EXDATE|EXRULE)\b/.test(name) || /[:\n]/.test(name)) {
    return 'pass only the RRULE value; the start date is the series\' "from"';
  }
  return nearMiss(name, KEYS);
}

/** `did you mean "X"?` for a word within two edits of a known word, else one that starts the other (`FREQUENCY`, `MONTH`). */
function nearMiss(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const prefix = word.length >= 3 && (candidate.startsWith(word) || word.startsWith(candidate));
    const d = Math.min(editDistance(word, candidate, 2), prefix ? 2.5 : 3);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined ? undefined : `did you mean "${best}"?`;
}
