import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidLocalDate, parseDays } from '../../src/_lib/civil.js';
import { instantMs, localDateDays } from '../../src/_lib/fast.js';
import { instantToEpochMs } from '../../src/_lib/instant.js';
import { isInstant } from '../../src/common/schemas.js';
import { instantArb } from '../_arbitraries/refunds.js';

const CHARS = [...'0123456789-:TZz.+ '];

/** An instant written every way `InstantSchema` allows (and a few it does not), from any date in years 0001-9999. */
const writtenArb = fc
  .tuple(
    fc.integer({ min: -62135596800000, max: 253402300799999 }),
    fc.constantFrom('Z', '+05:30', '-04:00', '+23:59', '-24:00', '+00:60', 'z', '', '+0530'),
    fc.integer({ min: 0, max: 4 }),
  )
  .map(([ms, zone, form]) => {
    const iso = new Date(ms).toISOString();
    const body = [iso.slice(0, 16), iso.slice(0, 19), iso.slice(0, 23), `${iso.slice(0, 19)}.123456789`, `${iso.slice(0, 19)}.1234567890`][form] as string;
    return body + zone;
  });

/** A string with one character changed, inserted or removed. */
function mutated(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(text, fc.nat(40), fc.constantFrom(...CHARS), fc.constantFrom(0, 1, 2)).map(([s, i, c, how]) => {
    const at = i % (s.length + 1);
    return how === 0 ? s.slice(0, at) + c + s.slice(at + 1) : how === 1 ? s.slice(0, at) + c + s.slice(at) : s.slice(0, at) + s.slice(at + 1);
  });
}

describe('one-pass date and instant checks', () => {
  describe('properties', () => {
    it('instantMs accepts exactly the instants isInstant accepts, and reads them as instantToEpochMs does', () => {
      fc.assert(
        fc.property(fc.oneof(writtenArb, instantArb, mutated(writtenArb), fc.string()), (s) => {
          const ms = instantMs(s);
          expect(!Number.isNaN(ms)).toBe(isInstant(s));
          if (isInstant(s)) expect(ms).toBe(instantToEpochMs(s));
        }),
        { numRuns: 20_000 },
      );
    });

    it('localDateDays accepts exactly the dates isValidLocalDate accepts, and reads them as parseDays does', () => {
      const dateArb = fc
        .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
      fc.assert(
        fc.property(fc.oneof(dateArb, mutated(dateArb), writtenArb.map((s) => s.slice(0, 10)), fc.string({ maxLength: 12 })), (s) => {
          const days = localDateDays(s);
          expect(!Number.isNaN(days)).toBe(isValidLocalDate(s));
          if (isValidLocalDate(s)) expect(days).toBe(parseDays(s));
        }),
        { numRuns: 20_000 },
      );
    });
  });

  it('reads every fraction of a second of one to three digits as instantToEpochMs does', () => {
    for (const width of [1, 2, 3]) {
      for (let n = 0; n < 10 ** width; n++) {
        const s = `2026-03-08T06:59:59.${String(n).padStart(width, '0')}Z`;
        expect(instantMs(s)).toBe(instantToEpochMs(s));
      }
    }
  });

  it('reads longer fractions (four to nine digits) as instantToEpochMs does: their first three digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4,9}$/), fc.constantFrom('Z', '+05:30', '-04:00'), (digits, zone) => {
        const s = `1999-12-31T23:59:59.${digits}${zone}`;
        expect(instantMs(s)).toBe(instantToEpochMs(s));
        expect(instantMs(s) - instantMs(`1999-12-31T23:59:59${zone}`)).toBe(Number(digits.slice(0, 3)));
      }),
      { numRuns: 5_000 },
    );
  });

  it('reads the edges of the range and of the day', () => {
    expect(instantMs('0001-01-01T00:00Z')).toBe(instantToEpochMs('0001-01-01T00:00Z'));
    expect(instantMs('9999-12-31T23:59:59.999999999-23:59')).toBe(instantToEpochMs('9999-12-31T23:59:59.999999999-23:59'));
    expect(instantMs('2026-07-31T24:00:00Z')).toBeNaN();
    expect(instantMs('2024-02-29T12:00:00.5+05:30')).toBe(Date.parse('2024-02-29T12:00:00.5+05:30'));
    expect(localDateDays('2023-02-29')).toBeNaN();
    expect(localDateDays('0000-12-31')).toBeNaN();
  });
});
