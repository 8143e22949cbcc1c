/**
 * `npm run mutation [-- area ...]`: mutation testing with Stryker, one run
 * per area (default: all nine; `shared` is the internals in src/_lib), each
 * area's mutants against the tests of that area (vitest.mutation.config.ts). Writes each area's
 * HTML and JSON report to reports/mutation/, and a table of the scores of
 * every area reported there so far to reports/mutation/summary.md.
 * docs/quality.md says how to read it. Slow: not part of `npm test` or CI.
 *
 * Extra Stryker options go after `--`: `npm run mutation -- capacity -- --force`
 * (`--force` re-tests every mutant instead of reusing unchanged results).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const AREAS = ['capacity', 'credentialing', 'fees', 'eligibility', 'refunds', 'credits', 'schedule', 'recurrence', 'shared'];
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPORTS = join(ROOT, 'reports', 'mutation');

/** Counts a Stryker JSON report's mutants by status (mutation-testing-report-schema). */
export function tally(report) {
  const counts = { killed: 0, survived: 0, noCoverage: 0, timeout: 0, ignored: 0, errors: 0 };
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) {
      switch (mutant.status) {
        case 'Killed': counts.killed++; break;
        case 'Survived': counts.survived++; break;
        case 'NoCoverage': counts.noCoverage++; break;
        case 'Timeout': counts.timeout++; break;
        case 'Ignored': counts.ignored++; break;
        default: counts.errors++; // CompileError, RuntimeError, Pending
      }
    }
  }
  const detected = counts.killed + counts.timeout;
  const valid = detected + counts.survived + counts.noCoverage;
  return { ...counts, score: valid === 0 ? 100 : (100 * detected) / valid };
}

/** The summary table of every area with a report, then of every part of an area run on its own (`MUTATION_REPORT`). */
export function summary() {
  const rows = ['| area | killed | survived | no coverage | timeout | ignored | errors | score |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  const parts = readdirSync(REPORTS).filter((f) => f.endsWith('.json') && !f.endsWith('.incremental.json')).map((f) => f.slice(0, -'.json'.length)).filter((name) => !AREAS.includes(name)).sort();
  for (const area of [...AREAS, ...parts]) {
    const file = join(REPORTS, `${area}.json`);
    if (!existsSync(file)) continue;
    const t = tally(JSON.parse(readFileSync(file, 'utf8')));
    rows.push(`| ${area} | ${t.killed} | ${t.survived} | ${t.noCoverage} | ${t.timeout} | ${t.ignored} | ${t.errors} | ${t.score.toFixed(2)}% |`);
  }
  return rows.join('\n');
}

function main(argv) {
  const split = argv.indexOf('--');
  const names = split === -1 ? argv : argv.slice(0, split);
  const extra = split === -1 ? [] : argv.slice(split + 1);
  const unknown = names.filter((n) => !AREAS.includes(n));
  if (unknown.length > 0) {
    console.error(`unknown area(s): ${unknown.join(', ')}; expected some of ${AREAS.join(', ')}`);
    return 2;
  }
  mkdirSync(REPORTS, { recursive: true });
  let failed = 0;
  for (const area of names.length === 0 ? AREAS : names) {
    console.log(`\n== mutation testing: ${area} ==`);
    const bin = join(ROOT, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
    const run = spawnSync(process.execPath, [bin, 'run', 'stryker.config.mjs', ...extra], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, MUTATION_AREA: area, TZ: 'America/New_York' },
    });
    if (run.status !== 0) {
      console.error(`stryker failed for ${area} (exit ${run.status ?? run.signal})`);
      failed++;
    }
  }
  const table = summary();
  writeFileSync(join(REPORTS, 'summary.md'), `${table}\n`);
  console.log(`\n${table}\n\n(reports/mutation/summary.md)`);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
