#!/usr/bin/env node
/**
 * Where the bytes of a bundle come from: bundles an import with esbuild
 * (minified, tree-shaken, as an app's bundler would), prints its min+gzip
 * size and the minified bytes each source contributes. `balint-rules/...`
 * resolves to the sources through tsconfig's paths; name a built file
 * (`./dist/recurrence/index.js#{ occurrences }`) to measure the package as
 * published, after `npm run build`.
 *
 *   node scripts/size-report.mjs 'balint-rules/recurrence#{ occurrences }' 'balint-rules#*'
 *
 * The budgets themselves are checked by size-limit (`.size-limit.cjs`).
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const specs = process.argv.slice(2);
if (specs.length === 0) {
  console.error("usage: node scripts/size-report.mjs '<module>#<what to export>' ...");
  process.exit(2);
}
for (const spec of specs) {
  const [module, what = '*'] = spec.split('#');
  const result = await build({
    stdin: { contents: `export ${what} from '${module}';`, resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    metafile: true,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const bySource = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
    const dep = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const key = dep ? dep[1] : input;
    bySource.set(key, (bySource.get(key) ?? 0) + bytesInOutput);
  }
  console.log(`${spec}: ${(code.length / 1024).toFixed(1)} KB min, ${(gzipSync(code).length / 1024).toFixed(1)} KB min+gzip`);
  for (const [source, bytes] of [...bySource].sort((a, b) => b[1] - a[1])) if (bytes > 0) console.log(`  ${String(bytes).padStart(7)}  ${source}`);
}
