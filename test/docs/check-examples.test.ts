import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingExamples, undocumentedSubpaths } from '../../scripts/docs/check-examples.js';
import { convertProject } from '../../scripts/docs/typedoc.js';
import { ROOT } from './_snippets.js';

const fixture = join(ROOT, 'test', 'docs', 'fixtures', 'examples');

describe('the @example check', () => {
  it('lists every export without an @example, and only those', async () => {
    const { td, project } = await convertProject({ options: join(fixture, 'typedoc.json') });
    const missing = missingExamples(td, project).map((m) => [m.name, m.kind, m.at]);
    expect(missing.sort()).toEqual([
      ['NO_EXAMPLE', 'Variable', 'test/docs/fixtures/examples/index.ts:43'],
      ['NoExample', 'TypeAlias', 'test/docs/fixtures/examples/index.ts:27'],
      ['withoutExample', 'Function', 'test/docs/fixtures/examples/index.ts:22'],
    ]);
  });

  it('finds a public subpath missing from the entry points', () => {
    expect(undocumentedSubpaths(ROOT, ['src/recurrence/index.ts'])).toContain('./schedule');
  });

  it('the docs cover every public subpath of package.json', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
    expect(undocumentedSubpaths(ROOT, config.entryPoints)).toEqual([]);
  });
});
