import { formatHundredths, toHundredths } from '../credits/amount.js';
import type { ComponentProgress } from './allocate.js';

/**
 * What a period still misses in one category: activities and/or hours.
 *
 * @example
 * ```ts
 * import type { MissingItem } from 'balint-rules/credentialing';
 *
 * const m: MissingItem = { category: 'maintenance', label: 'qualifying activities', activities: 2, hours: '0.00',
 *   message: '2 more qualifying activities' };
 * ```
 */
export interface MissingItem {
  readonly category: string;
  readonly label: string;
  /** Activities still needed (0 when none). */
  readonly activities: number;
  /** Hours still needed, two decimals ('0.00' when none). */
  readonly hours: string;
  readonly message: string;
}

/** The missing parts of a period's progress. */
export function missingOf(progress: readonly ComponentProgress[]): MissingItem[] {
  return progress
    .filter((p) => !p.met)
    .map((p) => {
      const activities = p.requiredActivities === null ? 0 : Math.max(0, p.requiredActivities - p.activities);
      const hours = p.requiredHours === null ? 0 : Math.max(0, toHundredths(p.requiredHours) - toHundredths(p.hours));
      const parts: string[] = [];
      if (activities > 0) parts.push(`${activities} more ${activities === 1 ? 'activity' : 'activities'}`);
      if (hours > 0) parts.push(`${formatHundredths(hours)} more hours`);
      return { category: p.category, label: p.label, activities, hours: formatHundredths(hours), message: `${parts.join(' and ')} (${p.label})` };
    });
}

/** `2 more activities (drop-in sessions) and 1.50 more hours (meetings)`. */
export function describeMissing(missing: readonly MissingItem[]): string {
  return missing.map((m) => m.message).join(' and ');
}
