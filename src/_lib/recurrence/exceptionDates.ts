/**
 * Exceptions must name dates the rule gives: a skip or a move of a date the
 * rule never meets on is a typo (the 10th for the 9th) that would otherwise
 * be ignored, and the session it meant would take place after all.
 */
import { formatDays, MAX_DAYS, parseDays } from '../civil.js';
import type { ValidationIssue } from '../../errors/ValidationError.js';
import type { Exceptions } from '../../recurrence/exceptions.js';
import type { RecurrenceRule } from '../../recurrence/schema.js';
import { collectDays } from './ruleDates.js';

/** The bounds of a series: its start (which anchors weekly intervals) and its last date, if any. */
export interface SeriesBounds {
  readonly from: string;
  readonly until?: string | undefined;
}

/** Windows, in days, searched back for the rule's last date before a given one (a rule may meet once in years). */
const LOOK_BACK = [400, 4_000, 40_000];

/** The rule's last date before `day`, on or after the series' start, if any. */
function previousRuleDay(rule: RecurrenceRule, day: number, fromDays: number): number | undefined {
  for (const span of [...LOOK_BACK, day - fromDays]) {
    const days = collectDays(rule, Math.max(fromDays, day - span), day - 1, Number.POSITIVE_INFINITY, fromDays);
    if (days.length > 0) return days.at(-1);
    if (day - span <= fromDays) return undefined;
  }
  return undefined;
}

/** The rule's first date after `day`, up to the series' last date, if any. */
function nextRuleDay(rule: RecurrenceRule, day: number, fromDays: number, untilDays: number): number | undefined {
  return collectDays(rule, Math.max(day + 1, fromDays), untilDays, 1, fromDays)[0];
}

/** The sentence for a date the rule does not give, with the rule's dates nearest to it. */
export function notARuleDate(rule: RecurrenceRule, date: string, bounds: SeriesBounds): string {
  const day = parseDays(date);
  const fromDays = parseDays(bounds.from);
  const untilDays = bounds.until === undefined ? MAX_DAYS : parseDays(bounds.until);
  const near = [previousRuleDay(rule, Math.min(day, untilDays + 1), fromDays), nextRuleDay(rule, Math.max(day, fromDays - 1), fromDays, untilDays)]
    .filter((d): d is number => d !== undefined)
    .map(formatDays);
  const where = day < fromDays ? ` (it is before the series starts on ${bounds.from})` : bounds.until !== undefined && day > untilDays ? ` (it is after the series ends on ${bounds.until})` : '';
  const nearest = near.length === 0 ? 'the rule gives no date in the series' : `the rule's nearest dates are ${near.join(' and ')}`;
  return `${date} is not a date the rule gives${where}; ${nearest}`;
}

/** Whether the rule meets on `date` within the series' bounds. */
export function isRuleDate(rule: RecurrenceRule, date: string, bounds: SeriesBounds): boolean {
  const day = parseDays(date);
  const fromDays = parseDays(bounds.from);
  const untilDays = bounds.until === undefined ? MAX_DAYS : parseDays(bounds.until);
  if (day < fromDays || day > untilDays) return false;
  return collectDays(rule, day, day, 1, fromDays)[0] === day;
}

/**
 * One issue for every skipped date and every moved date (`move[i].from`)
 * that the rule does not give within the series' bounds, at `path` (the
 * exceptions' own path) plus the entry's.
 */
export function exceptionIssues(rule: RecurrenceRule, bounds: SeriesBounds, exceptions: Exceptions | undefined, path: readonly (string | number)[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const check = (date: string, at: readonly (string | number)[]): void => {
    if (!isRuleDate(rule, date, bounds)) issues.push({ path: [...path, ...at], code: 'custom', message: notARuleDate(rule, date, bounds) });
  };
  (exceptions?.skip ?? []).forEach((date, i) => check(date, ['skip', i]));
  (exceptions?.move ?? []).forEach((move, i) => check(move.from, ['move', i, 'from']));
  return issues;
}
