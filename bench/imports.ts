/**
 * Cold import time of the built package: the root and every subpath, each
 * imported by name (`balint-rules/<subpath>`) in a fresh `node` process,
 * several times in turn, median. References measured in the same run: a
 * tiny module (one export), the two runtime dependencies (`zod/mini`,
 * `decimal.js`) on their own, and node's own startup (a whole process that
 * does nothing, timed from outside).
 *
 * `BENCH_IMPORT_RUNS=15 npm run bench` takes more runs (default 7).
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, entries, ROOT } from './_dist.js';
import { formatDuration, median, printMarkdownTable } from './_measure.js';

const RUNS = Number(process.env['BENCH_IMPORT_RUNS'] ?? 7);

interface Target {
  readonly name: string;
  /** The module to import, or null for node's startup alone. */
  readonly specifier: string | null;
}

/** Milliseconds `import(specifier)` takes in a fresh process, measured inside it. */
function importOnce(specifier: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`importing ${specifier} failed:\n${child.stderr}`);
  return Number(child.stdout);
}

/** Milliseconds a `node` process that does nothing takes from spawn to exit. */
function startupOnce(): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['-e', ''], { cwd: ROOT });
  if (child.status !== 0) throw new Error('node -e "" failed');
  return performance.now() - start;
}

const note = ensureBuilt();
const targets: Target[] = [
  { name: "node's startup: `node -e ''`, whole process, timed from outside", specifier: null },
  { name: 'reference: a tiny module (one export)', specifier: pathToFileURL(`${ROOT}bench/_tiny.mjs`).href },
  { name: 'reference: `zod/mini` alone', specifier: 'zod/mini' },
  { name: 'reference: `decimal.js` alone', specifier: 'decimal.js' },
  ...entries().map((e) => ({ name: `\`${e.specifier}\``, specifier: e.specifier })),
];

// Runs go round the targets in turn, so a burst of load on the machine falls on all of them alike.
const times = targets.map((): number[] => []);
for (let run = 0; run < RUNS; run++) {
  targets.forEach((t, i) => (times[i] as number[]).push(t.specifier === null ? startupOnce() : importOnce(t.specifier)));
}

const tiny = median(times[1] as number[]);
const rows = targets.map((t, i) => {
  const list = times[i] as number[];
  const m = median(list);
  return [t.name, formatDuration(m), `${formatDuration(Math.min(...list))} - ${formatDuration(Math.max(...list))}`, t.specifier === null ? '' : `${(m / tiny).toFixed(1)}x`];
});
printMarkdownTable(
  `Cold import of the built package (ESM), median of ${RUNS} fresh processes (lower is better)`,
  ['import', 'median', 'range', 'vs a tiny module'],
  rows,
  ['left', 'right', 'right', 'right'],
);
if (note !== null) console.log(note);
