/**
 * The English the library says of an invalid value, for each kind of issue
 * zod raises (zod/mini ships without a locale): what was expected and what
 * was received, the bounds of a size or a number, the values allowed, and
 * a path that keeps only keys and indices.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ValidationError } from '../../src/errors/ValidationError.js';
import { describeIssue, toIssue, toValidationIssues, unreadable } from '../../src/_lib/issues.js';
import { validate } from '../../src/_lib/validate.js';

const at = { path: ['x'] };

describe('the wording of an issue', () => {
  it.each([
    [{ code: 'invalid_type', expected: 'string', input: 12 }, 'expected string, received number'],
    [{ code: 'invalid_type', expected: 'string', input: null }, 'expected string, received null'],
    [{ code: 'invalid_type', expected: 'string', input: [] }, 'expected string, received array'],
    [{ code: 'invalid_type', expected: 'number', input: Number.NaN }, 'expected number, received NaN'],
    [{ code: 'invalid_type', expected: 'object', input: undefined }, 'expected object, received undefined'],
    [{ code: 'too_small', origin: 'number', minimum: 1, inclusive: true }, 'must be at least 1'],
    [{ code: 'too_small', origin: 'number', minimum: 0, inclusive: false }, 'must be greater than 0'],
    [{ code: 'too_big', origin: 'number', maximum: 10, inclusive: true }, 'must be at most 10'],
    [{ code: 'too_big', origin: 'number', maximum: 10, inclusive: false }, 'must be less than 10'],
    [{ code: 'too_small', origin: 'array', minimum: 1 }, 'must have at least 1 item(s)'],
    [{ code: 'too_big', origin: 'array', maximum: 3 }, 'must have at most 3 item(s)'],
    [{ code: 'too_small', origin: 'string', minimum: 2 }, 'must have at least 2 character(s)'],
    [{ code: 'too_big', origin: 'string', maximum: 64 }, 'must have at most 64 character(s)'],
    [{ code: 'invalid_value', values: ['a', 'b'], input: 'c' }, 'must be one of "a", "b"'],
    [{ code: 'invalid_value', values: ['illness', 'travel'], input: 'ilness' }, 'must be one of "illness", "travel"; did you mean "illness"?'],
    [{ code: 'invalid_value', values: [1, 2], input: 3 }, 'must be one of 1, 2'],
    [{ code: 'invalid_value', values: ['illness', 1, null], input: 'ilness' }, 'must be one of "illness", 1, null; did you mean "illness"?'],
    [{ code: 'invalid_union' }, 'does not match any of the allowed shapes'],
    [{ code: 'custom' }, 'is invalid'],
    [{ code: 'custom', message: 'must be a weekday' }, 'must be a weekday'],
    [{ code: 'invalid_type', expected: 'string', input: 1, message: 'Invalid input' }, 'expected string, received number'],
    [{ code: 'invalid_format', format: 'email' }, 'has an invalid email format'],
    [{ code: 'not_multiple_of', divisor: 5 }, 'must be a multiple of 5'],
    [{ code: 'invalid_key' }, 'has an invalid key'],
    [{ code: 'invalid_element' }, 'has an invalid element'],
    [{ code: 'unrecognized_keys', keys: ['a', 'b'] }, 'unknown key "a": not a key this version of balint-rules knows (data written for a newer version is refused, never applied in part); unknown key "b": not a key this version of balint-rules knows (data written for a newer version is refused, never applied in part)'],
    [{ code: 'unrecognized_keys' }, ''],
    [{ code: 'invalid_format', format: 'regex', message: 'must be HH:mm' }, 'must be HH:mm'],
  ])('%o reads "%s"', (issue, sentence) => {
    expect(describeIssue({ ...at, ...issue })).toBe(sentence);
  });
});

describe('issues in the library shape', () => {
  it('keep keys and indices of the path, not symbols', () => {
    expect(toIssue({ code: 'custom', path: ['a', Symbol('s'), 0], message: 'no' })).toEqual({ path: ['a', 0], code: 'custom', message: 'no' });
    expect(toIssue({ code: 'custom', path: [] }, 'said')).toEqual({ path: [], code: 'custom', message: 'said' });
  });

  it('give one issue per unknown key, at its own path, with the key meant', () => {
    expect(toValidationIssues({ code: 'unrecognized_keys', path: ['rule'], keys: ['lable', 'zzz'] }, ['label', 'kind'])).toEqual([
      { path: ['rule', 'lable'], code: 'unrecognized_keys', message: 'unknown key "lable"; did you mean "label"?' },
      {
        path: ['rule', 'zzz'],
        code: 'unrecognized_keys',
        message: 'unknown key "zzz": not a key this version of balint-rules knows (data written for a newer version is refused, never applied in part)',
      },
    ]);
    expect(toValidationIssues({ code: 'unrecognized_keys', path: [], keys: ['asOf'] }, ['at'])).toEqual([
      {
        path: ['asOf'],
        code: 'unrecognized_keys',
        message: 'unknown key "asOf": the moment of a decision is "at", not "asOf" (renamed before 1.0; the CHANGELOG\'s migration table lists every rename)',
      },
    ]);
    // An issue that already says what it means is kept as one.
    expect(toValidationIssues({ code: 'unrecognized_keys', path: [], keys: ['a'], message: 'no extra keys here' })).toEqual([{ path: [], code: 'unrecognized_keys', message: 'no extra keys here' }]);
    expect(toValidationIssues({ code: 'too_small', path: ['n'], origin: 'number', minimum: 1, inclusive: true })).toEqual([{ path: ['n'], code: 'too_small', message: 'must be at least 1' }]);
  });

  it('say input that cannot be read could not be read, and why', () => {
    const error = unreadable('profile', new Error('getter failed'));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues).toEqual([{ path: [], code: 'custom', message: 'could not be read (getter failed)' }]);
    expect(unreadable('profile', 'plain').issues[0]?.message).toBe('could not be read (plain)');
  });
});

describe('validate', () => {
  const Schema = z.strictObject({ kind: z.literal('member'), organization: z.string(), label: z.optional(z.string()) });

  it('returns the parsed value, and refuses an invalid one naming its subject and every issue', () => {
    expect(validate(Schema, { kind: 'member', organization: 'ABS' }, 'rule')).toEqual({ kind: 'member', organization: 'ABS' });
    try {
      validate(Schema, { kind: 'member', organisation: 'ABS', lable: 'x' }, 'rule');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).subject).toBe('rule');
      expect((error as ValidationError).issues).toEqual([
        { path: ['organization'], code: 'invalid_type', message: 'expected string, received undefined' },
        { path: ['organisation'], code: 'unrecognized_keys', message: 'unknown key "organisation"; did you mean "organization"?' },
        { path: ['lable'], code: 'unrecognized_keys', message: 'unknown key "lable"; did you mean "label"?' },
      ]);
    }
  });

  it('reports a getter that throws as a value that could not be read', () => {
    const value = { kind: 'member', get organization(): string {
      throw new Error('no access');
    } };
    expect(() => validate(Schema, value, 'rule')).toThrow('Invalid rule: (root): could not be read (no access)');
  });

  it('explains a union by the branch the value came closest to', () => {
    const Union = z.union([z.strictObject({ kind: z.literal('a'), days: z.number() }), z.strictObject({ kind: z.literal('b'), name: z.string(), more: z.string() })]);
    expect(() => validate(Union, { kind: 'a', dayz: 3 }, 'thing')).toThrow(/days: expected number, received undefined; dayz: unknown key "dayz"; did you mean "days"\?/);
    // Equally close branches: the issues they share.
    const Twins = z.union([z.strictObject({ id: z.string(), a: z.number() }), z.strictObject({ id: z.string(), b: z.number() })]);
    expect(() => validate(Twins, { id: 1, a: 1, b: 1 }, 'thing')).toThrow(/^Invalid thing: id: expected string, received number$/);
    // A value of the wrong type for every branch.
    expect(() => validate(Union, 'a', 'thing')).toThrow(/^Invalid thing: \(root\): does not match any of the allowed shapes$/);
  });

  it('a near miss of a branch key counts in that branch\'s favour', () => {
    const Named = z.strictObject({ name: z.string() });
    const Days = z.strictObject({ days: z.number() });
    // Two issues each way; the near miss "dayz" of "days" decides.
    expect(() => validate(z.union([Named, Days]), { dayz: 1 }, 'thing')).toThrow(/^Invalid thing: days: expected number, received undefined; dayz: unknown key "dayz"; did you mean "days"\?$/);
    expect(() => validate(z.union([Days, Named]), { nme: 'x' }, 'thing')).toThrow(/^Invalid thing: name: expected string, received undefined; nme: unknown key "nme"; did you mean "name"\?$/);
    // Neither branch nearer: what they share, or else the union as a whole.
    expect(() => validate(z.union([Named, Days]), { other: 1 }, 'thing')).toThrow(/^Invalid thing: other: unknown key "other": not a key this version of balint-rules knows \(data written for a newer version is refused, never applied in part\)$/);
    expect(() => validate(z.union([Named, Days]), { name: 1, days: 'x' }, 'thing')).toThrow(/^Invalid thing: \(root\): does not match any of the allowed shapes$/);
  });

  it('never takes a branch of another type for the nearest, whatever its count of issues', () => {
    const Days = z.strictObject({ days: z.number() });
    expect(() => validate(z.union([z.string(), Days]), { dayz: 1 }, 'thing')).toThrow(/^Invalid thing: days: expected number, received undefined; dayz: unknown key "dayz"; did you mean "days"\?$/);
    expect(() => validate(z.union([z.string(), Days]), { days: 'x' }, 'thing')).toThrow(/^Invalid thing: days: expected number, received string$/);
    expect(() => validate(z.union([z.string(), z.number()]), true, 'thing')).toThrow(/^Invalid thing: \(root\): does not match any of the allowed shapes$/);
  });

  it('a branch counts as nearer for any near miss among its unknown keys', () => {
    const Named = z.strictObject({ name: z.string() });
    const Days = z.strictObject({ days: z.number() });
    expect(() => validate(z.union([Named, Days]), { dayz: 1, zzz: 2 }, 'thing')).toThrow(/^Invalid thing: days: expected number, received undefined; dayz: unknown key "dayz"; did you mean "days"\?; zzz: unknown key "zzz": not a key/);
  });

  it('equally near branches share an issue only when it says the same of the same place', () => {
    const A = z.strictObject({ id: z.string(), a: z.number() });
    const B = z.strictObject({ id: z.number(), b: z.number() });
    expect(() => validate(z.union([A, B]), { id: true, a: 1, b: 1 }, 'thing')).toThrow(/^Invalid thing: \(root\): does not match any of the allowed shapes$/);
    expect(() => validate(z.union([A, B]), { a: 1, b: 1 }, 'thing')).toThrow(/^Invalid thing: \(root\): does not match any of the allowed shapes$/);
  });

  it('equally near branches whose nested unions say different things share nothing there', () => {
    const A = z.strictObject({ id: z.union([z.strictObject({ n: z.string() }), z.string()]), a: z.number() });
    const B = z.strictObject({ id: z.union([z.strictObject({ n: z.number() }), z.number()]), b: z.number() });
    expect(() => validate(z.union([A, B]), { id: { n: true }, a: 1, b: 1 }, 'thing')).toThrow(/^Invalid thing: \(root\): does not match any of the allowed shapes$/);
    const C = z.strictObject({ id: z.union([z.strictObject({ n: z.string() }), z.string()]), c: z.number() });
    expect(() => validate(z.union([A, C]), { id: { n: true }, a: 1, c: 1 }, 'thing')).toThrow(/^Invalid thing: id\.n: expected string, received boolean$/);
  });

  it('reports input that throws while it is explained as input that could not be read', () => {
    const Rule = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('member') })]);
    const trap = new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error('trap'); } });
    expect(() => validate(Rule, trap, 'rule')).toThrow(/^Invalid rule: \(root\): could not be read \(trap\)$/);
  });

  it('places the issues of a union inside an object at their full path', () => {
    const Union = z.union([z.strictObject({ kind: z.literal('a'), days: z.number() }), z.strictObject({ kind: z.literal('b'), name: z.string() })]);
    const Outer = z.strictObject({ rules: z.array(Union) });
    expect(() => validate(Outer, { rules: [{ kind: 'a', days: 1 }, { kind: 'b', nam: 'x' }] }, 'policy')).toThrow(
      /^Invalid policy: rules\[1\]\.name: expected string, received undefined; rules\[1\]\.nam: unknown key "nam"; did you mean "name"\?$/,
    );
  });

  describe('a discriminator no branch has', () => {
    const Rule = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('member') }), z.strictObject({ kind: z.literal('student') })]);

    it('names the values it may take, and the one meant for a near miss', () => {
      expect(() => validate(Rule, { kind: 'membr' }, 'rule')).toThrow('Invalid rule: kind: must be one of "member", "student"; did you mean "member"?');
      expect(() => validate(Rule, { kind: 'teacher' }, 'rule')).toThrow(/^Invalid rule: kind: must be one of "member", "student"$/);
      expect(() => validate(Rule, { kind: 3 }, 'rule')).toThrow(/^Invalid rule: kind: must be one of "member", "student"$/);
    });

    it('says it is required when it is missing, and its old name when that was written', () => {
      expect(() => validate(Rule, {}, 'rule')).toThrow(/^Invalid rule: kind: is required: one of "member", "student"$/);
      expect(() => validate(Rule, { asOf: '2026-01-01' }, 'rule')).toThrow(/^Invalid rule: kind: is required: one of "member", "student"$/);
      expect(() => validate(Rule, { status: 'member' }, 'rule')).toThrow(/^Invalid rule: kind: is required: one of "member", "student"; a union's discriminator is "kind", not "status"/);
      expect(() => validate(Rule, { type: 'member' }, 'rule')).toThrow(
        /^Invalid rule: kind: is required: one of "member", "student"; a union's discriminator is "kind", not "type"/,
      );
    });

    it('says what was received when the value is not an object', () => {
      expect(() => validate(Rule, 'member', 'rule')).toThrow(/^Invalid rule: \(root\): expected object, received string$/);
    });
  });
});

