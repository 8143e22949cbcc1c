/**
 * The browser test of the documentation site (`npx tsx test-browser/run.ts`).
 *
 * Builds the site, then opens it in headless Chromium both ways a reader
 * does: straight from disk (file: URLs, docs-site/index.html) and served
 * over http from 127.0.0.1. Each way, it starts from the home page and
 * follows links as a reader would: the README's playground link, a guide,
 * an API page, the header link to the playground; it types rules, dates,
 * times and zones into the playground (dates, DST, a typo and its hint) and
 * quotes refunds; it checks the pictures (the playground's calendar and
 * refund timeline, and each picture opened as an SVG document of its own);
 * it checks that the playground says so when its scripts do not load; and it checks that every link of every page resolves (the file
 * exists / the server answers 200). Nothing may be requested outside the
 * site and no page may log an error. Screenshots go to screenshots/docs/
 * (git-ignored), named by the way the site was opened.
 *
 * Without Chromium it fails when CI=true and skips, loudly, otherwise.
 * `--no-build` reuses an existing docs-site/ (faster while editing).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { buildDocs, ROOT } from '../scripts/docs/build.js';
import { DEFAULT_CHROMIUM, findChromium, launchChromium, type Browser } from './chromium.js';
import { CHECKS, type Mode, type Problems } from './checks.js';
import { serveSite, type SiteServer } from './serve.js';

/** This test's screenshots (screenshots/ is git-ignored); emptied at the start of each run. */
const SCREENSHOTS = join(ROOT, 'screenshots', 'docs');
const ci = process.env['CI'] === 'true' || process.env['CI'] === '1';

function banner(lines: readonly string[]): string {
  const width = Math.max(...lines.map((l) => l.length));
  const rule = '!'.repeat(width + 4);
  return [rule, ...lines.map((l) => `! ${l.padEnd(width)} !`), rule].join('\n');
}

/** Runs every check on a fresh page, with the site opened one way; returns the number that failed. */
async function runChecks(browser: Browser, mode: Mode, base: string, site: string, server: SiteServer): Promise<number> {
  const problems: Problems = { external: [], consoleErrors: [], pageErrors: [] };
  const inSite = (url: string): boolean => url.startsWith(base) || url.startsWith('data:');
  const page: Page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('request', (request) => {
    if (!inSite(request.url())) problems.external.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(`${page.url()}: ${error.message}`));
  console.log(`${mode === 'file' ? 'opened from disk' : 'served over http'} (${base})`);
  let failures = 0;
  try {
    for (const check of CHECKS) {
      const started = Date.now();
      const shot = (name: string) => join(SCREENSHOTS, `${mode}-${name}.png`);
      try {
        await check.run({
          page,
          mode,
          base,
          site,
          server,
          screenshot: (name, fullPage = false) => page.screenshot({ path: shot(name), fullPage }),
          screenshotOf: (name, element) => element.screenshot({ path: shot(name) }),
          problems,
        });
        console.log(`  \u2713 ${check.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failures++;
        console.error(`  \u2717 ${check.name}\n    ${error instanceof Error ? error.message.split('\n').join('\n    ') : String(error)}`);
        await page.screenshot({ path: shot(`FAILED-${check.slug}`), fullPage: true }).catch(() => undefined);
      }
    }
  } finally {
    await page.close();
  }
  return failures;
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
  let failures = 0;
  const fileBase = `${pathToFileURL(site).href}/`;
  try {
    // Nothing leaves the machine: a request to any other host is refused (and reported by the checks).
    await browser.context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith(fileBase)) await route.continue();
      else await route.abort();
    });
    failures += await runChecks(browser, 'file', fileBase, site, server);
    failures += await runChecks(browser, 'http', server.url, site, server);
  } finally {
    await browser.close();
    await server.close();
  }
  const total = CHECKS.length * 2;
  console.log(`${total - failures} of ${total} browser checks passed (${CHECKS.length} each way); screenshots in screenshots/docs/`);
  console.log(`${total - failures} passed, ${failures} failed`);
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
