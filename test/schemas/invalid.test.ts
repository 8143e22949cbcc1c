import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './_fixtures.js';
import { INVALID } from './_invalid.js';
import { setAt } from './_mutate.js';
import { NAMES, schemaFile, verdicts } from './_validators.js';

/** Wrong root types and each required field missing, from the published schema itself. */
function derived(name: string): (readonly [string, unknown, Path?])[] {
  const schema = schemaFile(name);
  const wrongTypes: [string, unknown][] = [null, 42, 'text', true, schema.type === 'array' ? {} : []].map((v) => [`${JSON.stringify(v)} instead of ${String(schema.type ?? 'a rule')}`, v]);
  const required = (schema.required as string[] | undefined) ?? [];
  return [...wrongTypes, ...required.map((key) => [`no ${key}`, setAt(EXAMPLES[name], [key], undefined), [key]] as const)];
}

type Path = readonly (string | number)[];
const cases = NAMES.flatMap((name) => [...derived(name), ...(INVALID[name] ?? [])].map(([why, value, path]) => [name, why, value, path] as const));

/** Whether one path is a prefix of the other: the issue is about the changed node, inside it, or its object. */
const related = (a: Path, b: Path): boolean => a.slice(0, b.length).every((k, i) => String(k) === String(b[i])) || b.slice(0, a.length).every((k, i) => String(k) === String(a[i]));

describe('invalid inputs', () => {
  it('every published schema has hand-written invalid cases', () => {
    for (const name of NAMES) expect(INVALID[name]?.length ?? 0, name).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('%s: %s is rejected by zod and by ajv', (name, _why, value, path) => {
    const v = verdicts(name, value);
    expect(v).toMatchObject({ zod: false, ajv: false });
    if (path === undefined) return;
    expect(v.zodIssues.some((issue) => related(issue.path as Path, path)), JSON.stringify(v.zodIssues)).toBe(true);
    expect(v.ajvPaths.some((p) => related(p, path)), JSON.stringify(v.ajvErrors)).toBe(true);
  });
});
