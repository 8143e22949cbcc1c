import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validate } from '../../src/_lib/validate.js';
import { openObject } from '../../src/_lib/objects.js';
import { readReordered, RENAMED_KEYS, RENAMED_OPTIONS, renamedMessage, renamedTo } from '../../src/_lib/renamedKeys.js';
import { ValidationError } from '../../src/errors/ValidationError.js';
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

describe('the renames the CHANGELOG lists', () => {
  const hints = (table: typeof RENAMED_KEYS) => Object.entries(table).map(([from, renamed]) => renamedMessage(from, renamed, (name) => `<${name}>`));

  it('each old key gets the sentence naming its new key and what it holds', () => {
    expect(hints(RENAMED_KEYS).map((hint) => hint.replace(/ \(renamed before 1\.0;.*\)$/, ''))).toEqual([
      'the moment of a decision is <at>, not <asOf>',
      'the moment of a decision is <at>, not <receivedAt>',
      "a registrant's 1-based place (the old count + 1) is <position>, not <registrationsSoFar>",
      "a union's discriminator is <kind>, not <type>",
      "a union's discriminator is <kind>, not <system>",
      "a union's discriminator is <kind>, not <status>",
      'the kinds of event to generate is <eventKinds>, not <eventTypes>',
    ]);
  });

  it('each old CLI option gets the sentence naming its new option', () => {
    expect(hints(RENAMED_OPTIONS).map((hint) => hint.replace(/ \(renamed before 1\.0;.*\)$/, ''))).toEqual([
      'the moment of a decision is <at>, not <as-of>',
      'the moment of a decision is <at>, not <cancelled>',
      "a registrant's 1-based place (the old count + 1) is <position>, not <registrations-so-far>",
    ]);
  });

  it('an inherited name is no rename', () => {
    expect(renamedTo('toString', ['at'])).toBeUndefined();
    expect(renamedTo('constructor', ['at', 'kind'])).toBeUndefined();
  });
});

describe('arguments reordered before 1.0', () => {
  const Policy = z.strictObject({ maxSeats: z.number() });
  const State = z.strictObject({ events: z.array(z.string()) });
  const reordered = (given: unknown) => ({ subject: 'capacity policy', given, was: State, wasNamed: 'a roster state', signature: '(policy, state, event)' });
  const read = (value: unknown) => () => validate(Policy, value, 'capacity policy');

  it('reads the argument as usual when it is valid', () => {
    expect(readReordered(read({ maxSeats: 2 }), reordered({ events: [] }))).toEqual({ maxSeats: 2 });
  });

  it('says the order when the argument is refused and the one given in its place is what the place took before', () => {
    try {
      readReordered(read({ events: [] }), reordered({ events: [] }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).subject).toBe('capacity policy');
      expect((error as ValidationError).issues).toEqual([
        {
          path: [],
          code: 'custom',
          message: "is a roster state, not a capacity policy: the arguments are (policy, state, event) (reordered before 1.0; the CHANGELOG's migration table lists every rename)",
        },
      ]);
    }
  });

  it('refuses as usual when the argument in the other place is not the old one, or the error is another', () => {
    expect(() => readReordered(read({ maxSeat: 2 }), reordered({ maxSeats: 2 }))).toThrow('Invalid capacity policy: maxSeats: expected number, received undefined; maxSeat: unknown key "maxSeat"; did you mean "maxSeats"?');
    const other = new Error('disk full');
    expect(() =>
      readReordered(() => {
        throw other;
      }, reordered({ events: [] })),
    ).toThrow(other);
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
