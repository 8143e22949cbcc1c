/**
 * The browser checks of the library's pictures (`balint-rules/pictures`):
 * the year calendar and the refund timeline as the playground shows them,
 * and each of the three pictures opened on its own as an SVG document. The
 * SVG text comes from the playground's copy of the library (the browser
 * bundle), so these also check that the bundle carries the pictures.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { check, openPlayground, plan, type Check, type CheckContext } from './helpers.js';

/** The online group's dates: the second Saturdays of January to August 2026. */
const SECOND_SATURDAYS = ['2026-01-10', '2026-02-14', '2026-03-14', '2026-04-11', '2026-05-09', '2026-06-13', '2026-07-11', '2026-08-08'];

/** The `data-` values of the elements matching `selector`, in order. */
async function data(page: Page, selector: string, attribute: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements, name) => elements.map((e) => e.getAttribute(name) ?? ''), attribute);
}

/** Asserts that `run` adds no uncaught page error and no console error. */
async function withoutErrors(problems: CheckContext['problems'], run: () => Promise<void>): Promise<void> {
  const [errors, logged] = [problems.pageErrors.length, problems.consoleErrors.length];
  await run();
  assert.deepEqual(problems.pageErrors.slice(errors), [], 'uncaught errors');
  assert.deepEqual(problems.consoleErrors.slice(logged), [], 'console errors');
}

/** The three pictures' SVG text, drawn by the playground's copy of the library. */
async function drawPictures(page: Page): Promise<{ calendar: string; refund: string; waitlist: string }> {
  return page.evaluate(() => {
    type Draw = (...args: unknown[]) => string;
    const lib = (globalThis as unknown as { balintRules: { seriesCalendarSvg: Draw; refundTimelineSvg: Draw; waitlistTimelineSvg: Draw; ABS_PRESETS: Record<string, { refundPolicy: unknown }> } }).balintRules;
    const calendar = lib.seriesCalendarSvg({
      name: 'Online Balint Group',
      recurrence: 'monthly on the second Saturday',
      from: '2026-01-01',
      count: 8,
      startTime: '11:00',
      timeZone: 'America/New_York',
      durationMinutes: 90,
    });
    const retreat = lib.ABS_PRESETS['abs-healing-mindfulness-compassion-retreat-2026'];
    const refund = lib.refundTimelineSvg(retreat?.refundPolicy, { paid: { amount: '875.00', currency: 'USD' } }, { by: 'registrant', inWriting: true });
    const waitlist = lib.waitlistTimelineSvg({ maxSeats: 2 }, [
      { kind: 'register', registrantId: 'ana', at: '2026-02-01T15:00:00Z' },
      { kind: 'register', registrantId: 'ben', at: '2026-02-01T16:00:00Z' },
      { kind: 'register', registrantId: 'cai', at: '2026-02-02T09:00:00Z' },
      { kind: 'cancel', registrantId: 'ana', at: '2026-03-01T12:00:00Z' },
    ], { timeZone: 'America/New_York' });
    return { calendar, refund, waitlist };
  });
}

/** Asserts that the text content of `locator` (an SVG element has no innerText) becomes `expected`, within five seconds. */
async function expectContent(locator: Locator, expected: string | RegExp): Promise<void> {
  const holds = (text: string): boolean => (typeof expected === 'string' ? text === expected : expected.test(text));
  let text = '';
  for (const started = Date.now(); Date.now() - started < 5_000; await new Promise((r) => setTimeout(r, 50))) {
    text = (await locator.count()) === 1 ? ((await locator.textContent()) ?? '') : '';
    if (holds(text)) return;
  }
  if (typeof expected === 'string') assert.equal(text, expected);
  else assert.match(text, expected);
}

