import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchemas } from '../../scripts/schemas.js';
import { SCHEMAS_DIR } from './_validators.js';

const REGENERATE = 'The committed JSON Schemas differ from the zod schemas: run `npx tsx scripts/schemas.ts` and commit schemas/.';

describe('the committed schemas/', () => {
  const generated = generateSchemas();

  it('holds exactly the files the script generates', () => {
    const committed = readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith('.json')).sort();
    expect(committed, REGENERATE).toEqual([...generated.keys()].sort());
  });

  it.each([...generated.keys()])('%s is what the script generates', (file) => {
    const committed = readFileSync(new URL(file, SCHEMAS_DIR), 'utf8');
    expect(committed === generated.get(file), REGENERATE).toBe(true);
  });

  it('is generated the same way twice (stable output)', () => {
    expect(generateSchemas()).toEqual(generated);
  });
});
