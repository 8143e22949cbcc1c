/**
 * The fuzzing harness checked against planted bugs, so a passing fuzz run
 * means something: the oracle sees every kind of failure it claims to, the
 * work meter and the budget guard see quadratic work, and the structure
 * helpers copy, compare and print any value the fuzzer makes.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { BalintError } from '../../src/errors/BalintError.js';
import { ValidationError } from '../../src/errors/ValidationError.js';
import { describeFailures, fuzzCall, type Failure } from './_call.js';
import { mutate, mutationArb } from './_mutate.js';
import { deepCopy, deepEqual, defineOwn, notPlainData, printValue } from './_structure.js';
import { anythingArb, keyArb, nest, oddValueArb } from './_values.js';
import { BudgetGuard, WorkMeter } from './_work.js';

const kinds = (failures: readonly Failure[]): string[] => failures.map((f) => f.kind);
const here = (url: string): boolean => url.includes('/test/fuzz/harness.test.ts');

/** Runs a loop of `n` iterations for each item: n² blocks for n items. */
function quadratic(items: readonly unknown[]): number {
  let sum = 0;
  for (let i = 0; i < items.length; i++) for (let j = 0; j < items.length; j++) sum += i ^ j;
  return sum;
}

function linear(items: readonly unknown[]): number {
  let sum = 0;
  for (let i = 0; i < items.length; i++) sum += i;
  return sum;
}

describe('the oracle', () => {
  it('accepts a call that returns plain data or throws a well-formed BalintError', () => {
    expect(fuzzCall((a) => ({ a: [a, 1, 'x', null] }), [true]).failures).toEqual([]);
    expect(fuzzCall(() => { throw new ValidationError('thing', [{ path: ['a', 0], code: 'custom', message: 'is odd' }]); }, [1]).failures).toEqual([]);
  });

  it('sees anything thrown that is not a BalintError, a stack overflow included', () => {
    expect(kinds(fuzzCall((a) => (a as { b: unknown }).b, [null]).failures)).toEqual(['foreign_error']);
    const deep = (v: unknown): number => (Array.isArray(v) ? 1 + deep(v[0]) : 0);
    const report = fuzzCall(deep, [nest(0, 200_000, null)]);
    expect(report.outcome).toBe('RangeError');
    expect(kinds(report.failures)).toEqual(['foreign_error']);
    expect(kinds(fuzzCall(() => { throw 'text'; }, []).failures)).toEqual(['foreign_error']);
  });

  it('sees a BalintError without a snake_case code, or a ValidationError without issues', () => {
    expect(kinds(fuzzCall(() => { throw new BalintError('Bad Code', 'm'); }, []).failures)).toEqual(['malformed_error']);
    expect(kinds(fuzzCall(() => { throw new ValidationError('thing', []); }, []).failures)).toEqual(['malformed_error']);
  });

  it('sees a mutated argument, however deep', () => {
    expect(kinds(fuzzCall((a) => (a as unknown[]).push(1), [[]]).failures)).toEqual(['mutated_input']);
    const deep = nest({ n: 1 }, 1_000, 'a');
    const poke = (v: unknown): boolean => {
      let node = v as Record<string, unknown>;
      while ('a' in node) node = node.a as Record<string, unknown>;
      node.n = 2;
      return true;
    };
    expect(kinds(fuzzCall(poke, [deep]).failures)).toEqual(['mutated_input']);
  });

  it('sees a polluted or changed built-in prototype, and puts it back', () => {
    const merge = (target: Record<string, Record<string, unknown>>, source: Record<string, Record<string, unknown>>): void => {
      for (const key of Object.keys(source)) for (const inner of Object.keys(source[key] ?? {})) (target[key] ??= {})[inner] = source[key]?.[inner];
    };
    const payload = {};
    defineOwn(payload, '__proto__', { polluted: true });
    const report = fuzzCall((s) => {
      merge({}, s as Record<string, Record<string, unknown>>);
      return 'merged';
    }, [payload]);
    expect(report.failures).toEqual([{ kind: 'prototype_changed', prototype: 'Object.prototype', keys: ['polluted'] }]);
    expect('polluted' in {}).toBe(false);
    const toString = Array.prototype.toString;
    const patch = (): number => {
      Array.prototype.toString = () => 'x';
      return 1;
    };
    expect(kinds(fuzzCall(patch, []).failures)).toEqual(['prototype_changed']);
    expect(Array.prototype.toString).toBe(toString);
  });

  it('sees something other than plain data returned for plain data, and only for plain data', () => {
    expect(describeFailures(fuzzCall(() => ({ total: Number.NaN }), ['1']).failures)).toMatch(/\(result\)\.total is NaN/);
    expect(kinds(fuzzCall(() => [undefined], [{}]).failures)).toEqual(['not_plain_output']);
    expect(kinds(fuzzCall(() => new Map(), []).failures)).toEqual(['not_plain_output']);
    expect(fuzzCall((a) => a, [Number.NaN]).failures).toEqual([]);
  });
});

