/** Every `@example` of src/submissions type-checks (test/docs does that for all of src/) and runs, showing true results. */
import { describe, expect, it } from 'vitest';
import { runSnippet, tsdocSnippets } from '../docs/_snippets.js';

const examples = tsdocSnippets().filter((s) => s.at.startsWith('src/submissions/'));

describe('the submissions TSDoc examples run and show true results', () => {
  it('found an example for every public export', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
  });

  it.each(examples.map((s) => [s.at, s] as const))('%s', async (_at, snippet) => {
    const { checks, ran } = await runSnippet(snippet, (actual, expected, expression) => expect(actual, expression).toEqual(expected));
    expect(ran, 'every //=> check ran').toBe(checks);
  });
});
