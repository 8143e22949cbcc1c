/**
 * Every script in examples/ runs here, and its output must equal the
 * committed `<name>.expected.txt` beside it, so a broken example fails CI.
 * After an intended change, refresh the files with `npm run examples:update`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = join(__dirname, '..', '..', 'examples');
const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
const scripts = readdirSync(folder).filter((f) => f.endsWith('.ts')).sort();
const update = process.env.UPDATE_EXAMPLES === '1';

function run(script: string): string {
  return execFileSync(tsx, [join(folder, script)], {
    cwd: join(__dirname, '..', '..'),
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' },
    timeout: 60_000,
  });
}

describe('examples', () => {
  it('has examples to run', () => {
    expect(scripts.length).toBeGreaterThan(0);
  });

  it.each(scripts)('%s prints what its expected file says', (script) => {
    const expectedFile = join(folder, script.replace(/\.ts$/, '.expected.txt'));
    const output = run(script);
    if (update) writeFileSync(expectedFile, output);
    expect(existsSync(expectedFile), `${expectedFile} is missing: run npm run examples:update`).toBe(true);
    expect(output).toBe(readFileSync(expectedFile, 'utf8'));
  });
});
