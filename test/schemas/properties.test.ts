import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VALID } from './_arbitraries.js';
import { mutatedArb } from './_mutate.js';
import { ZOD_ONLY } from './_zodOnly.js';
import { NAMES, verdicts } from './_validators.js';

const RUNS = 100;
const knownDifference = (issue: { code: string; message: string }): boolean =>
  ZOD_ONLY.some((check) => issue.code === (check.code ?? 'custom') && check.message.test(issue.message));

describe('properties', () => {
  it('every schema has an arbitrary of valid values', () => {
    expect(Object.keys(VALID).sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES.map((name) => [name]))('every valid value zod accepts, ajv accepts (%s)', (name) => {
    fc.assert(
      fc.property(VALID[name] as fc.Arbitrary<unknown>, (value) => {
        const v = verdicts(name, value);
        expect(v.zodIssues).toEqual([]);
        expect(v.ajvErrors).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(NAMES.map((name) => [name]))('ajv never rejects what zod accepts, even near the edges (%s)', (name) => {
    fc.assert(
      fc.property(mutatedArb(VALID[name] as fc.Arbitrary<unknown>), (value) => {
        const v = verdicts(name, value);
        if (v.zod) expect(v.ajvErrors).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(NAMES.map((name) => [name]))('where ajv accepts what zod rejects, the reason is a check only the library makes (%s)', (name) => {
    fc.assert(
      fc.property(mutatedArb(VALID[name] as fc.Arbitrary<unknown>), (value) => {
        const v = verdicts(name, value);
        if (v.ajv && !v.zod) expect(v.zodIssues.filter((issue) => !knownDifference(issue))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
