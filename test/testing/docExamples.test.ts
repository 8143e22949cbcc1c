/**
 * The testing kit's TSDoc examples run here: each `expression; //=> value`
 * must hold. Examples import fast-check as users do (`import fc from
 * 'fast-check'`); the runner binds it like the library's own imports.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/_all.js';
import * as testing from '../../src/testing/index.js';
import { docExamples, runExample } from '../credits/_docExamples.js';

const module: Record<string, unknown> = { ...root, ...testing, fc };
const examples = docExamples(new URL('../../src/testing/', import.meta.url).pathname).map((e) => ({
  ...e,
  code: e.code.replace("import fc from 'fast-check';", "import { fc } from 'balint-rules/testing';"),
}));

describe('the testing TSDoc examples run and show true results', () => {
  let checks = 0;
  for (const example of examples) {
    it(`${example.file} #${example.index + 1}`, () => {
      checks += runExample(example, module, (actual, expected, statement) => expect(actual, statement).toEqual(expected));
    });
  }
  it('found the examples and their results', () => {
    expect(examples.length).toBeGreaterThan(60);
    expect(checks).toBeGreaterThan(40);
  });
});
