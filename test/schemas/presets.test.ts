import { describe, expect, it } from 'vitest';
import { EXAMPLES, PRESETS } from './_fixtures.js';
import { NAMES, verdicts } from './_validators.js';

describe('valid inputs pass both validators', () => {
  it('every published schema has an example', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES.map((name) => [name]))('the example %s is accepted by zod and by ajv', (name) => {
    const v = verdicts(name, EXAMPLES[name]);
    expect(v.zodIssues).toEqual([]);
    expect(v.ajvErrors).toEqual([]);
  });

  it.each(PRESETS.map(([name, label, value]) => [label, name, value]))('the preset %s is a valid %s for zod and for ajv', (_label, name, value) => {
    const v = verdicts(name as string, value);
    expect(v.zodIssues).toEqual([]);
    expect(v.ajvErrors).toEqual([]);
  });
});
