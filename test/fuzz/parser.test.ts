/**
 * The English recurrence parser on hostile input, without a clock: work is
 * counted by the parser's own meter (as test/recurrence/parseRecurrence.test.ts
 * does for its shapes) and, independently, by blocks of library code run
 * during the public `parseRecurrence` (validation, tokens, grammar, hints and
 * the error message included). `npx tsx bench/parser.ts` shows the times.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { processMeter as blocks } from './_meter.js'; // first: it must start before library code runs
import { BalintError } from '../../src/errors/BalintError.js';
import { RecurrenceSyntaxError } from '../../src/errors/RecurrenceSyntaxError.js';
import { parserWork } from '../_helpers/parserWork.js';
import { normalizeRecurrence } from '../../src/recurrence/normalize.js';
import { parseRecurrence } from '../../src/recurrence/parseRecurrence.js';
import { HOSTILE_SHAPES, PARSER_TEST_SHAPES } from './_hostile.js';
import type { WorkMeter } from './_work.js';


afterAll(() => blocks?.close());

/** Blocks of library code run by the public `parseRecurrence` on `text`. */
function blockWork(meter: WorkMeter, text: string): number {
  meter.take();
  try {
    parseRecurrence(text);
  } catch (error) {
    if (!(error instanceof RecurrenceSyntaxError)) throw error;
  }
  return meter.take();
}

describe('the parser on 10 KB and 100 KB of hostile text', () => {
  it.each(HOSTILE_SHAPES.map((s) => [s.name, s.make] as const))('%s: 100 KB costs the parser at most ~10x the work of 10 KB, at most 16 per character', (_name, make) => {
    const small = parserWork(make(10_000));
    const large = parserWork(make(100_000));
    expect(large).toBeLessThanOrEqual(small * 12);
    expect(large).toBeLessThanOrEqual(100_000 * 16);
  });

  it.skipIf(blocks === null).each([...PARSER_TEST_SHAPES, ...HOSTILE_SHAPES].map((s) => [s.name, s.make] as const))(
    '%s: 100 KB runs at most ~10x the blocks of library code of 10 KB in parseRecurrence',
    (_name, make) => {
      const meter = blocks as WorkMeter;
      blockWork(meter, make(1_000)); // the first call compiles and fills caches
      const small = blockWork(meter, make(10_000));
      const large = blockWork(meter, make(100_000));
      expect(small).toBeGreaterThan(10_000);
      expect(large).toBeLessThanOrEqual(small * 12);
    },
  );

  it.each([...PARSER_TEST_SHAPES, ...HOSTILE_SHAPES].map((s) => [s.name, s.make] as const))(
    '%s: 100 KB gives a canonical rule or a RecurrenceSyntaxError with a message under 400 characters',
    (_name, make) => {
      let outcome: unknown;
      try {
        outcome = parseRecurrence(make(100_000));
      } catch (error) {
        outcome = error;
      }
      if (outcome instanceof BalintError) {
        expect(outcome).toBeInstanceOf(RecurrenceSyntaxError);
        expect(outcome.message.length).toBeLessThan(400);
      } else {
        expect(outcome).toEqual(normalizeRecurrence(outcome as Parameters<typeof normalizeRecurrence>[0]));
      }
    },
  );
});

describe('properties', () => {
  const tokens = [
    'the', 'and', 'and', ',', ', and', 'of', 'every', 'other', 'last', 'second-to-last', 'first', '1st', '2nd', '31st', '2th', '99999999999th',
    'Saturday', 'Tuesdays', 'Satruday', 'weekday', 'March', 'Sept.', 'odd', 'months', 'month', 'weeks', 'quarterly', 'starting', 'in', 'on',
    'following', ':', '12', '2026', '2026-03-12', '2026-02-30', '-', '&', '/', '(', '.', 'İ', 'ß', '\u0301', '👩‍⚕️', '\u0000', '\uFEFF',
  ];
  const soupArb = fc.oneof(
    fc.array(fc.tuple(fc.constantFrom(...tokens), fc.constantFrom('', ' ', ' ', '  ', '\t', '\n', '\u00a0')), { maxLength: 3_000 }).map((parts) => parts.map(([t, s]) => t + s).join('')),
    fc.string({ unit: 'grapheme', maxLength: 2_000 }),
    fc.string({ unit: 'binary', maxLength: 2_000 }),
  );

  it('parsing any soup of hostile tokens or Unicode costs the parser at most 16 work per character (plus 64)', () => {
    fc.assert(
      fc.property(soupArb, (text) => {
        expect(parserWork(text)).toBeLessThanOrEqual(16 * text.length + 64);
      }),
      { numRuns: 150 },
    );
  });

  it('a syntax error on hostile text points into the text and keeps its message short', () => {
    fc.assert(
      fc.property(soupArb, (text) => {
        try {
          parseRecurrence(text);
        } catch (error) {
          if (!(error instanceof RecurrenceSyntaxError)) throw error;
          expect(error.position).toBeGreaterThanOrEqual(0);
          expect(error.position).toBeLessThanOrEqual(text.length);
          // A word is reported in lower case; any other character (a Roman numeral Ⅰ, which is not a letter) as written.
          const at = text.slice(error.position);
          expect(error.found === '' ? error.position === text.length : at.startsWith(error.found) || at.toLowerCase().startsWith(error.found)).toBe(true);
          expect(error.message.length).toBeLessThan(400);
        }
      }),
      { numRuns: 150, examples: [['Ⅰ'], ['second Ⅰ']] },
    );
  });
});
