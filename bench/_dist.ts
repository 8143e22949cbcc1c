/**
 * The built package the import-time and bundle-size benchmarks measure:
 * its entry points, read from package.json's `exports`, and `dist/`, built
 * with `npm run build` when it is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** One entry point of the package. */
export interface Entry {
  /** `'.'` or the subpath, e.g. `'./recurrence'`. */
  readonly subpath: string;
  /** What a user imports: `balint-rules` or `balint-rules/recurrence`. */
  readonly specifier: string;
  /** The built ESM file, absolute. */
  readonly file: string;
}

interface PackageJson {
  readonly name: string;
  readonly exports: Record<string, string | { readonly import?: { readonly default?: string } }>;
}

/**
 * Every code entry point in package.json's `exports` (the root first): those
 * with an ESM `import` condition. Plain files (`./package.json`, the JSON
 * Schemas under `./schemas/*`) are left out.
 */
export function entries(): Entry[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
  return Object.entries(pkg.exports).flatMap(([subpath, target]) => {
    const file = typeof target === 'string' ? undefined : target.import?.default;
    if (file === undefined || subpath.includes('*')) return [];
    return [{ subpath, specifier: subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`, file: join(ROOT, file) }];
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    newest = Math.max(newest, name.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds the package when an entry's file is missing from `dist/`, and
 * returns a note when `dist/` is older than `src/` (the figures are then
 * those of the last build), or null.
 */
export function ensureBuilt(): string | null {
  if (entries().some((e) => !existsSync(e.file))) {
    console.log('dist/ is missing or incomplete: running npm run build ...');
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const built = statSync(join(ROOT, 'dist', 'index.js')).mtimeMs;
  return newestMtime(join(ROOT, 'src')) > built ? 'Note: src/ has changed since dist/ was built; run `npm run build` for current figures.' : null;
}
