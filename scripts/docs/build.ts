/**
 * `npm run docs`: builds the static documentation site into docs-site/.
 *
 * 1. Regenerates the documents generated from the code (the recurrence
 *    phrase reference, the ABS presets).
 * 2. Converts the API with typedoc (typedoc.json: validation on, warnings
 *    are errors) and fails listing every public export without an
 *    `@example`, and every public subpath missing from the entry points.
 * 3. Renders the API reference and the guides in docs/*.md.
 * 4. Bundles the library for the browser (esbuild, a classic script) and
 *    copies the playground page beside it, in docs-site/playground/.
 *
 * Links written `site:<path>` (the navigation's, the guides') are rewritten
 * to a path relative to each page, so the site works from any folder, and
 * opened from disk. A link in the README or a guide to a playground file
 * (docs/playground/index.html, which reads right on GitHub) leads to the
 * built playground, not to the bare copy typedoc would make in media/.
 * Icons use the sprite each page carries (see `useInlineIcons`).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBrowserBundle } from './bundle.js';
import { formatMissing, missingExamples, undocumentedSubpaths } from './check-examples.js';
import { writeGeneratedDocuments } from './generated.js';
import { convertProject } from './typedoc.js';

/** The repository root. */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Where the playground's page lives in the repository and in the site. */
const PLAYGROUND_SOURCE = 'docs/playground';
const PLAYGROUND_OUT = 'playground';

/** Rewrites `site:` links in a page at `url` (relative to the site root) to relative paths. */
export function rewriteSiteLinks(html: string, url: string): string {
  const depth = url.split('/').length - 1;
  const prefix = depth === 0 ? './' : '../'.repeat(depth);
  return html.replace(/(href|src)="site:/g, `$1="${prefix}`);
}

/**
 * Rewrites links to typedoc's media copies (`media/<name>`, from any folder
 * depth) to the paths in `targets` (`media/<name>` to a path from the site root).
 */
export function rewriteMediaLinks(html: string, targets: ReadonlyMap<string, string>): string {
  return html.replace(/(href|src)="((?:\.\.\/)*)(media\/[^"#]+)(#[^"]*)?"/g, (whole, attr: string, up: string, media: string, hash = '') => {
    const target = targets.get(media);
    return target === undefined ? whole : `${attr}="${up}${target}${hash as string}"`;
  });
}

/** The media copies typedoc makes of playground files, each mapped to the built playground's file. */
function playgroundCopies(files: ReadonlyMap<string, string>): Map<string, string> {
  const source = join(ROOT, PLAYGROUND_SOURCE);
  const targets = new Map<string, string>();
  for (const [name, absolute] of files) {
    const file = resolve(absolute);
    if (file.startsWith(source + sep)) targets.set(`media/${name}`, `${PLAYGROUND_OUT}/${relative(source, file).split(sep).join('/')}`);
  }
  return targets;
}

/**
 * Points the pages' icons at the sprite typedoc's icons.js puts in every
 * page (`#icon-x`) rather than at assets/icons.svg: Chromium refuses an SVG
 * `<use>` of another file: URL, and logs an error for each icon before
 * icons.js swaps them, so a page opened from disk would log dozens.
 */
export function useInlineIcons(html: string): string {
  return html.replace(/(<use href=")(?:\.\.\/)*assets\/icons\.svg#/g, '$1#');
}

export interface BuildOptions {
  /** Output folder (default docs-site/ in the repository). */
  readonly out?: string;
  /** Progress lines go here (default console.log). */
  readonly log?: (line: string) => void;
}

/** Builds the site and returns its folder. Throws with the reasons when anything is wrong. */
export async function buildDocs(options: BuildOptions = {}): Promise<string> {
  const log = options.log ?? ((line: string) => console.log(line));
  const out = resolve(options.out ?? join(ROOT, 'docs-site'));
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const changed = writeGeneratedDocuments(ROOT);
    log(changed.length === 0 ? 'generated documents are up to date' : `regenerated ${changed.join(', ')}`);

    const { td, app, project } = await convertProject({ out });
    const missing = missingExamples(td, project);
    if (missing.length > 0) throw new Error(`${missing.length} public export(s) have no @example in their TSDoc:\n${formatMissing(missing)}`);
    const subpaths = undocumentedSubpaths(ROOT, app.options.getValue('entryPoints'));
    if (subpaths.length > 0) throw new Error(`public subpaths missing from typedoc.json's entryPoints: ${subpaths.join(', ')}`);

    // typedoc names its media copies while it renders, so the names are read for each page.
    const copies = () => playgroundCopies(project.files.getNameToAbsoluteMap());
    app.renderer.on(td.PageEvent.END, (page) => {
      if (page.contents !== undefined) page.contents = useInlineIcons(rewriteSiteLinks(rewriteMediaLinks(page.contents, copies()), page.url));
    });
    await app.generateDocs(project, out);
    if (app.logger.hasErrors() || app.logger.hasWarnings()) throw new Error('typedoc reported errors or warnings while rendering (see above)');
    for (const media of copies().keys()) rmSync(join(out, media), { force: true });
    const media = join(out, 'media');
    if (existsSync(media) && readdirSync(media).length === 0) rmdirSync(media);
    log(`API reference and guides written to ${out}`);

    const playground = join(out, PLAYGROUND_OUT);
    mkdirSync(playground, { recursive: true });
    const bytes = await buildBrowserBundle(ROOT, join(playground, 'balint-rules.js'));
    for (const file of readdirSync(join(ROOT, PLAYGROUND_SOURCE))) cpSync(join(ROOT, PLAYGROUND_SOURCE, file), join(playground, file));
    log(`playground written to ${playground} (library bundle: ${Math.round(bytes / 1024)} KiB)`);
    return out;
  } finally {
    process.chdir(cwd);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await buildDocs();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
