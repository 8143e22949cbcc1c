// Writes package.json "exports" (and "typesVersions") from the list of areas below, so the exports
// map, the tsup entries (read from it) and the root index stay in step.
// Run: node scripts/sync-exports.mjs
import { readFileSync, writeFileSync } from 'node:fs';

export const AREAS = [
  'errors', 'common', 'recurrence', 'schedule', 'eligibility', 'capacity', 'money', 'fees', 'refunds', 'pictures',
  'submissions', 'credits', 'credentialing', 'ics', 'presets/abs', 'testing',
];

const url = new URL('../package.json', import.meta.url);
const pkg = JSON.parse(readFileSync(url, 'utf8'));
const entry = (base) => ({
  import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
  require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
});
const existing = new Set(process.argv.slice(2));
const areas = existing.size > 0 ? AREAS.filter((a) => existing.has(a)) : AREAS;
pkg.exports = { '.': entry('index'), ...Object.fromEntries(areas.map((a) => [`./${a}`, entry(`${a}/index`)])), './schemas/*': './schemas/*', './package.json': './package.json' };
// For tools that still resolve like Node 10 (no "exports"), point subpath types at the same files.
pkg.typesVersions = { '*': Object.fromEntries(areas.map((a) => [a, [`./dist/${a}/index.d.ts`]])) };
writeFileSync(url, `${JSON.stringify(pkg, null, 2)}\n`);
console.log(`exports: ${Object.keys(pkg.exports).join(' ')}`);
