import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validate } from '../../src/_lib/validate.js';
import { openObject } from '../../src/_lib/objects.js';
import { RENAMED_KEYS, RENAMED_OPTIONS, renamedTo } from '../../src/_lib/renamedKeys.js';
import { parseCommandArgs } from '../../src/cli/_args.js';
import { recurrenceRuleArbitrary } from '../../src/testing/index.js';
import { rejection } from '../_helpers/rejection.js';

const issuesOf = (run: () => unknown) => rejection(run).issues.map(({ path, message }) => ({ path, message }));

describe('a key renamed before 1.0', () => {
  it('is refused with its new name where the new key belongs to the object', () => {
    const options = z.strictObject({ at: z.string() });
    expect(issuesOf(() => validate(options, { asOf: '2026-01-01' }, 'options'))).toContainEqual({
      path: ['asOf'],
      message: 'unknown key "asOf": the moment of a decision is "at", not "asOf" (renamed before 1.0; the CHANGELOG\'s migration table lists every rename)',
    });
  });

  it('is refused in an object that keeps an app\'s own keys, rather than kept as the app\'s data', () => {
    const submission = openObject({ at: z.string(), title: z.optional(z.string()) });
    expect(issuesOf(() => validate(submission, { receivedAt: '2026-01-01T00:00:00Z', at: '2026-01-01T00:00:00Z', email: 'a@b.org' }, 'submission'))).toEqual([
      { path: ['receivedAt'], message: 'unknown key "receivedAt": the moment of a decision is "at", not "receivedAt" (renamed before 1.0; the CHANGELOG\'s migration table lists every rename)' },
    ]);
  });

  it('is never named where its new key does not belong: an unrelated object gets the usual answer', () => {
    const strict = z.strictObject({ when: z.string() });
    expect(issuesOf(() => validate(strict, { when: 'x', asOf: 'y' }, 'options'))).toEqual([
      { path: ['asOf'], message: 'unknown key "asOf": not a key this version of balint-rules knows (data written for a newer version is refused, never applied in part)' },
    ]);
    const open = openObject({ when: z.string() });
    expect(validate(open, { when: 'x', status: 'mine' }, 'record')).toEqual({ when: 'x', status: 'mine' });
  });

  it('as a union discriminator, is named beside the values the new one may take', () => {
    const union = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('a') }), z.strictObject({ kind: z.literal('b') })]);
    expect(issuesOf(() => validate(union, { type: 'a' }, 'rule'))).toEqual([
      { path: ['kind'], message: 'is required: one of "a", "b"; a union\'s discriminator is "kind", not "type" (renamed before 1.0; the CHANGELOG\'s migration table lists every rename)' },
    ]);
  });

  it('as a CLI option, is refused with the new option', () => {
    const specs = [{ name: 'at', value: 'instant', help: 'the moment of the quote' }];
    expect(() => parseCommandArgs('fee', ['--as-of', '2026-01-01'], specs)).toThrow('unknown option --as-of for "balint fee": the moment of a decision is --at, not --as-of (renamed before 1.0;');
  });

  it('law: every rename names a different key, and the lookup only answers with a key the object knows', () => {
    for (const table of [RENAMED_KEYS, RENAMED_OPTIONS]) {
      for (const [from, to] of Object.entries(table)) {
        expect(from).not.toBe(to.to);
        expect(renamedTo(from, [to.to], table)).toBe(to);
        expect(renamedTo(from, [], table)).toBeUndefined();
      }
    }
  });
});

describe('a value of a closed list', () => {
  it('that is a near miss of one it may take gets "did you mean", for any enum the library or its testing kit reads', () => {
    const rounding = z.strictObject({ rounding: z.enum(['half_even', 'half_up', 'down']) });
    expect(issuesOf(() => validate(rounding, { rounding: 'half_evn' }, 'options'))).toEqual([
      { path: ['rounding'], message: 'must be one of "half_even", "half_up", "down"; did you mean "half_even"?' },
    ]);
    expect(issuesOf(() => validate(rounding, { rounding: 'ceiling' }, 'options'))).toEqual([{ path: ['rounding'], message: 'must be one of "half_even", "half_up", "down"' }]);
    expect(() => recurrenceRuleArbitrary({ kinds: ['nthWeekday'] } as never)).toThrow('kinds[0]: must be one of "nth_weekday", "day_of_month", "weekly", "dates"; did you mean "nth_weekday"?');
  });
});
