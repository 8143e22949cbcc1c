/**
 * The snippet harness must be able to fail: a wrong `//=>` result, a `//=>`
 * that follows nothing, a check that never runs and a type error are all
 * caught.
 */
import { describe, expect, it } from 'vitest';
import { instrument, runSnippet, typeErrors, type Snippet } from './_snippets.js';

const snippet = (code: string): Snippet => ({ at: 'docs/example.md:1', code });

async function results(code: string): Promise<{ checks: number; ran: number; failures: string[] }> {
  const failures: string[] = [];
  const { checks, ran } = await runSnippet(snippet(code), (actual, expected, expression) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) failures.push(expression);
  });
  return { checks, ran, failures };
}

describe('the snippet harness', () => {
  it('checks every //=> result, including one continued over several lines and one in a block', async () => {
    const code = [
      "import { formatRecurrence, parseRecurrence } from 'balint-rules/recurrence';",
      '',
      "parseRecurrence('every other Tuesday');",
      "//=> { kind: 'weekly', weekdays: ['tuesday'],",
      '//     interval: 2 }',
      "if (true) {",
      "  formatRecurrence(parseRecurrence('second Saturday'));",
      "  //=> 'the second Saturday of every month'",
      '}',
    ].join('\n');
    expect(await results(code)).toEqual({ checks: 2, ran: 2, failures: [] });
  });

  it('reports a wrong result', async () => {
    const code = "import { parseRecurrence } from 'balint-rules';\nparseRecurrence('second Saturday').kind;\n//=> 'weekly'";
    expect((await results(code)).failures).toEqual(["parseRecurrence('second Saturday').kind"]);
  });

  it('counts a check in a branch not taken as not run', async () => {
    const code = "import { parseRecurrence } from 'balint-rules';\nif (false) {\n  parseRecurrence('daily').kind;\n  //=> 'weekly'\n}";
    expect(await results(code)).toMatchObject({ checks: 1, ran: 0 });
  });

  it('refuses a //=> that follows no statement', () => {
    expect(() => instrument('const a = 1;\n//=> 1')).toThrow(/follow no expression statement/);
  });

  it('refuses imports from outside the library', async () => {
    await expect(results("import { readFileSync } from 'node:fs';\nreadFileSync;")).rejects.toThrow(/not a balint-rules module/);
  });

  it('finds type errors, with the line in the guide', () => {
    const errors = typeErrors([{ at: 'docs/example.md:10', code: "const ok: string = 'text';\n\nconst count: number = ok;" }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^docs\/example\.md:12: Type 'string' is not assignable to type 'number'/);
  });
});
