/**
 * The browser build of the library for the playground: one ES module with
 * its dependencies bundled (zod, decimal.js), built from the TypeScript
 * source with esbuild's JS API. Nothing is fetched at run time.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Areas bundled besides the root's re-exports, when they exist (the ABS presets). */
const EXTRA_ENTRIES = ['src/presets/abs/index.ts'];

/** The bundle's source: the root module and the extra areas that exist. */
export function bundleEntry(root: string): string {
  const entries = ['src/index.ts', ...EXTRA_ENTRIES.filter((entry) => existsSync(join(root, entry)))];
  return entries.map((entry) => `export * from './${entry}';`).join('\n');
}

/**
 * Writes `file` (an ES module exporting the whole public API) and returns its
 * size in bytes.
 */
export async function buildBrowserBundle(root: string, file: string): Promise<number> {
  const result = await build({
    stdin: { contents: bundleEntry(root), resolveDir: root, sourcefile: 'balint-rules-browser.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'eof',
    outfile: file,
    metafile: true,
    logLevel: 'silent',
  });
  if (result.errors.length > 0) throw new Error(`esbuild failed: ${result.errors.map((e) => e.text).join('; ')}`);
  const output = Object.values(result.metafile.outputs)[0];
  return output?.bytes ?? 0;
}
