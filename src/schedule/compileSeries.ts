import type { Compiled } from '../_lib/compiled.js';
import { validate } from '../_lib/validate.js';
import { compiledSeries, prepareSeries } from './_compiledSeries.js';
import { SeriesSchema, type Series, type SeriesInput } from './schema.js';

/**
 * A series validated once by {@link compileSeries}: the series as the schema
 * returns it (zone in its canonical spelling), deep-frozen. It is still plain
 * JSON; the library knows it by identity, so `planSessions`, `planSeries` and
 * `seriesToICalendar` use it without validating it again. A copy (say, after
 * `JSON.parse`) is an ordinary series again, validated as usual.
 *
 * @example
 * ```ts
 * import { compileSeries, type CompiledSeries } from 'balint-rules/schedule';
 *
 * const series: CompiledSeries = compileSeries({ recurrence: 'second Saturday', from: '2026-01-01', count: 8,
 *   startTime: '11:00', timeZone: 'America/New_York', durationMinutes: 60 });
 * ```
 */
export type CompiledSeries = Compiled<Series, 'Series'>;

/**
 * Validates a series once, for planning or exporting it many times: checks it
 * against `SeriesSchema` (unknown keys refused, zone made canonical), reads
 * its rule (English text parsed), checks that it ends and that its exceptions
 * name dates the rule gives, and returns the validated series, deep-frozen.
 * `planSessions`, `planSeries` and `seriesToICalendar` recognise it and do not
 * validate it again; their results are the same as with the series itself.
 * A series that is already compiled is returned as it is.
 *
 * @param series - the series, see `SeriesSchema`
 * @returns the compiled series: a frozen plain JSON value
 * @throws {ValidationError} when the series is not valid
 *
 * @example
 * ```ts
 * import { compileSeries, planSessions } from 'balint-rules/schedule';
 *
 * const series = compileSeries({ recurrence: 'second Saturday', from: '2026-01-01', count: 8,
 *   startTime: '11:00', timeZone: 'america/new_york', durationMinutes: 60, firstSessionMinutes: 90 });
 * series.timeZone;
 * //=> 'America/New_York'
 * planSessions(series)[0]?.durationMinutes;
 * //=> 90
 * ```
 */
export function compileSeries(series: SeriesInput | CompiledSeries): CompiledSeries {
  if (compiledSeries.get(series) !== undefined) return series as CompiledSeries;
  const valid = validate(SeriesSchema, series, 'series');
  return compiledSeries.add(valid, prepareSeries);
}
