/** Every `@example` of src/presets/abs runs and shows true results (the examples import from several areas). */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as capacity from '../../src/capacity/index.js';
import * as eligibility from '../../src/eligibility/index.js';
import * as fees from '../../src/fees/index.js';
import * as presets from '../../src/presets/abs/index.js';
import * as refunds from '../../src/refunds/index.js';
import * as schedule from '../../src/schedule/index.js';
import * as submissions from '../../src/submissions/index.js';
import { docExamples, runExample } from '../credits/_docExamples.js';

const modules = { ...capacity, ...eligibility, ...fees, ...refunds, ...schedule, ...submissions, ...presets };
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
