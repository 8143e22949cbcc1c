/**
 * What the browser checks share: the context a check gets, and helpers that
 * wait for the playground to show what is expected.
 */
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import type { SiteServer } from './serve.js';

/** How the site is opened: from disk (file: URLs) or served over http. */
export type Mode = 'file' | 'http';

/** What went wrong across all pages: requests that left the site, console errors, uncaught errors. */
export interface Problems {
  readonly external: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
}

/** What a check gets: the page, how the site is opened and its base URL, the site's folder and server, a screenshot taker and the problems so far. */
export interface CheckContext {
  readonly page: Page;
  readonly mode: Mode;
  /** The site root's URL, ending in `/` (a file: URL from disk). */
  readonly base: string;
  /** The built site's folder. */
  readonly site: string;
  readonly server: SiteServer;
  /** Saves a screenshot: the viewport, or the whole page with `fullPage`. */
  screenshot(name: string, fullPage?: boolean): Promise<unknown>;
  /** Saves a screenshot of one element. */
  screenshotOf(name: string, element: Locator): Promise<unknown>;
  readonly problems: Problems;
}

/** One named check. */
export interface Check {
  readonly name: string;
  readonly slug: string;
  run(context: CheckContext): Promise<void>;
}

export const check = (slug: string, name: string, run: Check['run']): Check => ({ slug, name, run });

/**
 * Asserts that a locator's text becomes `expected` (the page recomputes on
 * every input, so this rarely waits): equal to a string, or matching a
 * regular expression. Fails with the last text seen after five seconds.
 */
export async function expectText(locator: Locator, expected: string | RegExp): Promise<void> {
  const holds = (text: string): boolean => (typeof expected === 'string' ? text === expected : expected.test(text));
  let text = '';
  for (const started = Date.now(); Date.now() - started < 5_000; await new Promise((r) => setTimeout(r, 50))) {
    text = await locator.innerText();
    if (holds(text)) return;
  }
  if (typeof expected === 'string') assert.equal(text, expected);
  else assert.match(text, expected);
}

/** The text of every cell in one column of the sessions table. */
async function column(page: Page, index: number): Promise<string[]> {
  return page.locator(`#sessions tbody tr td:nth-child(${index})`).allTextContents();
}

/** Asserts that a column of the sessions table becomes `expected` (mapped by `pick`), within five seconds. */
export async function expectColumn(page: Page, index: number, expected: readonly string[], pick: (cell: string) => string = (c) => c): Promise<void> {
  let cells: string[] = [];
  for (const started = Date.now(); Date.now() - started < 5_000; await new Promise((r) => setTimeout(r, 50))) {
    cells = (await column(page, index)).map(pick);
    if (JSON.stringify(cells) === JSON.stringify(expected)) return;
  }
  assert.deepEqual(cells, expected);
}

/** Opens the playground and waits until its script has run. */
export async function openPlayground(page: Page, base: string): Promise<void> {
  if (!page.url().endsWith('/playground/index.html')) await page.goto(`${base}playground/index.html`);
  await page.locator('body[data-ready="true"]').waitFor();
}

/** Fills the sessions form; the page recomputes on every input. */
export async function plan(page: Page, fields: { rule: string; from: string; time: string; zone: string; zones?: string; count?: number }): Promise<void> {
  await page.fill('#from', fields.from);
  await page.fill('#time', fields.time);
  await page.fill('#zone', fields.zone);
  await page.fill('#zones', fields.zones ?? 'America/New_York, America/Los_Angeles');
  await page.fill('#count', String(fields.count ?? 8));
  await page.fill('#rule', fields.rule);
}
