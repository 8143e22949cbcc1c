/**
 * The vitest configuration Stryker runs (`npm run mutation`, see
 * docs/quality.md). One project in one machine zone (America/New_York, so
 * daylight saving is in play), over the tests of the area being mutated:
 * `MUTATION_AREA` names it, and without it every area's tests run. The
 * fuzz, docs, examples, CLI and package suites are left out: they are slow
 * and kill nothing the area's own tests do not.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/** The test files that exercise each area: its own folder, and the policy checker of `balint-rules/testing` built on it. */
const AREA_TESTS: Readonly<Record<string, readonly string[]>> = {
  capacity: ['test/capacity/**/*.test.ts', 'test/testing/checkCapacityPolicy.test.ts'],
  credentialing: ['test/credentialing/**/*.test.ts'],
  fees: ['test/fees/**/*.test.ts', 'test/testing/checkFeeSchedule.test.ts'],
  eligibility: ['test/eligibility/**/*.test.ts', 'test/testing/checkEligibilityRule.test.ts'],
  refunds: ['test/refunds/**/*.test.ts', 'test/testing/checkRefundPolicy.test.ts'],
  credits: ['test/credits/**/*.test.ts', 'test/testing/checkAccreditation.test.ts'],
  schedule: ['test/schedule/**/*.test.ts'],
  recurrence: ['test/recurrence/**/*.test.ts'],
};
/**
 * Each area's tests. The shared internals (src/_lib) are held to their own
 * tests in test/_lib: every area's tests together take minutes, and a
 * mutant in code that runs when a module loads, or on every validation,
 * would run them all.
 */
export const MUTATION_TESTS: Readonly<Record<string, readonly string[]>> = {
  ...AREA_TESTS,
  shared: ['test/_lib/**/*.test.ts'],
};

const area = process.env['MUTATION_AREA'];
if (area !== undefined && !(area in MUTATION_TESTS)) throw new Error(`MUTATION_AREA=${area}: expected one of ${Object.keys(MUTATION_TESTS).join(', ')}`);

export default defineConfig({
  // The `balint-rules` aliases of the main configuration.
  ...(base.resolve === undefined ? {} : { resolve: base.resolve }),
  test: {
    name: 'mutation',
    include: [...(area === undefined ? Object.values(MUTATION_TESTS).flat() : MUTATION_TESTS[area]!)],
    env: { TZ: 'America/New_York' },
    testTimeout: 60_000,
  },
});
