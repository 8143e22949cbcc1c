import { planSeries, type Session } from './planSeries.js';
import type { CompiledSeries } from './compileSeries.js';
import type { SeriesInput } from './schema.js';

/**
 * Plans the sessions of a series: numbered from 1, each with its local date,
 * start and end as ISO-8601 instants, and duration. The wall-clock time is
 * kept in the series' zone across daylight-saving changes (11:00 in New York
 * is 16:00Z in January and 15:00Z after 8 March 2026). Results never depend
 * on the machine's own time zone. A series from `compileSeries` is not
 * validated again.
 *
 * @example
 * ```ts
 * import { planSessions } from 'balint-rules/schedule';
 *
 * const sessions = planSessions({ recurrence: 'second Saturday', from: '2026-01-01', count: 8,
 *   startTime: '11:00', timeZone: 'America/New_York', durationMinutes: 60, firstSessionMinutes: 90 });
 * sessions[0];
 * //=> { index: 1, date: '2026-01-10', start: '2026-01-10T16:00:00.000Z', end: '2026-01-10T17:30:00.000Z',
 * //     durationMinutes: 90, startTime: '11:00', timeZone: 'America/New_York', origin: 'rule' }
 * sessions[2]?.start;
 * //=> '2026-03-14T15:00:00.000Z'
 * ```
 */
export function planSessions(series: SeriesInput | CompiledSeries): Session[] {
  return planSeries(series).sessions;
}
