/**
 * The table "Misspelt input" of docs/policies-as-data.md, case by case: each
 * row calls the real function with a misspelt key or code and finds the
 * path and message the table shows; and the table shows each case's path and
 * message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/ValidationError.js';
import { CASES, type Case } from './_misspelt.js';


const key = (c: Case): string => `${c.input}: ${c.misspelt}`;

function answer(call: () => unknown): { path: readonly (string | number)[]; message: string }[] {
  try {
    call();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => ({ path: i.path, message: i.message }));
    throw error;
  }
  return [];
}

const doc = readFileSync(new URL('../../docs/policies-as-data.md', import.meta.url), 'utf8');

describe('misspelt input is refused with a hint (docs/policies-as-data.md)', () => {
  it('names each case once', () => {
    expect(new Set(CASES.map(key)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    it(`${key(c)}: ${c.message}`, () => {
      expect(answer(c.call)).toContainEqual({ path: c.path, message: c.message });
    });
  }

  it.each(CASES.map((c) => [key(c), c] as const))('the table shows %s with its path and message', (_key, c) => {
    const row = doc.split('\n').find((line) => line.startsWith('|') && line.includes(c.message.replace(/\|/g, '\\|')));
    expect(row, c.message).toBeDefined();
    expect(row).toContain(`\`${JSON.stringify(c.path)}\``);
  });
});
