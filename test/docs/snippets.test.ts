import { describe, expect, it } from 'vitest';
import { guideFiles, markdownSnippets, runSnippet, tsdocSnippets, typeErrors } from './_snippets.js';

/** Written by another engineer; its snippets are that guide's own business. */
const NOT_OURS = ['docs/guides/testing-your-own-policy.md'];

const guides = markdownSnippets(guideFiles(NOT_OURS));
const examples = tsdocSnippets();

describe('the documentation snippets', () => {
  it('found the guides\' snippets and the TSDoc examples', () => {
    expect(guides.length).toBeGreaterThan(0);
    expect(examples.length).toBeGreaterThan(300);
  });

  it('type-check against the source: every TSDoc example and every guide snippet', () => {
    expect(typeErrors([...examples, ...guides])).toEqual([]);
  });

  describe('the guides\' snippets run and show true results', () => {
    it.each(guides.map((s) => [s.at, s] as const))('%s', async (_at, snippet) => {
      const { checks, ran } = await runSnippet(snippet, (actual, expected, expression) => expect(actual, expression).toEqual(expected));
      expect(ran, 'every //=> check ran').toBe(checks);
    });
  });
});
