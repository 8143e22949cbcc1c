import { defineConfig } from 'tsup';
import pkg from './package.json' with { type: 'json' };

/** One entry per subpath of the package's `exports` map, so the two never drift. */
const entry = Object.fromEntries(
  Object.keys(pkg.exports)
    .filter((key) => key !== './package.json')
    .map((key) => {
      const name = key === '.' ? 'index' : `${key.slice(2)}/index`;
      return [name, `src/${name}.ts`];
    }),
);

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
});
