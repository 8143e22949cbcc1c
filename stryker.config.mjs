// @ts-check
/**
 * Stryker's configuration: `npm run mutation` (scripts/mutation.mjs) runs it
 * once per area with MUTATION_AREA set; docs/quality.md says how and records
 * the scores. Without MUTATION_AREA it mutates every area at once.
 */
const AREAS = ['capacity', 'credentialing', 'fees', 'eligibility', 'refunds', 'credits', 'schedule', 'recurrence', 'shared'];
/** The source each area mutates: its folder; recurrence also the expansion it keeps in src/_lib/recurrence, and `shared` the rest of src/_lib. */
const SOURCES = {
  ...Object.fromEntries(AREAS.map((a) => [a, [`src/${a}/**/*.ts`]])),
  recurrence: ['src/recurrence/**/*.ts', 'src/_lib/recurrence/**/*.ts'],
  shared: ['src/_lib/**/*.ts', '!src/_lib/recurrence/**/*.ts'],
};

const area = process.env.MUTATION_AREA;
if (area !== undefined && !AREAS.includes(area)) throw new Error(`MUTATION_AREA=${area}: expected one of ${AREAS.join(', ')}`);
// MUTATION_REPORT names the reports and the incremental file of a run over
// part of an area (with `--mutate`), so parts can run side by side.
const report = process.env.MUTATION_REPORT;
if (report !== undefined && !/^[a-z0-9-]+$/.test(report)) throw new Error(`MUTATION_REPORT=${report}: expected lower-case letters, digits and dashes`);
const name = report ?? area ?? 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  // Static mutants (code run once, when a module loads: the tables and
  // schemas of src/_lib) are not activated in time by the vitest runner, so
  // it reports them survived even when the tests kill them (applied by hand,
  // the zone-hint mutant `EST: ''` fails two tests; Stryker reported it
  // survived). For the shared area, where they are most of the tables, they
  // are left out of the score (Stryker's `ignoreStatic`); docs/quality.md
  // gives the figure with them too.
  ignoreStatic: area === 'shared',
  mutate: area === undefined ? AREAS.flatMap((a) => SOURCES[a]).filter((glob) => !glob.startsWith('!')) : SOURCES[area],
  // Two cores, shared with other work.
  concurrency: 1,
  timeoutMS: 10_000,
  // Results of mutants whose code and covering tests did not change are reused.
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  ignorePatterns: ['dist', 'docs-site', 'screenshots', 'reports', 'coverage', '.tmp', '*.tgz'],
};