/** The text elements that reach outside their SVG's drawing (clipped or cut off), as `text (right edge > width)`. */
async function outside(svg: Locator): Promise<string[]> {
  return svg.evaluate((root) => {
    const box = (root as unknown as { viewBox: { baseVal: { width: number; height: number } } }).viewBox.baseVal;
    type Text = { getBBox(): { x: number; y: number; width: number; height: number }; textContent: string | null };
    const texts = [...root.querySelectorAll('text')] as unknown as Text[];
    return texts
      .map((t) => ({ t, b: t.getBBox() }))
      .filter(({ b }) => b.x < 0 || b.y < 0 || b.x + b.width > box.width || b.y + b.height > box.height)
      .map(({ t, b }) => `${t.textContent ?? ''} (${Math.round(b.x)}..${Math.round(b.x + b.width)} x ${Math.round(b.y)}..${Math.round(b.y + b.height)} in ${box.width} x ${box.height})`);
  });
}

/** Opens SVG text as a document of its own (a data: URL, so nothing is written or served). */
async function openSvg(page: Page, svg: string): Promise<void> {
  await page.goto(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
  await page.locator('svg').first().waitFor();
  assert.equal(await page.locator(':root').evaluate((root) => root.localName), 'svg', 'an SVG document');
}

export const PICTURE_CHECKS: readonly Check[] = [
  check('picture-playground', "the playground draws the series' year calendar and the refund timeline", async ({ page, base, problems, screenshotOf }) => {
    await withoutErrors(problems, async () => {
      await openPlayground(page, base);
      await plan(page, { rule: 'monthly on the second Saturday', from: '2026-01-01', time: '11:00', zone: 'America/New_York' });
      await expectContent(page.locator('#calendar > svg > title'), 'Sessions in 2026: 8 sessions');
      assert.deepEqual(await data(page, '#calendar g.session', 'data-date'), SECOND_SATURDAYS, 'one marked day per session');
      assert.equal(await page.locator('#calendar g.month').count(), 12, 'twelve month grids');
      assert.deepEqual(await outside(page.locator('#calendar > svg')), [], 'no text outside the calendar');
      assert.ok(await page.locator('#calendar-error').isHidden(), 'no error beside the calendar');
      await screenshotOf('playground-picture-calendar', page.locator('#calendar-figure'));

      // A series that runs into the next year: a calendar for each year.
      await page.fill('#rule', 'the 4th Thursday of odd months');
      await expectContent(page.locator('#calendar > svg:nth-child(2) > title'), 'Sessions in 2027: 2 sessions');
      await expectContent(page.locator('#calendar > svg:nth-child(1) > title'), 'Sessions in 2026: 6 sessions');

      await page.fill('#rule', 'second Satruday');
      await page.locator('#sessions-error').waitFor({ state: 'visible' });
      await page.fill('#rule', 'monthly on the second Saturday');
      await page.locator('#sessions-error').waitFor({ state: 'hidden' });
      assert.equal(await page.locator('#calendar g.session').count(), 8, 'the calendar is drawn again after an error');

      await page.selectOption('#preset', 'abs-healing-mindfulness-compassion-retreat-2026');
      await page.selectOption('#by', 'registrant');
      await page.fill('#paid', '875.00');
      await page.locator('#in-writing').check();
      await expectContent(page.locator('#refund-timeline > svg g.deadline > title'), 'Deadline: by the end of March 12, 2026 (America/Los_Angeles)');
      assert.deepEqual(await data(page, '#refund-timeline g.step', 'data-refund'), ['775.00', '0.00'], 'the steps: $775.00 back, then nothing');
      assert.deepEqual(await outside(page.locator('#refund-timeline > svg')), [], 'no text outside the timeline');
      assert.ok(await page.locator('#refund-timeline-error').isHidden(), 'no error beside the timeline');
      await screenshotOf('playground-picture-refund-timeline', page.locator('#refund-timeline-figure'));

      // The online group's policy sets no deadline: the timeline spans the days around the cancellation.
      await page.selectOption('#preset', 'abs-online-group-saturday-2026');
      await page.fill('#paid', '250.00');
      await page.locator('#refund-timeline > svg').waitFor();
      await expectContent(page.locator('#refund-timeline > svg > title'), /./);
      assert.equal(await page.locator('#refund-timeline g.deadline').count(), 0, 'no deadline to mark');
      assert.ok(await page.locator('#refund-timeline-error').isHidden(), 'no error beside the timeline');
      assert.deepEqual(await outside(page.locator('#refund-timeline > svg')), [], 'no text outside the timeline');
      await screenshotOf('playground-picture-refund-no-deadline', page.locator('#refund-timeline-figure'));
      await page.selectOption('#preset', 'abs-new-england-leadership-intensive-2026');
      await expectContent(page.locator('#refund-timeline > svg g.deadline > title'), /^Deadline: by the end of September 15, 2026/);
      assert.deepEqual(await outside(page.locator('#refund-timeline > svg')), [], 'no text outside the timeline');
    });
  }),

  check('picture-svg', 'each picture opens on its own as an SVG document, with its title and marks', async ({ page, base, problems, screenshotOf }) => {
    await withoutErrors(problems, async () => {
      await openPlayground(page, base);
      const svg = await drawPictures(page);

      await openSvg(page, svg.calendar);
      assert.equal(await page.title(), 'Online Balint Group in 2026: 8 sessions');
      assert.deepEqual(await data(page, 'g.session', 'data-date'), SECOND_SATURDAYS, 'one marked day per session');
      assert.match((await page.locator('g.session title').first().textContent()) ?? '', /January 10, 2026/);
      assert.deepEqual(await outside(page.locator(':root')), [], 'no text outside the picture');
      await screenshotOf('picture-calendar', page.locator(':root')); // a full-page shot of an SVG document never settles

      await openSvg(page, svg.refund);
      assert.match(await page.title(), /./, 'a title');
      const deadlines = await page.locator('g.deadline > title').allTextContents();
      assert.deepEqual(deadlines, ['Deadline: by the end of March 12, 2026 (America/Los_Angeles)']);
      assert.deepEqual(await data(page, 'g.step', 'data-refund'), ['775.00', '0.00']);
      assert.ok((await page.locator('text', { hasText: 'March 12, 2026' }).count()) >= 1, 'the deadline is labelled on the chart');
      assert.deepEqual(await outside(page.locator(':root')), [], 'no text outside the picture');
      await screenshotOf('picture-refund-timeline', page.locator(':root')); // a full-page shot of an SVG document never settles

      await openSvg(page, svg.waitlist);
      assert.match(await page.title(), /./, 'a title');
      assert.deepEqual(await data(page, 'g.event', 'data-waitlisted'), ['0', '0', '1', '0']);
      assert.match((await page.locator('g.event title').allTextContents()).join('\n'), /cai moves up from the waitlist/);
      assert.deepEqual(await outside(page.locator(':root')), [], 'no text outside the picture (the span of the log is on two lines)');
      await screenshotOf('picture-waitlist', page.locator(':root')); // a full-page shot of an SVG document never settles
    });
  }),

  check('picture-error', 'a picture that cannot be drawn is explained on the page, and the sessions are still listed', async ({ page, base, site }) => {
    const broken = await page.context().newPage();
    const errors: string[] = [];
    broken.on('pageerror', (error) => errors.push(error.message));
    try {
      // The library as built, with a calendar that refuses every series.
      const bundle = readFileSync(join(site, 'playground', 'balint-rules.js'), 'utf8');
      const refuse = `balintRules = Object.assign({}, balintRules, { seriesCalendarSvg() { throw new balintRules.ValidationError('calendar options', [{ path: ['year'], code: 'custom', message: 'is out of range' }]); } });`;
      await broken.route('**/playground/balint-rules.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: `${bundle}\n${refuse}\n` }));
      await broken.goto(`${base}playground/index.html`);
      await broken.locator('body[data-ready="true"]').waitFor();
      await broken.locator('#calendar-error').waitFor({ state: 'visible' });
      assert.equal(await broken.locator('#calendar-error').innerText(), 'The picture cannot be drawn: Invalid calendar options. year: is out of range');
      assert.equal(await broken.locator('#calendar svg').count(), 0, 'no picture beside the error');
      assert.equal(await broken.locator('#sessions tbody tr').count(), 8, 'the sessions are listed');
      assert.ok(await broken.locator('#sessions-error').isHidden(), 'the sessions themselves are fine');
      assert.deepEqual(errors, [], 'uncaught errors');
    } finally {
      await broken.close();
    }
  }),
];
