import { describe, expect, it } from 'vitest';
import * as credits from '../../src/credits/index.js';
import { describeDocExamples, runExample } from './_docExamples.js';

describeDocExamples('credits', credits, { examples: 30, checks: 20 });

describe('the TSDoc example runner', () => {
  it('fails on a wrong result', () => {
    const wrong = { file: 'x.ts', index: 0, code: "import { CreditAmountSchema } from 'balint-rules/credits';\n\nCreditAmountSchema.safeParse('3.75').success;\n//=> false" };
    expect(() => runExample(wrong, credits, (a, e) => expect(a).toEqual(e))).toThrow();
  });
});
