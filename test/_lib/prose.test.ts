/**
 * The small pieces of English and the small shared schemas every area's
 * sentences and validators are made of: long dates, lists joined with "and"
 * or "or", plurals, snake_case codes, distinct lists and the ABS's one
 * organization code.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { listAlternatives } from '../../src/_lib/alternatives.js';
import { daysFromCivil } from '../../src/_lib/civil.js';
import { NonEmptySchema, snakeId } from '../../src/_lib/codes.js';
import { allDistinct } from '../../src/_lib/lists.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../src/_lib/names.js';
import { ABS_NAME, ABS_ORGANIZATION, nearMissOrganization } from '../../src/_lib/organizations.js';
import { formatLongDate, joinAnd, plural } from '../../src/_lib/prose.js';
import { validate } from '../../src/_lib/validate.js';

describe('prose', () => {
  it('writes a date as a reader does, for every month', () => {
    expect(formatLongDate(daysFromCivil(2026, 3, 12))).toBe('March 12, 2026');
    expect(MONTH_NAMES.map((_, i) => formatLongDate(daysFromCivil(2027, i + 1, 1)))).toEqual([
      'January 1, 2027',
      'February 1, 2027',
      'March 1, 2027',
      'April 1, 2027',
      'May 1, 2027',
      'June 1, 2027',
      'July 1, 2027',
      'August 1, 2027',
      'September 1, 2027',
      'October 1, 2027',
      'November 1, 2027',
      'December 1, 2027',
    ]);
  });

  it('names the weekdays, Monday first', () => {
    expect(Object.values(WEEKDAY_NAMES)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(Object.keys(WEEKDAY_NAMES)).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
  });

  it('joins phrases with "and", the last set off without a comma', () => {
    expect(joinAnd([])).toBe('');
    expect(joinAnd(['a'])).toBe('a');
    expect(joinAnd(['a', 'b'])).toBe('a and b');
    expect(joinAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('lists alternatives with "or", setting the last off with a comma when an item has an "or" of its own', () => {
    expect(listAlternatives(['a'])).toBe('a');
    expect(listAlternatives(['a', 'b'])).toBe('a or b');
    expect(listAlternatives(['a', 'b', 'c'])).toBe('a, b or c');
    expect(listAlternatives(['a weekday such as "Monday" or "Tuesday"', 'a date'])).toBe('a weekday such as "Monday" or "Tuesday", or a date');
  });

  it('puts a unit in the plural unless there is exactly one', () => {
    expect(plural(0, 'day')).toBe('0 days');
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(30, 'day')).toBe('30 days');
  });
});

describe('shared small schemas', () => {
  it('a snake_case code starts with a letter and has at most 64 characters', () => {
    const code = snakeId('credential code');
    expect(z.safeParse(code, 'abpn_certified').success).toBe(true);
    expect(z.safeParse(code, `a${'b'.repeat(63)}`).success).toBe(true);
    expect(z.safeParse(code, `a${'b'.repeat(64)}`).success).toBe(false);
    for (const bad of ['Abpn', '1abpn', '_abpn', 'abpn-certified', 'abpn certified', '', 'abpn\n']) expect(z.safeParse(code, bad).success).toBe(false);
    expect(() => validate(code, 'ABPN', 'credential')).toThrow('Invalid credential: (root): must be a snake_case credential code');
  });

  it('a non-empty string has at least one character', () => {
    expect(z.safeParse(NonEmptySchema, ' ').success).toBe(true);
    expect(() => validate(NonEmptySchema, '', 'name')).toThrow('Invalid name: (root): must not be empty');
  });

  it('a list is distinct when no item appears twice', () => {
    expect(allDistinct([])).toBe(true);
    expect(allDistinct(['a', 'b'])).toBe(true);
    expect(allDistinct(['a', 'b', 'a'])).toBe(false);
  });
});

describe("the ABS's one organization code", () => {
  it('is "ABS", and its name is for prose', () => {
    expect(ABS_ORGANIZATION).toBe('ABS');
    expect(ABS_NAME).toBe('American Balint Society');
  });

  it('a record that spells the organization by its full name, in any case, is told the code', () => {
    expect(nearMissOrganization('American Balint Society', ['ABS'], 'this rule')).toBe('organization "American Balint Society" is not one this rule mentions; did you mean "ABS"?');
    expect(nearMissOrganization(' american balint society ', ['ABS'], 'this path')).toBe('organization " american balint society " is not one this path mentions; did you mean "ABS"?');
    expect(nearMissOrganization('abs', ['ABS'], 'this rule')).toBe('organization "abs" is not one this rule mentions; did you mean "ABS"?');
  });

  it('says nothing of an organization that is mentioned, or that is another', () => {
    expect(nearMissOrganization('ABS', ['ABS'], 'this rule')).toBeUndefined();
    expect(nearMissOrganization('AAFP', ['ABS'], 'this rule')).toBeUndefined();
    expect(nearMissOrganization('American Balint Society', ['AAFP'], 'this rule')).toBeUndefined();
  });
});
