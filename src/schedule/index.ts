/**
 * Sessions in real time zones: plan a series' sessions from its rule, keep
 * wall-clock time across daylight-saving changes, and show sessions in
 * several zones.
 *
 * @module schedule
 */
export { SeriesSchema, DstPolicySchema, type Series, type SeriesInput, type DstPolicy } from './schema.js';
export { planSeries, type Session, type SkippedSession, type SeriesPlan } from './planSeries.js';
export { planSessions } from './planSessions.js';
export { NextSessionsOptionsSchema, nextSessions, sessionsBetween, type NextSessionsOptions } from './sessionQueries.js';
export { compileSeries, type CompiledSeries } from './compileSeries.js';
export { describeSessionTimes, type ZoneTimes } from './describeSessionTimes.js';
export { zonedToInstant, instantToZoned, ZonedDateTimeSchema, type ZonedDateTime } from './zonedTime.js';
