/**
 * `npm run bench`: runs every benchmark of this folder, each in its own
 * Node process (so one's warmed-up JIT, caches and heap never flatter or
 * burden the next, and imports are cold for each), one after the other, and
 * prints their tables. `npm run bench -- registrations imports` runs only
 * the named ones. Exits non-zero when a benchmark fails or finds that its
 * outputs differ from the reference's. `npx tsx bench/profile.ts` (not run
 * here) shows where the registration pipeline's time goes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The benchmarks, in order; a missing file is skipped. */
const BENCHMARKS = ['recurrence', 'queries', 'parser', 'registrations', 'imports', 'bundles'];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !BENCHMARKS.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s) ${unknown.join(', ')}; the benchmarks are ${BENCHMARKS.join(', ')}.`);
  process.exit(2);
}

const failed: string[] = [];
for (const name of BENCHMARKS) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const file = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  if (!existsSync(file)) continue;
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  console.log(`\n(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (child.status !== 0) failed.push(`${name} (${child.signal ?? `exit code ${String(child.status)}`})`);
}
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
