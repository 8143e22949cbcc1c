import { describe, expect, it, vi } from 'vitest';
import { seriesToICalendar, type ICalendarOptions } from '../../src/ics/index.js';
import { compileSeries, SeriesSchema } from '../../src/schedule/index.js';
import { issueLines } from '../_helpers/rejection.js';
import { onlineGroupSeries } from '../_helpers/series.js';

const dtstamp = '2025-12-01T12:00:00Z';

const onlineGroup = { name: 'Online Balint group', ...onlineGroupSeries };

const issuesOf = issueLines;

describe('iCalendar input is read strictly', () => {
  it('a misspelt option is refused with the option meant', () => {
    expect(issuesOf(() => seriesToICalendar(onlineGroup, { dtstamp, summry: 'Balint' } as ICalendarOptions))).toEqual([
      'summry: unknown key "summry"; did you mean "summary"?',
    ]);
  });

  it('a misspelt key of the series is refused, never exported with the default', () => {
    expect(issuesOf(() => seriesToICalendar({ ...onlineGroup, firstSessionMinute: 90 } as never, { dtstamp }))).toEqual([
      'firstSessionMinute: unknown key "firstSessionMinute"; did you mean "firstSessionMinutes"?',
    ]);
  });

  it('a legacy zone name is refused with the region meant', () => {
    const [issue] = issuesOf(() => seriesToICalendar({ ...onlineGroup, timeZone: 'EST' }, { dtstamp }));
    expect(issue).toMatch(/^timeZone: "EST" is a legacy zone name.*write "America\/New_York"/);
  });

  it('a zone in any case is written back in its canonical spelling: TZID, VTIMEZONE and all', () => {
    const lower = seriesToICalendar({ ...onlineGroup, timeZone: 'america/new_york' }, { dtstamp });
    const canonical = seriesToICalendar(onlineGroup, { dtstamp });
    expect(lower.ics).toContain('TZID:America/New_York\r\n');
    expect(lower.ics).toContain('DTSTART;TZID=America/New_York:20260110T110000');
    expect(lower.ics).not.toMatch(/america\/new_york/);
    expect(lower).toEqual(canonical);
  });

  it('a compiled series is exported as the series itself is, without being validated again', () => {
    const compiled = compileSeries(onlineGroup);
    const spy = vi.spyOn(SeriesSchema, 'safeParse');
    try {
      expect(seriesToICalendar(compiled, { dtstamp })).toEqual(seriesToICalendar(onlineGroup, { dtstamp }));
      const before = spy.mock.calls.length;
      seriesToICalendar(compiled, { dtstamp });
      expect(spy.mock.calls.length).toBe(before);
      // An ordinary series is validated once per export, not once more by the planning inside it.
      seriesToICalendar(onlineGroup, { dtstamp });
      expect(spy.mock.calls.length).toBe(before + 1);
    } finally {
      spy.mockRestore();
    }
  });
});
