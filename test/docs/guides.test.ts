/**
 * The guides hang together: every guide is listed on the Guides page (so it
 * appears in the site's navigation), and every relative link between them
 * points at a file that exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideFiles, ROOT } from './_snippets.js';

const GUIDES_PAGE = join(ROOT, 'docs', 'guides.md');

/** The `children` of the Guides page's front matter: display name to path. */
function children(): Map<string, string> {
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(GUIDES_PAGE, 'utf8'))?.[1] ?? '';
  const block = /children:\n((?:  .+\n?)+)/.exec(front)?.[1] ?? '';
  return new Map(
    block
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => line.trim().split(/:\s+/) as [string, string]),
  );
}

describe('the guides', () => {
  it('are all listed on the Guides page, and it lists nothing else', () => {
    const listed = [...children().values()].map((path) => relative(ROOT, join(dirname(GUIDES_PAGE), path))).sort();
    const files = guideFiles().map((file) => relative(ROOT, file)).filter((file) => file !== 'docs/guides.md').sort();
    expect(listed).toEqual(files);
  });

  it.each(guideFiles().map((file) => [relative(ROOT, file), file] as const))('%s links only to files that exist', (_name, file) => {
    const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```$/gm, '');
    const links = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1] as string).filter((href) => !/^[a-z]+:/i.test(href));
    for (const href of links) expect(existsSync(join(dirname(file), href)), `${href} in ${relative(ROOT, file)}`).toBe(true);
  });
});
