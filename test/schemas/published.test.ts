import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { BASE_URI, convert, SCHEMAS } from '../../scripts/schemas.js';
import { INDEX, NAMES, newAjv, schemaFile } from './_validators.js';

describe('the published schemas', () => {
  const ajv = newAjv();

  it('index.json lists every schema once, with its title, file and $id', () => {
    expect(INDEX.schemas.map((s) => s.name)).toEqual(SCHEMAS.map((s) => s.name));
    expect(new Set(NAMES).size).toBe(NAMES.length);
    for (const entry of INDEX.schemas) {
      expect(entry.file).toBe(`${entry.name}.schema.json`);
      expect(entry.$id).toBe(`${BASE_URI}${entry.file}`);
      expect(entry.title.length).toBeGreaterThan(0);
    }
  });

  it.each(NAMES.map((name) => [name]))('%s is a valid draft 2020-12 schema with its $id, title and a description', (name) => {
    const schema = schemaFile(name);
    const entry = INDEX.schemas.find((s) => s.name === name);
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: entry?.$id, title: entry?.title });
    expect(String(schema.description).length).toBeGreaterThan(20);
    expect(String(schema.description)).not.toMatch(/@example|\{@link/);
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('cover every input of the library named in the issue', () => {
    expect(NAMES).toEqual(expect.arrayContaining([
      'series', 'recurrence-rule', 'occurrences-options', 'exceptions', 'holiday-calendar', 'holiday-policy', 'eligibility-rule',
      'registrant-profile', 'capacity-policy', 'registration-events', 'fee-schedule', 'refund-policy', 'refund-registration',
      'cancellation', 'money', 'submission-policy', 'submission', 'accreditation', 'credit-sessions', 'attendance', 'credential',
      'maintenance-requirement', 'ledger', 'credentialing-path', 'credentialing-record', 'icalendar-options', 'abs-program',
    ]));
  });

  it('a refinement the script has no entry for stops the generation', () => {
    const refined = z.object({ a: z.string().check(z.refine((s) => s.length > 2, 'too short')) });
    expect(() => convert('example', refined, new Map(), new Set())).toThrow(/without a JSON Schema entry.*example\.schema\.json#\/properties\/a/);
  });

  it('a refinement with an entry gets its keywords and its library-only note', () => {
    const inner = z.string().check(z.refine((s) => s.length > 2, 'too short'));
    const { json, zodOnly } = convert('example', z.object({ a: inner }), new Map([[inner, { json: { minLength: 3 }, zodOnly: ['Checked elsewhere.'] }]]), new Set());
    expect(json).toMatchObject({ properties: { a: { type: 'string', minLength: 3, $comment: expect.stringContaining('Checked elsewhere.') } } });
    expect(zodOnly).toEqual(['Checked elsewhere.']);
  });
});
