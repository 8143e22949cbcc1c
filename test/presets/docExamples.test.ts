/** Every `@example` of src/presets/abs runs and shows true results (the examples import from several areas). */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/_all.js';
import * as presets from '../../src/presets/abs/index.js';
import { docExamples, runExample } from '../credits/_docExamples.js';

const modules: Record<string, unknown> = { ...root, ...presets };
// The shared runner reads imports from one-segment subpaths (`balint-rules/fees`): name this area's two-segment one alike.
const examples = docExamples(fileURLToPath(new URL('../../src/presets/abs/', import.meta.url))).map((e) => ({
  ...e,
  code: e.code.replaceAll("'balint-rules/presets/abs'", "'balint-rules/presets'"),
}));

describe('the presets/abs TSDoc examples run and show true results', () => {
  let checks = 0;
  for (const example of examples) {
    it(`${example.file} #${example.index + 1}`, () => {
      checks += runExample(example, modules, (actual, expected, statement) => expect(actual, statement).toEqual(expected));
    });
  }
  it('found the examples and their results', () => {
    expect(examples.length).toBeGreaterThan(50);
    expect(checks).toBeGreaterThan(35);
  });
});
