/**
 * Series validated once: the registry `compileSeries` fills, and the one
 * reader of a series that `planSeries` (and through it every export) uses.
 */
import { registry } from '../_lib/compiled.js';
import { canonical } from '../_lib/recurrence/canonicalRule.js';
import { exceptionIssues } from '../_lib/recurrence/exceptionDates.js';
import { UNBOUNDED } from '../_lib/recurrence/expandOccurrences.js';
import { validate } from '../_lib/validate.js';
import { ValidationError } from '../errors/ValidationError.js';
import { parseRecurrence } from '../recurrence/parseRecurrence.js';
import type { RecurrenceRule } from '../recurrence/schema.js';
import { SeriesSchema, type Series } from './schema.js';

/** A validated series and its canonical rule (English text parsed). */
export interface PreparedSeries {
  readonly series: Series;
  readonly rule: RecurrenceRule;
}

/** Compiled series, by identity. */
export const compiledSeries = registry<PreparedSeries, 'Series'>();

/** The rule of a validated series, after the checks the schema cannot make alone: an end, and exceptions on rule dates. */
export function prepareSeries(series: Series): PreparedSeries {
  const rule = typeof series.recurrence === 'string' ? parseRecurrence(series.recurrence) : canonical(series.recurrence);
  if (rule.kind !== 'dates' && series.until === undefined && series.count === undefined) {
    throw new ValidationError('series', [{ path: ['count'], code: 'custom', message: UNBOUNDED }]);
  }
  const issues = exceptionIssues(rule, series, series.exceptions, ['exceptions']);
  if (issues.length > 0) throw new ValidationError('series', issues);
  return { series, rule };
}

/** A compiled series as it was prepared, or any other value validated and prepared now. */
export function readSeries(value: unknown): PreparedSeries {
  return compiledSeries.get(value) ?? prepareSeries(validate(SeriesSchema, value, 'series'));
}
