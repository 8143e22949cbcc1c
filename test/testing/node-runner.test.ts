/** The kit imports no test runner: the same checks pass under node's own test runner. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('runner independence', () => {
  it('runs under node --test', () => {
    const file = fileURLToPath(new URL('./node-runner.node-test.mjs', import.meta.url));
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', file], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(out).toMatch(/pass 2/);
    expect(out).toMatch(/fail 0/);
  });

  it('src/testing imports neither vitest nor jest', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = fileURLToPath(new URL('../../src/testing/', import.meta.url));
    for (const file of readdirSync(dir)) expect(readFileSync(`${dir}${file}`, 'utf8')).not.toMatch(/from '(vitest|@jest\/globals|jest)'/);
  });
});
