/**
 * What the browser test checks, in order, each time the site is opened
 * (from disk and over http). Each check loads or drives a page and asserts
 * on what a reader sees.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { check, expectColumn, expectText, openPlayground, plan, type Check } from './helpers.js';
import { checkLinks } from './links.js';
import { PICTURE_CHECKS } from './pictures.js';

export type { Check, CheckContext, Mode, Problems } from './helpers.js';

/** The text of the refund panel's facts, by their label. */
async function refundFacts(page: Page): Promise<Record<string, string>> {
  const labels = await page.locator('#refund-result dl.facts dt:visible').allInnerTexts();
  const values = await page.locator('#refund-result dl.facts dd:visible').allInnerTexts();
  return Object.fromEntries(labels.map((label, i) => [label, values[i] ?? '']));
}

export const CHECKS: readonly Check[] = [
  check('home', 'the home page shows the README, the areas and links to the guides and the playground', async ({ page, base, screenshot }) => {
    await page.goto(`${base}index.html`);
    assert.match(await page.title(), /balint-rules/);
    const readme = await page.locator('.tsd-panel.tsd-typography').first().innerText();
    assert.match(readme, /The rules of Balint groups as data/);
    assert.match(readme, /balint-rules\/presets\/abs/, 'the areas table lists the ABS presets');
    assert.equal(await page.locator('#tsd-toolbar-links a', { hasText: 'Playground' }).count(), 1, 'a Playground link in the header');
    assert.equal(await page.locator('#tsd-toolbar-links a', { hasText: 'Guides' }).count(), 1, 'a Guides link in the header');
    await page.locator('#tsd-nav-container a > span', { hasText: /^schedule$/ }).waitFor(); // the sidebar, which navigation.js builds
    await screenshot('home');
  }),

  check('readme-playground', "the README's playground link opens the working playground", async ({ page, base }) => {
    await page.goto(`${base}index.html`);
    await page.locator('.tsd-panel.tsd-typography a', { hasText: /^playground$/ }).first().click();
    await page.waitForURL(/\/playground\/index\.html$/);
    await page.locator('body[data-ready="true"]').waitFor();
    await page.locator('#sessions tbody tr').first().waitFor();
    assert.equal(await page.locator('link[rel="stylesheet"]').evaluate((link) => (link as unknown as { sheet: unknown }).sheet !== null), true, 'the playground\'s styles loaded');
  }),

  check('guide', 'the guides page lists the guides, and a guide renders its headings and code', async ({ page, base, screenshot }) => {
    await page.goto(`${base}index.html`);
    await page.locator('#tsd-toolbar-links a', { hasText: 'Guides' }).click();
    await page.waitForURL(/documents\/Guides\.html$/);
    assert.match(await page.locator('h1').first().innerText(), /Guides/);
    await page.locator('.col-content a', { hasText: 'Time zones and daylight saving' }).first().click();
    await page.waitForURL(/documents\/Guides\.Time_zones_and_daylight_saving\.html$/);
    assert.match(await page.locator('h1').first().innerText(), /Time zones and daylight saving/);
    assert.ok((await page.locator('pre code').count()) >= 5, 'code examples');
    assert.match(await page.locator('.col-content').innerText(), /'2026-03-14T15:00:00\.000Z'/);
    await screenshot('guide-time-zones');
    await page.goto(`${base}documents/Guides.The_ABS_presets.html`);
    assert.match(await page.locator('.col-content').innerText(), /Online Balint Group, second Saturdays, January-August 2026/);
    const anchors = await page.locator('.col-content a[href^="#"]').evaluateAll((links) =>
      links.map((a) => a.getAttribute('href') ?? '').filter((href) => href.length > 1 && !href.startsWith('#icon')),
    );
    assert.ok(anchors.length >= 10, 'the list of programs links to their sections');
    for (const href of anchors) assert.equal(await page.locator(`[id="${href.slice(1)}"]`).count(), 1, `${href} reaches its section`);
  }),

  check('api', 'an API page opens with the signature on one line, the description and the example; input types list their fields', async ({ page, base, screenshot }) => {
    await page.goto(`${base}functions/recurrence.parseRecurrence.html`);
    assert.match(await page.locator('h1').first().innerText(), /parseRecurrence/);
    const text = await page.locator('.col-content').innerText();
    assert.match(text, /parseRecurrence\(\s*text: string,?\s*\): RecurrenceRule/);
    assert.match(text, /the 4th Thursday of odd months/);
    assert.match(text, /RecurrenceSyntaxError/);
    await page.goto(`${base}functions/schedule.planSessions.html`);
    const signature = await page.locator('.tsd-signature').first().innerText();
    assert.match(signature, /^planSessions\(series: SeriesInput \| CompiledSeries\): Session\[\]$/, 'the signature names the input type');
    assert.match(await page.locator('.tsd-comment').first().innerText(), /^Plans the sessions of a series/);
    await screenshot('api-planSessions');
    await page.locator('.tsd-signature a', { hasText: 'SeriesInput' }).first().click();
    await page.waitForURL(/types\/schedule\.SeriesInput\.html$/);
    const fields = await page.locator('.col-content').innerText();
    for (const [field, doc] of [['timeZone', 'IANA time zone the wall time is in'], ['startTime', 'Wall-clock start time'], ['count', 'The number of sessions']]) {
      assert.match(fields, new RegExp(`${field}\\??: [^\\n]*\\n+${doc}`), `the field ${field} and its doc`);
    }
    assert.doesNotMatch(fields, /DeepReadonly|z\.input/);
    await screenshot('api-SeriesInput');
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
    const dates = ['2026-01-22', '2026-03-26', '2026-05-28', '2026-07-23', '2026-09-24', '2026-11-26', '2027-01-28', '2027-03-25'];
    await expectColumn(page, 2, dates, (cell) => cell.slice(-10));
    await expectText(page.locator('#canonical'), 'the fourth Thursday of odd months');
    await expectText(page.locator('#rrule'), 'FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYDAY=4TH');
    await expectColumn(page, 3, dates.map(() => '7:00pm - 8:00pm Eastern / 4:00pm - 5:00pm Pacific'));
    assert.ok(await page.locator('#sessions-error').isHidden(), 'no error shown');
    await screenshot('playground-sessions', true);
  }),

  check('playground-dst', 'the online group keeps 11:00am Eastern across the March change to daylight time', async ({ page, base }) => {
    await openPlayground(page, base);
    await plan(page, { rule: 'monthly on the second Saturday', from: '2026-01-01', time: '11:00', zone: 'America/New_York' });
    const dates = ['2026-01-10', '2026-02-14', '2026-03-14', '2026-04-11', '2026-05-09', '2026-06-13', '2026-07-11', '2026-08-08'];
    await expectColumn(page, 2, dates, (cell) => cell.slice(-10));
    await expectColumn(page, 3, dates.map(() => '11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific'));
  }),

  check('playground-typo', 'a typo shows where the rule stopped making sense and the hint', async ({ page, base, screenshot }) => {
    await openPlayground(page, base);
    await page.fill('#rule', '');
    await page.locator('#rule').pressSequentially('second Satruday');
    await page.locator('#sessions-error').waitFor({ state: 'visible' });
    await expectText(page.locator('#error-hint'), 'Hint: did you mean "Saturday"?');
    await expectText(page.locator('#error-message'), /Cannot understand "second Satruday" at "satruday" \(position 7\)/);
    await expectText(page.locator('#error-where'), 'second Satruday\n       ^');
    assert.ok(await page.locator('#sessions-result').isHidden(), 'no stale sessions next to the error');
    await screenshot('playground-typo', true);
    await page.fill('#rule', 'second Saturday');
    await page.locator('#sessions-error').waitFor({ state: 'hidden' });
  }),

  check('playground-zone', 'an unknown time zone is reported as a validation issue', async ({ page, base }) => {
    await openPlayground(page, base);
    await plan(page, { rule: 'second Saturday', from: '2026-01-01', time: '11:00', zone: 'America/Nowhere' });
    await page.locator('#sessions-error').waitFor({ state: 'visible' });
    await expectText(page.locator('#error-where'), /^timeZone: must be an IANA time-zone name/);
    await page.fill('#zone', 'America/New_York');
    await page.locator('#sessions-error').waitFor({ state: 'hidden' });
  }),

  check('refund-deadline', 'the refund panel quotes the retreat on both sides of its March 12 deadline, Pacific time', async ({ page, base, screenshot }) => {
    await openPlayground(page, base);
    await page.selectOption('#preset', 'abs-healing-mindfulness-compassion-retreat-2026');
    await page.selectOption('#by', 'registrant');
    await page.fill('#paid', '875.00');
    await page.locator('#in-writing').check();
    await page.fill('#cancel-date', '2026-03-12');
    await page.fill('#cancel-time', '23:30');
    await expectText(page.locator('#cancel-zone'), 'America/Los_Angeles');
    await expectText(page.locator('#refund-amount'), '$775.00');
    await expectText(page.locator('#refund-withheld'), '$100.00');
    await expectText(page.locator('#refund-message'), /received by the end of March 12, 2026 \(America\/Los_Angeles\)/);
    await expectText(page.locator('#refund-due'), 'within 30 days after the cancellation is acknowledged');
    await screenshot('playground-refund', true);
    await page.fill('#cancel-date', '2026-03-13');
    await page.fill('#cancel-time', '00:00');
    await expectText(page.locator('#refund-amount'), '$0.00');
    await expectText(page.locator('#refund-message'), /after the end of March 12, 2026/);
    await expectText(page.locator('#refund-due'), 'nothing to pay back');
    assert.ok((await page.locator('#refund-reasons li code', { hasText: 'received_after_deadline' }).count()) === 1, 'the reason code is listed');
  }),

  check('refund-organizer', 'the online group refunds everything only when the ABS cancels for insufficient registrants', async ({ page, base }) => {
    await openPlayground(page, base);
    await page.selectOption('#preset', 'abs-online-group-saturday-2026');
    await page.fill('#paid', '250.00');
    await page.selectOption('#by', 'registrant');
    await page.selectOption('#reason', '');
    await expectText(page.locator('#refund-amount'), '$0.00');
    await page.selectOption('#by', 'organizer');
    await page.selectOption('#reason', 'insufficient_registrants');
    await expectText(page.locator('#refund-amount'), '$250.00');
    await expectText(page.locator('#refund-message'), /the full \$250\.00 you paid/);
    const facts = await refundFacts(page);
    assert.equal(facts['Due'], 'the policy sets no time limit', 'a full refund is never "nothing is due"');
    assert.equal(facts['Withheld'], '$0.00');
  }),

  ...PICTURE_CHECKS,

  check('load-error', 'a playground whose library does not load says so on the page', async ({ page, base }) => {
    const broken = await page.context().newPage();
    try {
      await broken.route('**/playground/balint-rules.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
      await broken.goto(`${base}playground/index.html`);
      await broken.locator('#load-error').waitFor({ state: 'visible' });
      assert.match(await broken.locator('#load-error').innerText(), /The playground could not start: balint-rules\.js did not load\./);
    } finally {
      await broken.close();
    }
  }),

  check('links', 'every link of every page resolves', async ({ mode, site, server }) => {
    const status = (path: string) => fetch(new URL(path, server.url), { method: 'HEAD' }).then((response) => response.status);
    const report = await checkLinks(site, mode === 'http' ? status : undefined);
    assert.ok(report.checked > 1000, `links found: ${report.checked}`);
    const shown = report.broken.slice(0, 20).map((b) => `${b.page}: ${b.href} (${b.why})`);
    assert.deepEqual(shown, [], `${report.broken.length} broken link(s)`);
  }),

  check('offline', 'no request left the site and no page logged an error', async ({ problems }) => {
    assert.deepEqual(problems.external, [], 'requests outside the site');
    assert.deepEqual(problems.pageErrors, [], 'uncaught errors');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
  }),
];
