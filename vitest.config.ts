import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

/** Date and session tests run once per zone, so a bug that depends on the machine's zone shows up. */
const zoneSensitive = ['test/recurrence/**/*.test.ts', 'test/schedule/**/*.test.ts', 'test/_lib/**/*.test.ts', 'test/refunds/**/*.test.ts', 'test/fees/**/*.test.ts', 'test/ics/**/*.test.ts', 'test/presets/**/*.test.ts'];
const zones = ['UTC', 'America/New_York', 'Asia/Tokyo'];

/**
 * Tests that count the blocks of library code a call runs (V8 coverage), so
 * they need modules of their own. Every other file shares its worker's
 * modules with the files before it (`isolate: false`), which halves the run:
 * the library is pure, and a test that spies on it restores what it spied on.
 */
const isolated = ['test/fuzz/parser.test.ts', 'test/fuzz/regressions.test.ts'];

export default defineConfig({
  resolve: {
    alias: [
      { find: /^balint-rules$/, replacement: `${src}index.ts` },
      { find: /^balint-rules\/(.*)$/, replacement: `${src}$1/index.ts` },
    ],
  },
  test: {
    pool: 'forks',
    isolate: false,
    testTimeout: 60_000,
    projects: [
      ...zones.map((zone) => ({
        extends: true as const,
        test: { name: `TZ=${zone}`, include: zoneSensitive, env: { TZ: zone } },
      })),
      {
        extends: true as const,
        test: { name: 'main', include: ['test/**/*.test.ts'], exclude: [...zoneSensitive, ...isolated], env: { TZ: 'UTC' } },
      },
      {
        extends: true as const,
        test: { name: 'isolated', include: isolated, isolate: true, env: { TZ: 'UTC' } },
      },
    ],
  },
});
