/**
 * Every public export must show an `@example` in its TSDoc. typedoc checks
 * that exports are documented, not that they have examples, so this does.
 *
 * Run alone with `npx tsx scripts/docs/check-examples.ts`: it converts the
 * project as typedoc.json says and exits 1 listing every export without an
 * example. The docs build runs the same check on the project it converted.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { convertProject, type TypeDoc } from './typedoc.js';

/** A public export whose TSDoc has no `@example`. */
export interface MissingExample {
  /** The module (area) it is exported from, e.g. `recurrence`. */
  readonly module: string;
  /** The exported name. */
  readonly name: string;
  /** typedoc's kind, e.g. `Function`, `TypeAlias`. */
  readonly kind: string;
  /** `file:line` of its declaration, when typedoc knows it. */
  readonly at: string | undefined;
}

function hasExample(comment: TypeDoc.Comment | undefined): boolean {
  return comment?.blockTags.some((tag) => tag.tag === '@example') ?? false;
}

/** `path:line` of a symbol's declaration (typedoc records no sources when source links are off). */
function where(id: TypeDoc.ReflectionSymbolId | undefined): string | undefined {
  if (id === undefined) return undefined;
  if (id.fileName === undefined || !Number.isFinite(id.pos)) return id.packagePath;
  const text = readFileSync(id.fileName, 'utf8');
  // The position is where the declaration's leading trivia starts; count to its first word.
  const leading = /^\s*(?:\/\*[\s\S]*?\*\/\s*)*/.exec(text.slice(id.pos))?.[0] ?? '';
  return `${id.packagePath}:${text.slice(0, id.pos + leading.length).split('\n').length}`;
}

/**
 * The exports of every module of `project` whose TSDoc (or, for a function,
 * any of its signatures' TSDoc) has no `@example`. Re-exports of a symbol
 * documented elsewhere are not counted twice.
 */
export function missingExamples(td: typeof TypeDoc, project: TypeDoc.ProjectReflection): MissingExample[] {
  const modules = project.children?.some((child) => child.kindOf(td.ReflectionKind.Module)) ? (project.children ?? []) : [project];
  const missing: MissingExample[] = [];
  for (const module of modules) {
    for (const child of module.children ?? []) {
      if (child.kindOf(td.ReflectionKind.Reference)) continue;
      const comments = [child.comment, ...(child.signatures ?? []).map((signature) => signature.comment)];
      if (comments.some(hasExample)) continue;
      missing.push({ module: module.name, name: child.name, kind: td.ReflectionKind[child.kind] ?? String(child.kind), at: where(project.getSymbolIdFromReflection(child)) });
    }
  }
  return missing;
}

/** One line per missing example, for a failing build's message. */
export function formatMissing(missing: readonly MissingExample[]): string {
  return missing.map((m) => `  ${m.module}.${m.name} (${m.kind})${m.at === undefined ? '' : ` at ${m.at}`}`).join('\n');
}

/**
 * The public code subpaths of package.json's `exports` (`./recurrence`, ...,
 * those with types; data files such as `./schemas/*` are not API) whose
 * `src/<subpath>/index.ts` is not an entry point of the docs, so a new area
 * cannot go undocumented.
 */
export function undocumentedSubpaths(root: string, entryPoints: readonly string[]): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports?: Record<string, unknown> };
  const documented = new Set(entryPoints.map((entry) => relative(root, resolve(root, entry)).split(sep).join('/')));
  return Object.entries(pkg.exports ?? {})
    .filter(([key, target]) => key !== '.' && JSON.stringify(target).includes('"types"'))
    .map(([key]) => key)
    .filter((key) => !documented.has(`src/${key.slice(2)}/index.ts`));
}

async function main(): Promise<void> {
  const { td, app, project } = await convertProject();
  const missing = missingExamples(td, project);
  const subpaths = undocumentedSubpaths(process.cwd(), app.options.getValue('entryPoints'));
  if (subpaths.length > 0) console.error(`Public subpaths missing from typedoc.json's entryPoints: ${subpaths.join(', ')}`);
  if (missing.length > 0) console.error(`${missing.length} public export(s) without an @example:\n${formatMissing(missing)}`);
  if (missing.length > 0 || subpaths.length > 0) process.exit(1);
  console.log('Every public export has an @example.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
