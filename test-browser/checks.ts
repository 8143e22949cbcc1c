/**
 * What the browser test checks, in order. Each check loads or drives a page
 * and asserts on what a reader sees.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** What went wrong across all pages: requests that left the server, console errors, uncaught errors. */
export interface Problems {
  readonly external: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
}

/** What a check gets: the page, the site's base URL, a screenshot taker and the problems so far. */
export interface CheckContext {
  readonly page: Page;
  readonly base: string;
  screenshot(name: string): Promise<unknown>;
  readonly problems: Problems;
}

/** One named check. */
export interface Check {
  readonly name: string;
  readonly slug: string;
  run(context: CheckContext): Promise<void>;
}

const check = (slug: string, name: string, run: Check['run']): Check => ({ slug, name, run });

/** The text of every cell in one column of the sessions table. */
async function column(page: Page, index: number): Promise<string[]> {
  return page.locator(`#sessions tbody tr td:nth-child(${index})`).allTextContents();
}

/** Opens the playground and waits until its script has run. */
async function openPlayground(page: Page, base: string): Promise<void> {
  if (!page.url().endsWith('/playground/index.html')) await page.goto(`${base}playground/index.html`);
  await page.locator('body[data-ready="true"]').waitFor();
}

/** Fills the sessions form; the page recomputes on every input. */
async function plan(page: Page, fields: { rule: string; from: string; time: string; zone: string; zones?: string; count?: number }): Promise<void> {
  await page.fill('#from', fields.from);
  await page.fill('#time', fields.time);
  await page.fill('#zone', fields.zone);
  await page.fill('#zones', fields.zones ?? 'America/New_York, America/Los_Angeles');
  await page.fill('#count', String(fields.count ?? 8));
  await page.fill('#rule', fields.rule);
}

export const CHECKS: readonly Check[] = [
  check('home', 'the home page shows the README and links to the guides and the playground', async ({ page, base, screenshot }) => {
    await page.goto(base);
    assert.match(await page.title(), /balint-rules/);
    assert.match(await page.locator('.tsd-panel.tsd-typography').first().innerText(), /The rules of Balint groups as data/);
    assert.equal(await page.locator('#tsd-toolbar-links a', { hasText: 'Playground' }).count(), 1, 'a Playground link in the header');
    assert.equal(await page.locator('#tsd-toolbar-links a', { hasText: 'Guides' }).count(), 1, 'a Guides link in the header');
    await screenshot('docs-home');
  }),

  check('guide', 'a guide renders its headings and code', async ({ page, base, screenshot }) => {
    await page.goto(base);
    await page.locator('#tsd-toolbar-links a', { hasText: 'Guides' }).click();
    await page.waitForURL(/documents\/Getting_started\.html$/);
    assert.match(await page.locator('h1').first().innerText(), /Getting started/);
    await page.goto(`${base}documents/Time_zones_and_daylight_saving.html`);
    assert.match(await page.locator('h1').first().innerText(), /Time zones and daylight saving/);
    assert.ok((await page.locator('pre code').count()) >= 3, 'code examples');
    assert.match(await page.locator('.tsd-panel.tsd-typography').first().innerText(), /planSessions/);
    await screenshot('docs-guide-time-zones');
  }),

  check('api', 'the API page of parseRecurrence shows its signature and its example', async ({ page, base, screenshot }) => {
    await page.goto(`${base}functions/recurrence.parseRecurrence.html`);
    assert.match(await page.locator('h1').first().innerText(), /parseRecurrence/);
    const text = await page.locator('.col-content').innerText();
    assert.match(text, /parseRecurrence\(text: string\): RecurrenceRule/);
    assert.match(text, /the 4th Thursday of odd months/);
    assert.match(text, /RecurrenceSyntaxError/);
    await screenshot('docs-api-parseRecurrence');
  }),

  check('nav', 'the header link leads from an API page to the playground', async ({ page, base }) => {
    await page.goto(`${base}functions/recurrence.parseRecurrence.html`);
    await page.locator('#tsd-toolbar-links a', { hasText: 'Playground' }).click();
    await page.waitForURL(/\/playground\/index\.html$/);
    await openPlayground(page, base);
  }),

  check('playground-dates', 'the playground lists the 4th Thursdays of odd months from 2026-01-01', async ({ page, base, screenshot }) => {
    await openPlayground(page, base);
    await plan(page, { rule: 'the 4th Thursday of odd months', from: '2026-01-01', time: '19:00', zone: 'America/New_York' });
    assert.deepEqual(
      (await column(page, 2)).map((cell) => cell.slice(-10)),
      ['2026-01-22', '2026-03-26', '2026-05-28', '2026-07-23', '2026-09-24', '2026-11-26', '2027-01-28', '2027-03-25'],
    );
    assert.equal(await page.locator('#canonical').innerText(), 'the fourth Thursday of odd months');
    assert.equal(await page.locator('#rrule').innerText(), 'FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYDAY=4TH');
    assert.equal((await column(page, 3))[0], '7:00pm - 8:00pm Eastern / 4:00pm - 5:00pm Pacific');
    assert.ok(await page.locator('#sessions-error').isHidden(), 'no error shown');
    await screenshot('playground-sessions');
  }),

  check('playground-dst', 'the online group keeps 11:00am Eastern across the March change to daylight time', async ({ page, base }) => {
    await openPlayground(page, base);
    await plan(page, { rule: 'monthly on the second Saturday', from: '2026-01-01', time: '11:00', zone: 'America/New_York' });
    assert.deepEqual(
      (await column(page, 2)).map((cell) => cell.slice(-10)),
      ['2026-01-10', '2026-02-14', '2026-03-14', '2026-04-11', '2026-05-09', '2026-06-13', '2026-07-11', '2026-08-08'],
    );
    for (const times of await column(page, 3)) assert.equal(times, '11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific');
  }),

  check('playground-typo', 'a typo shows where the rule stopped making sense and the hint', async ({ page, base, screenshot }) => {
    await openPlayground(page, base);
    await page.fill('#rule', '');
    await page.locator('#rule').pressSequentially('second Satruday');
    await page.locator('#sessions-error').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#error-hint').innerText(), 'Hint: did you mean "Saturday"?');
    assert.match(await page.locator('#error-message').innerText(), /Cannot understand "second Satruday" at "satruday" \(position 7\)/);
    assert.equal(await page.locator('#error-where').innerText(), 'second Satruday\n       ^');
    assert.ok(await page.locator('#sessions-result').isHidden(), 'no stale sessions next to the error');
    await screenshot('playground-typo');
    await page.fill('#rule', 'second Saturday');
    await page.locator('#sessions-error').waitFor({ state: 'hidden' });
  }),

  check('playground-zone', 'an unknown time zone is reported as a validation issue', async ({ page, base }) => {
    await openPlayground(page, base);
    await plan(page, { rule: 'second Saturday', from: '2026-01-01', time: '11:00', zone: 'America/Nowhere' });
    await page.locator('#sessions-error').waitFor({ state: 'visible' });
    assert.match(await page.locator('#error-where').innerText(), /^timeZone: must be an IANA time-zone name/);
    await page.fill('#zone', 'America/New_York');
    await page.locator('#sessions-error').waitFor({ state: 'hidden' });
  }),

  check('offline', 'no request left the local server and no page logged an error', async ({ problems }) => {
    assert.deepEqual(problems.external, [], 'requests outside the local server');
    assert.deepEqual(problems.pageErrors, [], 'uncaught errors');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
  }),
];
