/** Turning a series' occurrences into sessions: one place for planSeries and the session queries. Internal. */
import { formatWallMinutes, parseDays, parseWallMinutes } from '../_lib/civil.js';
import { epochMsToInstant } from '../_lib/instant.js';
import type { ExpandOptions, Occurrence } from '../_lib/recurrence/expandOccurrences.js';
import { instantToWall, wallToInstant, type WallConversion } from '../_lib/zone.js';
import { TimeZoneTransitionError } from '../errors/TimeZoneTransitionError.js';
import type { PreparedSeries } from './_compiledSeries.js';
import type { Session } from './planSeries.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function wallTimeOf(epochMs: number, zone: string): string {
  return formatWallMinutes(Math.floor(instantToWall(epochMs, zone).msOfDay / 60_000));
}

/** How a series is expanded, and how an occurrence becomes its session. */
export interface SessionPlanner {
  /** The expansion options: the series' bounds, exceptions, holidays, and (under `dst: 'rfc5545'`) the dropping of wall times a DST gap removed. */
  readonly options: ExpandOptions;
  /** The session of an occurrence at its 1-based position in the series. */
  readonly session: (occurrence: Occurrence, index: number) => Session;
}

/**
 * The planner of a validated series. `onGap` hears of each date dropped
 * because DST removed its wall time (only under `dst: 'rfc5545'`).
 */
export function sessionPlanner(prepared: PreparedSeries, onGap?: (date: string) => void): SessionPlanner {
  const input = prepared.series;
  const zone = input.timeZone;
  const dst = input.dst ?? 'compatible';
  const defaultMinutes = parseWallMinutes(input.startTime);
  const convert = (occurrence: Occurrence): WallConversion =>
    wallToInstant(parseDays(occurrence.date), occurrence.startTime === undefined ? defaultMinutes : parseWallMinutes(occurrence.startTime), zone);
  const keep =
    dst === 'rfc5545'
      ? (occurrence: Occurrence): boolean => {
          if (convert(occurrence).kind !== 'gap') return true;
          onGap?.(occurrence.date);
          return false;
        }
      : undefined;
  const options: ExpandOptions = {
    from: input.from,
    until: input.until,
    count: input.count,
    exceptions: input.exceptions,
    holidays: input.holidays,
    keep,
  };
  const session = (occurrence: Occurrence, index: number): Session => {
    const conversion = convert(occurrence);
    const time = occurrence.startTime ?? input.startTime;
    if (dst === 'reject' && conversion.kind !== 'exact') {
      throw new TimeZoneTransitionError(conversion.kind, occurrence.date, time, zone);
    }
    const durationMinutes = index === 1 && input.firstSessionMinutes !== undefined ? input.firstSessionMinutes : input.durationMinutes;
    const startMs = conversion.earlier;
    const result: Mutable<Session> = {
      index,
      date: occurrence.date,
      start: epochMsToInstant(startMs),
      end: epochMsToInstant(startMs + durationMinutes * 60_000),
      durationMinutes,
      startTime: conversion.kind === 'gap' ? wallTimeOf(startMs, zone) : time,
      timeZone: zone,
      origin: occurrence.origin,
    };
    if (occurrence.originalDate !== undefined) result.originalDate = occurrence.originalDate;
    if (occurrence.holiday !== undefined) result.holiday = occurrence.holiday;
    if (conversion.kind === 'gap') result.dst = 'gap_shifted';
    if (conversion.kind === 'overlap') result.dst = 'overlap_earlier';
    return result;
  };
  return { options, session };
}
