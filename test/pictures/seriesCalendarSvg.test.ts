import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seriesCalendarSvg } from '../../src/pictures/index.js';
import { US_FEDERAL_HOLIDAYS } from '../../src/recurrence/index.js';
import { planSeries, type SeriesInput } from '../../src/schedule/index.js';
import { seriesArbitrary } from '../../src/testing/index.js';
import { ValidationError } from '../../src/errors/index.js';
import { byClass, findAll, parseXml, textOf, titleOf } from './_xml.js';

const GROUP: SeriesInput = {
  name: 'Online Balint group',
  recurrence: 'the 4th Thursday',
  from: '2026-01-01',
  until: '2026-12-31',
  startTime: '19:00',
  timeZone: 'America/New_York',
  durationMinutes: 60,
  firstSessionMinutes: 90,
  exceptions: { skip: ['2026-07-23'], move: [{ from: '2026-09-24', to: '2026-10-01' }] },
  holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'skip' },
};

const yearOf = (date: string): number => Number(date.slice(0, 4));

describe('seriesCalendarSvg', () => {
  it('is well-formed SVG with a title, a description and an aria-label', () => {
    const root = parseXml(seriesCalendarSvg(GROUP));
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.attrs.role).toBe('img');
    expect(root.attrs['aria-label']).toBe(titleOf(root));
    expect(titleOf(root)).toBe('Online Balint group in 2026: 10 sessions, 3 dates not held');
    expect(findAll(root, (e) => e.name === 'desc')).toHaveLength(1);
  });

  it('marks one day per session, each labelled with its number, date, time and zone', () => {
    const root = parseXml(seriesCalendarSvg(GROUP));
    const plan = planSeries(GROUP);
    const marks = byClass(root, 'session');
    expect(marks.map((m) => m.attrs['data-date'])).toEqual(plan.sessions.map((s) => s.date));
    expect(titleOf(marks[0]!)).toBe('Session 1: Thursday, January 22, 2026, 19:00 America/New_York, 90 minutes');
    for (const mark of marks) expect(mark.attrs['aria-label']).toBe(titleOf(mark));
  });

  it('shows every date not held with its reason: a skip, a holiday and a move', () => {
    const root = parseXml(seriesCalendarSvg(GROUP));
    expect(byClass(root, 'reason').map(textOf)).toEqual([
      'July 23, 2026: skipped',
      'September 24, 2026: moved to October 1, 2026',
      'November 26, 2026: holiday (Thanksgiving Day)',
      'October 1, 2026: session 8, moved from September 24, 2026',
    ]);
    expect(byClass(root, 'not-held').map((e) => e.attrs['aria-label'])).toEqual([
      'No session on July 23, 2026: skipped',
      'No session on September 24, 2026: moved to October 1, 2026',
      'No session on November 26, 2026: holiday (Thanksgiving Day)',
    ]);
  });

  it('draws the year asked for, and only its sessions', () => {
    const series = { ...GROUP, until: '2027-12-31' };
    const root = parseXml(seriesCalendarSvg(series, { year: 2027 }));
    const in2027 = planSeries(series).sessions.filter((s) => s.date.startsWith('2027-'));
    expect(byClass(root, 'session')).toHaveLength(in2027.length);
    expect(byClass(root, 'month')[0]?.attrs['aria-label']).toBe('January 2027');
  });

  it('refuses unknown options with a hint', () => {
    expect(() => seriesCalendarSvg(GROUP, { yaer: 2026 } as never)).toThrow(ValidationError);
    expect(() => seriesCalendarSvg(GROUP, { yaer: 2026 } as never)).toThrow(/did you mean "year"/);
  });

  it('law: the same series gives the same text, well-formed, with one marked day per session date of the year', () => {
    fc.assert(
      fc.property(seriesArbitrary({ from: '2026-01-01' }), (series) => {
        const plan = planSeries(series);
        const year = yearOf(plan.sessions[0]?.date ?? '2026-01-01');
        const svg = seriesCalendarSvg(series);
        expect(seriesCalendarSvg(series)).toBe(svg);
        const root = parseXml(svg);
        const dates = new Set(plan.sessions.filter((s) => yearOf(s.date) === year).map((s) => s.date));
        expect(byClass(root, 'session').map((m) => m.attrs['data-date'])).toEqual([...dates]);
        const notHeld = plan.skipped.filter((s) => yearOf(s.date) === year && !dates.has(s.date));
        expect(byClass(root, 'not-held')).toHaveLength(new Set(notHeld.map((s) => s.date)).size);
        for (const mark of [...byClass(root, 'session'), ...byClass(root, 'not-held')]) expect(titleOf(mark)).toBeTruthy();
      }),
      { numRuns: 60 },
    );
  });
});
