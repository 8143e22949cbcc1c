/**
 * The browser test of the documentation site (`npx tsx test-browser/run.ts`).
 *
 * Builds the site, serves it on 127.0.0.1, and drives headless Chromium
 * through it: the home page, a guide, the API page of `parseRecurrence`,
 * the navigation to the playground, rules typed into the playground (dates,
 * DST, a typo and its hint) and a refund quote. Every request must stay on
 * the local server and no page may log an error. Screenshots go to
 * screenshots/docs/ (git-ignored).
 *
 * Without Chromium it fails when CI=true and skips, loudly, otherwise.
 * `--no-build` reuses an existing docs-site/ (faster while editing).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildDocs, ROOT } from '../scripts/docs/build.js';
import { DEFAULT_CHROMIUM, findChromium, launchChromium, type Browser } from './chromium.js';
import { CHECKS, type Check, type Problems } from './checks.js';
import { serveSite } from './serve.js';

/** This test's screenshots (screenshots/ is git-ignored); emptied at the start of each run. */
const SCREENSHOTS = join(ROOT, 'screenshots', 'docs');
const ci = process.env['CI'] === 'true' || process.env['CI'] === '1';

function banner(lines: readonly string[]): string {
  const width = Math.max(...lines.map((l) => l.length));
  const rule = '!'.repeat(width + 4);
  return [rule, ...lines.map((l) => `! ${l.padEnd(width)} !`), rule].join('\n');
}

async function main(): Promise<number> {
  const executable = findChromium();
  if (executable === undefined) {
    const lines = [
      `BROWSER TEST NOT RUN: Chromium was not found at ${process.env['CHROMIUM_PATH'] ?? DEFAULT_CHROMIUM}.`,
      "Install Debian's package (apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium binary.",
    ];
    if (ci) {
      console.error(banner([...lines, 'CI=true, so this is a failure.']));
      return 1;
    }
    console.warn(banner([...lines, 'Skipping (set CI=true to make this a failure).']));
    return 0;
  }

  const site = process.argv.includes('--no-build') ? join(ROOT, 'docs-site') : await buildDocs({ log: (line) => console.log(`docs: ${line}`) });
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await serveSite(site);
  let browser: Browser;
  try {
    browser = await launchChromium(executable);
  } catch (error) {
    await server.close();
    console.error(`Could not launch Chromium at ${executable}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const problems: Problems = { external: [], consoleErrors: [], pageErrors: [] };
  let failures = 0;
  try {
    const { context } = browser;
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) await route.continue();
      else {
        problems.external.push(url);
        await route.abort();
      }
    });
    const page: Page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.pageErrors.push(`${page.url()}: ${error.message}`));

    const checks: readonly Check[] = CHECKS;
    for (const check of checks) {
      const started = Date.now();
      try {
        await check.run({ page, base: server.url, screenshot: (name, fullPage = false) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage }), problems });
        console.log(`  \u2713 ${check.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failures++;
        console.error(`  \u2717 ${check.name}\n    ${error instanceof Error ? error.message.split('\n').join('\n    ') : String(error)}`);
        await page.screenshot({ path: join(SCREENSHOTS, `FAILED-${check.slug}.png`), fullPage: true }).catch(() => undefined);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${CHECKS.length - failures} of ${CHECKS.length} browser checks passed; screenshots in screenshots/docs/`);
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
