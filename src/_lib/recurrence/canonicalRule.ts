/* The canonical form of a validated recurrence rule: lists sorted, so two rules meaning the same pattern are deep-equal. */
import { assertNever } from '../assertNever.js';
import type { RecurrenceRule } from '../../recurrence/schema.js';
import { WEEKDAYS } from '../../recurrence/weekdays.js';

/** Sort key putting 1..5 (or 1..31) first, then the counts from the end, last one last. */
export function positionKey(n: number): number {
  return n > 0 ? n : 100 + n;
}

const byPosition = (a: number, b: number): number => positionKey(a) - positionKey(b);
const byNumber = (a: number, b: number): number => a - b;

/** Canonical form of an already validated rule (returns new objects; never mutates). */
export function canonical(rule: RecurrenceRule): RecurrenceRule {
  switch (rule.kind) {
    case 'nth_weekday': {
      const out: RecurrenceRule = { kind: 'nth_weekday', weekday: rule.weekday, ordinals: [...rule.ordinals].sort(byPosition) };
      if (rule.months !== undefined) out.months = [...rule.months].sort(byNumber);
      return out;
    }
    case 'day_of_month': {
      const out: RecurrenceRule = { kind: 'day_of_month', days: [...rule.days].sort(byPosition) };
      if (rule.months !== undefined) out.months = [...rule.months].sort(byNumber);
      return out;
    }
    case 'weekly':
      return {
        kind: 'weekly',
        weekdays: [...rule.weekdays].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b)),
        interval: rule.interval,
      };
    case 'dates':
      return { kind: 'dates', dates: [...rule.dates].sort() };
    default:
      return assertNever(rule);
  }
}

