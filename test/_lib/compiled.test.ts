/**
 * Validated once, trusted after: a compiled value is a frozen deep copy of
 * plain JSON, recognised by identity (a look-alike is not compiled), and an
 * open object keeps an app's own keys while refusing near misses of known
 * ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { freezeCopy, registry } from '../../src/_lib/compiled.js';
import { openObject } from '../../src/_lib/objects.js';
import { validate } from '../../src/_lib/validate.js';
import { rejection } from '../_helpers/rejection.js';

function deepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((v) => deepFrozen(v, seen));
}

describe('a frozen copy', () => {
  it('law: equals the value, shares no object with it, and is frozen all the way down', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const before = structuredClone(value);
        const copy = freezeCopy(value);
        expect(copy).toStrictEqual(value);
        expect(value).toStrictEqual(before);
        expect(deepFrozen(copy)).toBe(true);
        if (value !== null && typeof value === 'object') {
          expect(copy).not.toBe(value);
          expect(Object.isFrozen(value)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('returns what is not an object as it is', () => {
    expect(freezeCopy(null)).toBeNull();
    expect(freezeCopy('x')).toBe('x');
    expect(freezeCopy(3)).toBe(3);
  });

  it('copies arrays as arrays, and data nested deeper than the stack', () => {
    const copy = freezeCopy({ list: [1, [2, 3]] });
    expect(Array.isArray(copy.list)).toBe(true);
    expect(Array.isArray(copy.list[1])).toBe(true);
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = { next: deep };
    let walked = freezeCopy(deep) as { next?: unknown };
    let depth = 0;
    while (typeof walked === 'object') {
      walked = walked.next as { next?: unknown };
      depth++;
    }
    expect(depth).toBe(100_000);
    expect(walked).toBe('bottom');
  });

  it('keeps an own "__proto__" key as a key, and a value reached twice as one copy', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const copy = freezeCopy(value);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const shared = { n: 1 };
    const twice = freezeCopy({ a: shared, b: shared });
    expect(twice.a).toBe(twice.b);
    const cyclic: Record<string, unknown> = { n: 1 };
    cyclic['self'] = cyclic;
    const cycleCopy = freezeCopy(cyclic);
    expect(cycleCopy['self']).toBe(cycleCopy);
  });

  it('copies keys as enumerable data properties, read-only as the frozen copy is', () => {
    const copy = freezeCopy({ a: 1 });
    expect(Object.getOwnPropertyDescriptor(copy, 'a')).toEqual({ value: 1, enumerable: true, writable: false, configurable: false });
  });
});

describe('a registry of compiled values', () => {
  it('gives back what was prepared for a compiled value, and nothing for a look-alike or a non-object', () => {
    const policies = registry<number, 'Test'>();
    const value = { maxSeats: 12 };
    const compiled = policies.add(value, (frozen) => frozen.maxSeats * 2);
    expect(compiled).toEqual(value);
    expect(compiled).not.toBe(value);
    expect(Object.isFrozen(compiled)).toBe(true);
    expect(policies.get(compiled)).toBe(24);
    expect(policies.get(value)).toBeUndefined();
    expect(policies.get(JSON.parse(JSON.stringify(compiled)))).toBeUndefined();
    expect(policies.get(null)).toBeUndefined();
    expect(policies.get('x')).toBeUndefined();
    expect(registry<number, 'Other'>().get(compiled)).toBeUndefined();
  });

  it('prepares from the frozen copy, not the caller\'s value', () => {
    const policies = registry<unknown, 'Test'>();
    const value = { a: 1 };
    let seen: unknown;
    const compiled = policies.add(value, (frozen) => {
      seen = frozen;
      return 1;
    });
    expect(seen).toBe(compiled);
  });
});

describe('an open object', () => {
  const Profile = openObject({ clinicallyActive: z.optional(z.boolean()), paid: z.optional(z.boolean()), at: z.optional(z.string()) });

  it("keeps an app's own keys, including a known key extended by a word", () => {
    expect(validate(Profile, { clinicallyActive: true, name: 'Ana', email: 'a@example.org', paidAt: 'x' }, 'profile')).toEqual({ clinicallyActive: true, name: 'Ana', email: 'a@example.org', paidAt: 'x' });
  });

  it('refuses a near miss of a known key, and an old name of one, each at its path', () => {
    expect(() => validate(Profile, { clinicalyActive: true }, 'profile')).toThrow('Invalid profile: clinicalyActive: unknown key "clinicalyActive"; did you mean "clinicallyActive"?');
    expect(rejection(() => validate(Profile, { clinicalyActive: true }, 'profile')).issues).toEqual([
      { path: ['clinicalyActive'], code: 'custom', message: 'unknown key "clinicalyActive"; did you mean "clinicallyActive"?' },
    ]);
    expect(() => validate(Profile, { clinically_active: true }, 'profile')).toThrow('did you mean "clinicallyActive"?');
    // One letter added is a typo, not a word.
    expect(() => validate(Profile, { paids: true }, 'profile')).toThrow('Invalid profile: paids: unknown key "paids"; did you mean "paid"?');
    expect(() => validate(Profile, { asOf: 'x' }, 'profile')).toThrow('Invalid profile: asOf: unknown key "asOf": the moment of a decision is "at", not "asOf"');
  });

  it('names the near miss also when a known key is wrong', () => {
    expect(() => validate(Profile, { paid: 'yes', clinicalyActive: true }, 'profile')).toThrow(
      'Invalid profile: paid: expected boolean, received string; clinicalyActive: unknown key "clinicalyActive"; did you mean "clinicallyActive"?',
    );
  });

  it("runs the object's own checks", () => {
    const Checked = openObject({ a: z.number(), b: z.number() }, z.refine((v) => v.a < v.b, { message: 'a must be less than b' }));
    expect(validate(Checked, { a: 1, b: 2 }, 'pair')).toEqual({ a: 1, b: 2 });
    expect(() => validate(Checked, { a: 2, b: 1 }, 'pair')).toThrow('a must be less than b');
    expect(() => validate(Checked, null, 'pair')).toThrow('Invalid pair: (root): expected object, received null');
  });
});
