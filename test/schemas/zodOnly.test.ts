import { describe, expect, it } from 'vitest';
import { ZOD_ONLY } from './_zodOnly.js';
import { INDEX, schemaFile, verdicts } from './_validators.js';

const notesOf = (name: string): readonly string[] => INDEX.schemas.find((s) => s.name === name)?.zodOnly ?? [];

describe('the checks only the library makes', () => {
  it('are exactly the ones the published schemas list', () => {
    const listed = new Set(INDEX.schemas.flatMap((s) => s.zodOnly));
    expect(ZOD_ONLY.map((c) => c.note).sort()).toEqual([...listed].sort());
  });

  it('each have a case, in a schema that lists them', () => {
    for (const check of ZOD_ONLY) {
      expect(check.cases.length, check.note).toBeGreaterThan(0);
      for (const [name] of check.cases) expect(notesOf(name), `${name}: ${check.note}`).toContain(check.note);
    }
  });

  it('are described in each schema that leaves them to the library', () => {
    for (const entry of INDEX.schemas) {
      const description = schemaFile(entry.name).description as string;
      for (const note of entry.zodOnly) expect(description, entry.name).toContain(`\n- ${note}`);
      if (entry.zodOnly.length === 0) expect(description, entry.name).not.toContain('Checked by balint-rules only');
    }
  });

  const cases = ZOD_ONLY.flatMap((check) => check.cases.map(([name, value], i) => [`${check.note} (${name} #${i + 1})`, name, value, check] as const));

  it.each(cases)('%s: zod rejects it for that reason alone, ajv accepts it', (_label, name, value, check) => {
    const v = verdicts(name, value);
    expect(v.ajvErrors).toEqual([]);
    expect(v.zod).toBe(false);
    for (const issue of v.zodIssues) expect([issue.code, issue.message]).toEqual([check.code ?? 'custom', expect.stringMatching(check.message)]);
  });
});
