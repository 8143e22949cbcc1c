/** Assertions shared by the refund and fee tests. */
import fc from 'fast-check';
import { expect } from 'vitest';
import { BalintError, ValidationError, type ValidationIssue } from '../../src/errors/index.js';

/** The issues of the ValidationError `fn` throws (fails the test when it throws nothing or something else). */
export function issuesOf(fn: () => unknown): readonly ValidationIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error('expected a ValidationError');
}

/** Asserts that a three-argument function throws nothing but BalintErrors, whatever it is given. */
export function assertThrowsOnlyBalintErrors(fn: (a: never, b: never, c: never) => unknown): void {
  fc.assert(
    fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
      try {
        fn(a as never, b as never, c as never);
      } catch (error) {
        expect(error).toBeInstanceOf(BalintError);
      }
    }),
    { numRuns: 200 },
  );
}