describe.skipIf(!WorkMeter.enabled)('the work meter and the budget guard', () => {
  const meter = new WorkMeter(here);
  afterAll(() => meter.close());
  const items = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

  it('counts blocks run, the same for the same input, ten times as many for ten times the loop', () => {
    meter.take();
    meter.take(); // the first reading sorts the scripts (calling \`here\`), which the second counts
    linear(items(1_000));
    const once = meter.take();
    linear(items(1_000));
    expect(meter.take()).toBe(once);
    linear(items(10_000));
    const tenfold = meter.take();
    expect(once).toBeGreaterThan(1_000);
    expect(tenfold).toBeGreaterThan(9 * once);
    expect(tenfold).toBeLessThan(11 * once);
  });

  it('holds a call to its budget: a quadratic call on 3,000 items is caught, a linear one is not', () => {
    expect(kinds(fuzzCall(quadratic as (...a: unknown[]) => unknown, [items(3_000)], meter).failures)).toEqual(['over_budget']);
    expect(fuzzCall(linear as (...a: unknown[]) => unknown, [items(3_000)], meter).failures).toEqual([]);
  });

  it('finds the one call over budget in a batch, and clears batches within budget', () => {
    const guard = new BudgetGuard(meter, 64);
    const found = [];
    for (let i = 0; i < 200; i++) {
      const args = [items(i === 150 ? 3_000 : 50)];
      const fn = i === 150 ? quadratic : linear;
      found.push(...guard.record(fn as (...a: unknown[]) => unknown, args, fn(args[0] as number[]), i));
    }
    found.push(...guard.flush());
    expect(found.map((o) => o.tag)).toEqual([150]);
  });
});

describe('properties', () => {
  it('a deep copy of any value is deep-equal to it and shares no object with it', () => {
    fc.assert(
      fc.property(fc.oneof(anythingArb, oddValueArb), (value) => {
        const copy = deepCopy(value);
        expect(deepEqual(copy, value)).toBe(true);
        if (typeof value === 'object' && value !== null) expect(copy !== value).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a mutation never changes the arguments it starts from, nor any prototype', () => {
    fc.assert(
      fc.property(fc.array(anythingArb, { minLength: 1, maxLength: 4 }), mutationArb, (args, mutation) => {
        const before = deepCopy(args);
        const after = mutate(args, mutation);
        expect(deepEqual(args, before)).toBe(true);
        expect(Array.isArray(after)).toBe(true);
        expect('polluted' in {}).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('an added prototype key stays an own key of the copy, and the prototype stays Object.prototype', () => {
    const [changed] = mutate([{ a: 1 }], { kind: 'add', at: 0, key: '__proto__', value: { polluted: true } }) as [object];
    expect(Object.getOwnPropertyNames(changed)).toEqual(['a', '__proto__']);
    expect(Object.getPrototypeOf(changed)).toBe(Object.prototype);
    expect('polluted' in {}).toBe(false);
  });

  it('changing any one node of a value makes it unequal to its copy', () => {
    const changeableArb = fc.anything({ key: keyArb, withNullPrototype: true, withSparseArray: true, withDate: true, withBigInt: true });
    fc.assert(
      fc.property(fc.array(changeableArb, { minLength: 1, maxLength: 3 }), fc.nat(), (args, at) => {
        const changed = mutate(args, { kind: 'replace', at, value: Symbol('changed') });
        expect(deepEqual(changed, deepCopy(args))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('any value prints in bounded text, however deep or long', () => {
    fc.assert(
      fc.property(oddValueArb, (value) => {
        expect(printValue([value]).length).toBeLessThan(3_200);
      }),
      { numRuns: 200 },
    );
    expect(printValue(nest('x', 100_000, '__proto__'))).toMatch(/nested 100000 levels deep\)$/);
  });

  it('plain JSON data is plain, and so is anything that survives a JSON round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(notPlainData(JSON.parse(JSON.stringify(value)))).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
