import { defineConfig } from 'tsup';
import pkg from './package.json' with { type: 'json' };
import { pureTopLevelCalls } from './scripts/build/pureTopLevel.js';

/** One entry per code subpath of the package's `exports` map (not package.json or the JSON Schemas), so the two never drift. */
const entry: Record<string, string> = Object.fromEntries(
  Object.entries(pkg.exports)
    .filter(([, target]) => typeof target === 'object')
    .map(([key]) => key)
    .map((key) => {
      const name = key === '.' ? 'index' : `${key.slice(2)}/index`;
      return [name, `src/${name}.ts`];
    }),
);

// The `balint` command line: a bin, not an export (the only code that does I/O).
entry['cli/bin'] = 'src/cli/bin.ts';

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  outDir: 'dist',
  // Unused schemas and tables drop out of an app's bundle: see scripts/build/pureTopLevel.ts.
  esbuildPlugins: [pureTopLevelCalls],
});
