/**
 * The browser build of the library for the playground: one classic script
 * (an IIFE) with its dependencies bundled (zod, decimal.js), built from the
 * TypeScript source with esbuild's JS API. It defines one global,
 * `balintRules`, holding the whole public API. A classic script, not an ES
 * module, so the page works when opened straight from disk (browsers refuse
 * module scripts from file: URLs); nothing is fetched at run time.
 */
import { build } from 'esbuild';

/** The global the bundle defines (the playground reads the library from it). */
export const GLOBAL_NAME = 'balintRules';

/** The bundle's source: every area (the root's core and the subpath-only areas, the ABS presets among them). */
export function bundleEntry(): string {
  return "export * from './src/_all.ts';";
}

/**
 * Writes `file` (a classic script defining `window.balintRules`, the whole
 * public API) and returns its size in bytes.
 */
export async function buildBrowserBundle(root: string, file: string): Promise<number> {
  const result = await build({
    stdin: { contents: bundleEntry(), resolveDir: root, sourcefile: 'balint-rules-browser.ts', loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
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
