import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CALENDAR_TEXT_PATTERN,
  CREDIT_RATE_PATTERN,
  INSTANT_PATTERN,
  LOCAL_DATE_PATTERN,
  PERCENT_PATTERN,
  POSITIVE_CREDIT_PATTERN,
  TIME_ZONE_PATTERN,
} from '../../scripts/schemas.js';
import { isValidLocalDate } from '../../src/_lib/civil.js';
import { isValidTimeZone } from '../../src/_lib/zone.js';
import { isInstant } from '../../src/common/schemas.js';
import { toHundredths } from '../../src/credits/amount.js';
import { CalendarTextSchema, CreditAmountSchema, PercentSchema } from '../../src/_all.js';

/** As ajv compiles a pattern (with the `u` flag), and as a validator without it would. */
const matcher = (pattern: string) => {
  const unicode = new RegExp(pattern, 'u');
  const plain = new RegExp(pattern);
  return (s: string): boolean => {
    const result = unicode.test(s);
    expect(plain.test(s), `${pattern} without the u flag on ${JSON.stringify(s)}`).toBe(result);
    return result;
  };
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const digitsArb = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
const dateLikeArb = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.tuple(digitsArb(4), digitsArb(2), digitsArb(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.string({ maxLength: 12 }),
);

describe('the patterns that stand for zod refinements', () => {
  it('LocalDate: accepts exactly the calendar dates of years 0001-9999, every month and day of the leap-rule years', () => {
    const date = matcher(LOCAL_DATE_PATTERN);
    for (const year of [0, 1, 4, 100, 200, 400, 1600, 1700, 1900, 2000, 2023, 2024, 2100, 2400, 9996, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(date(s), s).toBe(isValidLocalDate(s));
        }
      }
    }
  });

  it('Instant: accepts exactly what isInstant accepts', () => {
    const instant = matcher(INSTANT_PATTERN);
    const timeArb = fc.constantFrom('T16:00', 'T16:00:00', 'T23:59:59.999', 'T00:00:00.123456789', 'T24:00', 'T16:00:60', 'T16:00:00.', 't16:00', ' 16:00', 'T16:00:00.1234567890');
    const offsetArb = fc.constantFrom('Z', 'z', '+05:30', '-04:00', '+24:00', '-00:60', '+0530', '', '+05');
    fc.assert(
      fc.property(dateLikeArb, timeArb, offsetArb, (date, time, offset) => {
        const s = `${date}${time}${offset}`;
        expect(instant(s), s).toBe(isInstant(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('TimeZone: every zone the runtime knows has the shape, and so does every name zod accepts', () => {
    const zone = matcher(TIME_ZONE_PATTERN);
    const known = [...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/GMT+5', 'Etc/GMT-14', 'EST5EDT', 'america/new_york', 'GMT0', 'US/Eastern'];
    for (const name of known) if (isValidTimeZone(name)) expect(zone(name), name).toBe(true);
    const nameArb = fc.array(fc.constantFrom(...'AaZz09/_+-.: \u00e9'), { maxLength: 12 }).map((c) => c.join(''));
    fc.assert(fc.property(fc.oneof(nameArb, fc.constantFrom(...known)), (name) => !isValidTimeZone(name) || zone(name)), { numRuns: 500 });
  });

  const decimalArb = fc.oneof(
    fc.tuple(fc.stringMatching(/^\d{1,32}$/), fc.option(fc.stringMatching(/^\d{0,32}$/))).map(([w, f]) => (f === null ? w : `${w}.${f}`)),
    fc.constantFrom('100', '100.0', '100.000', '0100.00', '100.01', '101', '99.999', '000000000000000000000000000001', '-1', '1e2', ''),
  );

  it('Percent: accepts exactly the decimals from 0 to 100 that zod accepts', () => {
    const percent = matcher(PERCENT_PATTERN);
    fc.assert(
      fc.property(decimalArb, (s) => {
        expect(percent(s), s).toBe(PercentSchema.safeParse(s).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('credit amounts: the positive and the at-most-100 patterns accept exactly what the refinements accept', () => {
    const positive = matcher(POSITIVE_CREDIT_PATTERN);
    const rate = matcher(CREDIT_RATE_PATTERN);
    fc.assert(
      fc.property(decimalArb, (s) => {
        const amount = CreditAmountSchema.safeParse(s).success;
        expect(positive(s), s).toBe(amount && toHundredths(s) > 0);
        expect(rate(s), s).toBe(amount && toHundredths(s) > 0 && toHundredths(s) <= 10_000);
      }),
      { numRuns: 2000 },
    );
  });

  it('calendar text: rejects exactly the control characters zod rejects', () => {
    const text = matcher(CALENDAR_TEXT_PATTERN);
    const charArb = fc.oneof(fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)), fc.constantFrom('é', '€', '中', '😀'));
    fc.assert(
      fc.property(fc.array(charArb, { maxLength: 8 }).map((c) => c.join('')), (s) => {
        expect(text(s), JSON.stringify(s)).toBe(CalendarTextSchema.safeParse(s).success);
      }),
      { numRuns: 2000 },
    );
  });
});
