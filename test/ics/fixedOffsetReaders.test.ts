/**
 * Readers that expand a recurring event with the first occurrence's UTC
 * offset (python's recurring-ical-events, ical4j) compare UNTIL against
 * instances placed in that offset. A series that starts in winter time and
 * ends in summer time has its last instance an hour "later" to them, so
 * UNTIL at the last instance itself (correct RFC 5545) loses that session.
 * The reader below does exactly that, on the RRULE the library writes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSessions, type SeriesInput } from '../../src/schedule/index.js';
import { seriesToICalendar } from '../../src/ics/index.js';
import { occurrences, parseRecurrence } from '../../src/recurrence/index.js';

const dtstamp = '2026-01-01T00:00:00Z';

/** The instants a fixed-offset reader gives: each rule date at the first session's wall time in the first session's UTC offset, kept while not after UNTIL. */
function fixedOffsetReader(series: SeriesInput): string[] {
  const { ics } = seriesToICalendar(series, { dtstamp });
  const rrule = ics.split('\r\n').find((line) => line.startsWith('RRULE:'));
  if (rrule === undefined) throw new Error('not one recurring event');
  const until = /UNTIL=(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(rrule);
  if (until === null) throw new Error('no UNTIL');
  const untilMs = Date.UTC(+until[1]!, +until[2]! - 1, +until[3]!, +until[4]!, +until[5]!, +until[6]!);
  const first = planSessions(series)[0]!;
  const offsetMs = Date.parse(`${first.date}T${series.startTime}:00Z`) - Date.parse(first.start);
  const dates = occurrences(typeof series.recurrence === 'string' ? parseRecurrence(series.recurrence) : series.recurrence, { from: series.from, count: 400 });
  return dates
    .map((date) => Date.parse(`${date}T${series.startTime}:00Z`) - offsetMs)
    .filter((ms) => ms <= untilMs)
    .map((ms) => new Date(ms).toISOString());
}

const saturdayGroup: SeriesInput = {
  recurrence: 'monthly on the second Saturday',
  from: '2026-01-01',
  until: '2026-08-31',
  startTime: '11:00',
  timeZone: 'America/New_York',
  durationMinutes: 60,
};

describe('calendar readers that expand with a fixed UTC offset', () => {
  it('keep the last session of the Saturday group (January 10 to August 8, 2026), which starts in winter time and ends in summer time', () => {
    const dates = fixedOffsetReader(saturdayGroup).map((instant) => instant.slice(0, 10));
    expect(dates).toHaveLength(8);
    expect(dates.at(-1)).toBe('2026-08-08');
  });

  it('law: a series crossing a daylight-saving change loses no session and gains none in a fixed-offset reader', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('America/New_York', 'Europe/London', 'Australia/Sydney', 'Australia/Lord_Howe', 'America/Sao_Paulo'),
        fc.constantFrom('monthly on the second Saturday', 'the 4th Thursday of odd months', 'every other Tuesday', 'monthly on the 15th'),
        fc.integer({ min: 2, max: 14 }),
        fc.constantFrom('00:30', '11:00', '19:00', '23:30'),
        (timeZone, recurrence, count, startTime) => {
          const series: SeriesInput = { recurrence, from: '2026-01-01', count, startTime, timeZone, durationMinutes: 60 };
          const planned = planSessions(series).map((s) => s.date);
          const read = fixedOffsetReader(series);
          expect(read.length).toBe(planned.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
