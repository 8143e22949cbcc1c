/**
 * The browser build of the library for the playground: one ES module with
 * its dependencies bundled (zod, decimal.js), built from the TypeScript
 * source with esbuild's JS API. Nothing is fetched at run time.
 */
import { build } from 'esbuild';

/** The bundle's source: every area (the root's core and the subpath-only areas, the ABS presets among them). */
export function bundleEntry(): string {
  return "export * from './src/_all.ts';";
}

/**
 * Writes `file` (an ES module exporting the whole public API) and returns its
 * size in bytes.
 */
export async function buildBrowserBundle(root: string, file: string): Promise<number> {
  const result = await build({
    stdin: { contents: bundleEntry(), resolveDir: root, sourcefile: 'balint-rules-browser.ts', loader: 'ts' },
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
