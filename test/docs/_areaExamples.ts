/** Every `@example` of one area of src/ runs and shows true results (test/docs type-checks them all): the one test each area's docExamples file declares. */
import { describe, expect, it } from 'vitest';
import { runSnippet, tsdocSnippets } from './_snippets.js';

/** Declares the tests of `src/<area>/`'s examples: at least `minimum` of them, each run with its `//=>` checks. */
export function describeAreaExamples(area: string, minimum: number): void {
  const examples = tsdocSnippets().filter((s) => s.at.startsWith(`src/${area}/`));
  describe(`the ${area} TSDoc examples run and show true results`, () => {
    it('found an example for every public export', () => {
      expect(examples.length).toBeGreaterThanOrEqual(minimum);
    });

    it.each(examples.map((s) => [s.at, s] as const))('%s', async (_at, snippet) => {
      const { checks, ran } = await runSnippet(snippet, (actual, expected, expression) => expect(actual, expression).toEqual(expected));
      expect(ran, 'every //=> check ran').toBe(checks);
    });
  });
}
