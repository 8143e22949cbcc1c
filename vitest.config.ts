import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

/** Date and session tests run once per zone, so a bug that depends on the machine's zone shows up. */
const zoneSensitive = ['test/recurrence/**/*.test.ts', 'test/schedule/**/*.test.ts', 'test/_lib/**/*.test.ts', 'test/refunds/**/*.test.ts', 'test/fees/**/*.test.ts', 'test/ics/**/*.test.ts', 'test/presets/**/*.test.ts'];
const zones = ['UTC', 'America/New_York', 'Asia/Tokyo'];

export default defineConfig({
  resolve: {
    alias: [
      { find: /^balint-rules$/, replacement: `${src}index.ts` },
      { find: /^balint-rules\/(.*)$/, replacement: `${src}$1/index.ts` },
    ],
  },
  test: {
    pool: 'forks',
    testTimeout: 60_000,
    projects: [
      ...zones.map((zone) => ({
        extends: true as const,
        test: { name: `TZ=${zone}`, include: zoneSensitive, env: { TZ: zone } },
      })),
      {
        extends: true as const,
        test: { name: 'main', include: ['test/**/*.test.ts'], exclude: zoneSensitive, env: { TZ: 'UTC' } },
      },
    ],
  },
});
