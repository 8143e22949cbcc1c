/**
 * Minimal reproductions of what the fuzzer found: public functions that let
 * a TypeError or a RangeError (stack overflow) escape on bad input, or that
 * return a non-number for a number of minor units. Each must throw only a
 * BalintError (a ValidationError, as the boundary rule says) or, for the
 * `isInstant` predicate, may answer false.
 */
import { describe, expect, it } from 'vitest';
import { BalintError } from '../../src/errors/BalintError.js';
import { ValidationError } from '../../src/errors/ValidationError.js';
import * as root from '../../src/index.js';
import { nest } from './_values.js';

type Outcome = { readonly returned: unknown } | { readonly threw: unknown };

function outcome(call: () => unknown): Outcome {
  try {
    return { returned: call() };
  } catch (error) {
    return { threw: error };
  }
}

const nullPrototype = Object.create(null) as object;
const deepArray = nest('USD', 20_000, null);
const f = root as unknown as Record<string, (...args: unknown[]) => unknown>;
const call =
  (name: string, ...args: unknown[]) =>
  (): unknown =>
    (f[name] as (...a: unknown[]) => unknown)(...args);

describe('found by fuzzing: bad input gets a BalintError, never a TypeError or a stack overflow', () => {
  it.each([
    ['formatPath(undefined)', call('formatPath')],
    ['formatPath(null)', call('formatPath', null)],
    ['formatPath({})', call('formatPath', {})],
    ['formatPath([Symbol()])', call('formatPath', [Symbol('x')])],
    ['formatPath([Object.create(null)])', call('formatPath', [nullPrototype])],
    ['describeSessionTimes(null, ["UTC"])', call('describeSessionTimes', null, ['UTC'])],
    ['describeSessionTimes(undefined)', call('describeSessionTimes')],
    ['money("250", "USD", null)', call('money', '250', 'USD', null)],
    ['currencyMinorUnits(Object.create(null))', call('currencyMinorUnits', nullPrototype)],
    ['currencyMinorUnits([Symbol()])', call('currencyMinorUnits', [Symbol('x')])],
    ['currencyMinorUnits(an array nested 20,000 deep)', call('currencyMinorUnits', deepArray)],
  ])('%s throws a ValidationError', (_name, run) => {
    const result = outcome(run);
    expect('threw' in result ? result.threw : result).toBeInstanceOf(ValidationError);
  });

  it.each([
    ['isInstant(Object.create(null))', call('isInstant', nullPrototype)],
    ['isInstant(Symbol())', call('isInstant', Symbol('x'))],
    ['isInstant(an array nested 20,000 deep)', call('isInstant', deepArray)],
  ])('%s answers false or throws a BalintError', (_name, run) => {
    const result = outcome(run);
    if ('threw' in result) expect(result.threw).toBeInstanceOf(BalintError);
    else expect(result.returned).toBe(false);
  });

  it.each([
    ['currencyMinorUnits("USD", NaN)', call('currencyMinorUnits', 'USD', Number.NaN)],
    ['currencyMinorUnits("USD", "2")', call('currencyMinorUnits', 'USD', '2')],
    ['currencyMinorUnits("USD", 99)', call('currencyMinorUnits', 'USD', 99)],
  ])('%s rejects an override that is not 0 to 6 minor units', (_name, run) => {
    const result = outcome(run);
    expect('threw' in result ? result.threw : result).toBeInstanceOf(ValidationError);
  });
});
