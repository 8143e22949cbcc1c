/**
 * Allocation of ledger activities to maintenance periods. Internal.
 *
 * Periods follow one another from the issue date. Every qualifying activity
 * counts in the period it falls in, except that an activity dated in a
 * period's grace window (the first days of the next period) counts toward
 * the period that is short, as long as it adds to something still missing
 * there; otherwise it stays with its own period. So an activity counts in
 * at most one period, and adding an activity never makes a period worse off.
 */
import { formatDays, parseDays } from '../_lib/civil.js';
import { formatHundredths, toHundredths } from '../credits/amount.js';
import { addMonths } from './_calendar.js';
import type { LedgerEntry, MaintenanceComponent, MaintenanceRequirement } from './schema.js';

/**
 * Progress toward one component in one period.
 *
 * @example
 * ```ts
 * import type { ComponentProgress } from 'balint-rules/credentialing';
 *
 * const p: ComponentProgress = { category: 'maintenance_of_credentialing', label: 'Maintenance of Credentialing activities',
 *   activities: 2, requiredActivities: 3, hours: '0.00', requiredHours: null, met: false };
 * ```
 */
export interface ComponentProgress {
  readonly category: string;
  readonly label: string;
  readonly activities: number;
  readonly requiredActivities: number | null;
  readonly hours: string;
  readonly requiredHours: string | null;
  readonly met: boolean;
}

/**
 * An activity counted in a period; `late` when dated in the grace window after it.
 *
 * @example
 * ```ts
 * import type { CountedActivity } from 'balint-rules/credentialing';
 *
 * const a: CountedActivity = { id: 'drop-in 2026-01-22', date: '2026-01-22', kind: 'credentialed_leaders_drop_in', late: true };
 * ```
 */
export interface CountedActivity {
  readonly id: string;
  readonly date: string;
  readonly kind: string;
  readonly late: boolean;
}

/**
 * One maintenance period and what counted in it.
 *
 * @example
 * ```ts
 * import type { PeriodReport } from 'balint-rules/credentialing';
 *
 * const p: PeriodReport = { number: 1, start: '2025-01-01', end: '2025-12-31', graceEnd: '2026-03-01', met: true, counted: [], progress: [] };
 * ```
 */
export interface PeriodReport {
  /** 1 for the period starting on the issue date. */
  readonly number: number;
  readonly start: string;
  readonly end: string;
  /** The last day a shortfall of this period may be made up. */
  readonly graceEnd: string;
  readonly met: boolean;
  readonly counted: readonly CountedActivity[];
  readonly progress: readonly ComponentProgress[];
}

/** Day-number bounds of period `n` (0-based) of a credential issued on `issued`. */
export function periodBounds(issued: number, months: number, grace: number, n: number): { start: number; end: number; graceEnd: number } {
  const start = addMonths(issued, n * months);
  const end = addMonths(issued, (n + 1) * months) - 1;
  return { start, end, graceEnd: end + grace };
}

interface Tally {
  activities: number;
  hours: number;
}

function kindsOf(component: MaintenanceComponent, requirement: MaintenanceRequirement): readonly string[] {
  return component.kinds ?? requirement.qualifyingKinds;
}

function isMet(component: MaintenanceComponent, tally: Tally): boolean {
  const activities = component.activities === undefined || tally.activities >= component.activities;
  const hours = component.hours === undefined || tally.hours >= toHundredths(component.hours);
  return activities && hours;
}

/** Whether `entry` adds to some component of `requirement` that `tallies` still miss. */
function contributes(requirement: MaintenanceRequirement, tallies: readonly Tally[], entry: LedgerEntry): boolean {
  return requirement.components.some((c, i) => {
    const t = tallies[i] as Tally;
    if (!kindsOf(c, requirement).includes(entry.kind)) return false;
    const needsActivities = c.activities !== undefined && t.activities < c.activities;
    const needsHours = c.hours !== undefined && t.hours < toHundredths(c.hours) && entry.hours !== undefined && toHundredths(entry.hours) > 0;
    return needsActivities || needsHours;
  });
}

function add(requirement: MaintenanceRequirement, tallies: Tally[], entry: LedgerEntry): void {
  requirement.components.forEach((c, i) => {
    if (!kindsOf(c, requirement).includes(entry.kind)) return;
    const t = tallies[i] as Tally;
    t.activities += 1;
    t.hours += entry.hours === undefined ? 0 : toHundredths(entry.hours);
  });
}

/** The outcome of allocating a ledger up to a date. */
export interface Allocation {
  /** Every period evaluated, up to the one containing `at` or the one that lapsed. */
  readonly periods: readonly PeriodReport[];
  /** 0-based index of the first period that lapsed (short after its grace window), or null. */
  readonly lapsed: number | null;
  /** Ids of the activities counted somewhere. */
  readonly counted: ReadonlySet<string>;
}

/**
 * Allocates `entries` (qualifying, dated from the issue date up to `at`,
 * sorted by date then id) to periods, up to the period containing `at`.
 */
export function allocate(requirement: MaintenanceRequirement, issued: number, at: number, entries: readonly LedgerEntry[]): Allocation {
  const periods: PeriodReport[] = [];
  const taken = new Set<string>();
  for (let n = 0; ; n++) {
    const { start, end, graceEnd } = periodBounds(issued, requirement.periodMonths, requirement.gracePeriodDays, n);
    if (start > at) break;
    const tallies: Tally[] = requirement.components.map(() => ({ activities: 0, hours: 0 }));
    const counted: CountedActivity[] = [];
    for (const e of entries) {
      const day = parseDays(e.date);
      if (day < start || day > end || taken.has(e.id)) continue;
      add(requirement, tallies, e);
      taken.add(e.id);
      counted.push({ id: e.id, date: e.date, kind: e.kind, late: false });
    }
    for (const e of entries) {
      const day = parseDays(e.date);
      if (day <= end || day > graceEnd || taken.has(e.id)) continue;
      if (!contributes(requirement, tallies, e)) continue;
      add(requirement, tallies, e);
      taken.add(e.id);
      counted.push({ id: e.id, date: e.date, kind: e.kind, late: true });
    }
    const progress = requirement.components.map((c, i): ComponentProgress => {
      const t = tallies[i] as Tally;
      return {
        category: c.category,
        label: c.label ?? c.category.replaceAll('_', ' '),
        activities: t.activities,
        requiredActivities: c.activities ?? null,
        hours: formatHundredths(t.hours),
        requiredHours: c.hours === undefined ? null : formatHundredths(toHundredths(c.hours)),
        met: isMet(c, t),
      };
    });
    const met = progress.every((p) => p.met);
    periods.push({ number: n + 1, start: formatDays(start), end: formatDays(end), graceEnd: formatDays(graceEnd), met, counted, progress });
    if (!met && at > graceEnd) return { periods, lapsed: n, counted: taken };
    if (end >= at) break;
  }
  return { periods, lapsed: null, counted: taken };
}
