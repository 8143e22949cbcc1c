/** Evaluation of each kind of credentialing step. Internal. */
import { formatDays, parseDays } from '../_lib/civil.js';
import { formatMonth, monthOf } from './_calendar.js';
import type { CredentialingRecord, CredentialingStep } from './pathSchema.js';

type Activity = CredentialingRecord['activities'][number];
type Step<K extends CredentialingStep['kind']> = Extract<CredentialingStep, { kind: K }>;

/**
 * A span of months, `YYYY-MM` both ends inclusive.
 *
 * @example
 * ```ts
 * import type { MonthSpan } from 'balint-rules/credentialing';
 *
 * const twoYears: MonthSpan = { from: '2024-05', to: '2026-04' };
 * ```
 */
export interface MonthSpan {
  readonly from: string;
  readonly to: string;
}

/** Fields every step's progress has. */
interface StepBase {
  readonly id: string;
  readonly label: string;
  readonly met: boolean;
  /** Ids of the activities this step counted. */
  readonly counted: readonly string[];
  /** What is done, and if not met, what is missing. */
  readonly message: string;
}

/**
 * Progress toward one step of a credentialing path, with the kind's own
 * fields:
 * - `membership`: the span it must cover and the `gaps` in it;
 * - `attended_before_applying`: how many of the `required` were attended
 *   on or before `until`;
 * - `monthly`: the complete `window` (or the current run of months so far),
 *   `missingMonths` and the `earliestCompletion` month;
 * - `count_in_window`: how many were attended in the best `window`, whether
 *   that window is complete, and how many are `missing`;
 * - `series_ending_with`: how many were attended, whether one of `lastKind`
 *   came late enough, and how many are `missing`.
 *
 * @example
 * ```ts
 * import type { StepProgress } from 'balint-rules/credentialing';
 *
 * const s: StepProgress = { kind: 'series_ending_with', id: 'intensives', label: 'Three intensives in all, the last a credentialing intensive',
 *   met: false, counted: ['li-1'], required: 3, attended: 1, lastKind: 'credentialing_intensive', lastKindCounted: false, missing: 2,
 *   message: 'Three intensives in all, the last a credentialing intensive: 1 of 3 attended; 2 more needed, the last a credentialing intensive.' };
 * ```
 */
export type StepProgress = StepBase &
  (
    | { readonly kind: 'membership'; readonly organization: string; readonly from: string; readonly to: string; readonly gaps: readonly { readonly from: string; readonly to: string }[] }
    | { readonly kind: 'attended_before_applying'; readonly required: number; readonly attended: number; readonly until: string; readonly applied: boolean }
    | {
        readonly kind: 'monthly';
        readonly requiredMonths: number;
        readonly perMonth: number;
        readonly monthsInRun: number;
        readonly window: MonthSpan | null;
        readonly missingMonths: number;
        readonly earliestCompletion: string | null;
      }
    | { readonly kind: 'count_in_window'; readonly required: number; readonly attended: number; readonly window: MonthSpan | null; readonly windowComplete: boolean; readonly missing: number }
    | {
        readonly kind: 'series_ending_with';
        readonly required: number;
        readonly attended: number;
        readonly lastKind: string;
        readonly lastKindCounted: boolean;
        readonly missing: number;
      }
  );

const of = (kinds: readonly string[], activities: readonly Activity[]): Activity[] => activities.filter((a) => kinds.includes(a.kind));
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Membership of the organization without a break over [from, to]. */
export function membershipStep(step: Step<'membership'>, record: CredentialingRecord, from: string, to: string): StepProgress {
  const spans = record.memberships
    .filter((m) => m.organization === step.organization)
    .map((m) => ({ from: parseDays(m.from), to: m.to === undefined ? Number.POSITIVE_INFINITY : parseDays(m.to) }))
    .sort((a, b) => a.from - b.from);
  const gaps: { from: string; to: string }[] = [];
  const end = parseDays(to);
  let cursor = parseDays(from);
  for (const s of spans) {
    if (cursor > end) break;
    if (s.to < cursor) continue;
    if (s.from > cursor) gaps.push({ from: formatDays(cursor), to: formatDays(Math.min(s.from - 1, end)) });
    cursor = s.to + 1;
  }
  if (cursor <= end) gaps.push({ from: formatDays(cursor), to });
  const met = gaps.length === 0;
  const span = from === to ? `on ${to}` : `from ${from} to ${to}`;
  const message = met
    ? `${step.label}: a member of the ${step.organization} ${span} without a break.`
    : `${step.label}: not a member ${gaps.map((g) => (g.from === g.to ? `on ${g.from}` : `from ${g.from} to ${g.to}`)).join(', ')}; membership is needed ${span}.`;
  return { kind: 'membership', id: step.id, label: step.label, met, counted: [], organization: step.organization, from, to, gaps, message };
}

/** Activities of the kinds before applying (or up to `at`, before an application). */
export function beforeApplyingStep(step: Step<'attended_before_applying'>, activities: readonly Activity[], applied: string | null, at: string): StepProgress {
  const found = of(step.activityKinds, activities).filter((a) => (applied === null ? a.date <= at : a.date < applied));
  const until = applied === null ? at : formatDays(parseDays(applied) - 1);
  const met = found.length >= step.count;
  const done = `${found.length} attended by ${until} (${step.count} needed)`;
  const message = met ? `${step.label}: ${done}.` : `${step.label}: ${done}; ${step.count - found.length} more needed before applying.`;
  return { kind: 'attended_before_applying', id: step.id, label: step.label, met, counted: found.map((a) => a.id), required: step.count, attended: found.length, until, applied: applied !== null, message };
}

/** The months that have enough activities of the step's kinds, as runs of consecutive months. */
export function monthlyRuns(step: Step<'monthly'>, activities: readonly Activity[]): { start: number; end: number }[] {
  const perMonth = new Map<number, number>();
  for (const a of of(step.activityKinds, activities)) {
    const m = monthOf(parseDays(a.date));
    perMonth.set(m, (perMonth.get(m) ?? 0) + 1);
  }
  const months = [...perMonth].filter(([, n]) => n >= step.perMonth).map(([m]) => m).sort((a, b) => a - b);
  const runs: { start: number; end: number }[] = [];
  for (const m of months) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.end === m - 1) last.end = m;
    else runs.push({ start: m, end: m });
  }
  return runs;
}

/** Start months of every complete window of `months` consecutive qualifying months. */
export function completeWindows(runs: readonly { start: number; end: number }[], months: number): number[] {
  return runs.flatMap((r) => Array.from({ length: Math.max(0, r.end - r.start + 2 - months) }, (_, i) => r.start + i));
}

/** The run reaching the month of `at` (or the month before it, which may still be followed), if any. */
export function currentRun(runs: readonly { start: number; end: number }[], atMonth: number): { start: number; end: number } | null {
  return runs.find((r) => r.end === atMonth || r.end === atMonth - 1) ?? null;
}

const span = (start: number, end: number): MonthSpan => ({ from: formatMonth(start), to: formatMonth(end) });
const inSpan = (a: Activity, start: number, end: number): boolean => {
  const m = monthOf(parseDays(a.date));
  return m >= start && m <= end;
};

/** At least `perMonth` activities in each of `months` consecutive months. */
export function monthlyStep(step: Step<'monthly'>, activities: readonly Activity[], at: string): StepProgress {
  const runs = monthlyRuns(step, activities);
  const starts = completeWindows(runs, step.months);
  const kinds = of(step.activityKinds, activities);
  const base = { kind: 'monthly' as const, id: step.id, label: step.label, requiredMonths: step.months, perMonth: step.perMonth };
  const latest = starts[starts.length - 1];
  if (latest !== undefined) {
    const end = latest + step.months - 1;
    const window = span(latest, end);
    return {
      ...base,
      met: true,
      counted: kinds.filter((a) => inSpan(a, latest, end)).map((a) => a.id),
      monthsInRun: step.months,
      window,
      missingMonths: 0,
      earliestCompletion: null,
      message: `${step.label}: done in every month from ${window.from} to ${window.to}.`,
    };
  }
  const atMonth = monthOf(parseDays(at));
  const run = currentRun(runs, atMonth);
  const inRun = run === null ? 0 : run.end - run.start + 1;
  const completion = (run === null ? atMonth : run.start) + step.months - 1;
  const missing = step.months - inRun;
  const since = run === null ? 'no month counts yet' : `${plural(inRun, 'month', 'months')} in a row so far (${formatMonth(run.start)} to ${formatMonth(run.end)})`;
  return {
    ...base,
    met: false,
    counted: run === null ? [] : kinds.filter((a) => inSpan(a, run.start, run.end)).map((a) => a.id),
    monthsInRun: inRun,
    window: run === null ? null : span(run.start, run.end),
    missingMonths: missing,
    earliestCompletion: formatMonth(completion),
    message: `${step.label}: ${since}; ${plural(missing, 'more month', 'more months')} needed, complete in ${formatMonth(completion)} at the earliest.`,
  };
}

/** At least `count` activities of the kinds within a complete window of the `monthly` step. */
export function countInWindowStep(step: Step<'count_in_window'>, window: Step<'monthly'>, activities: readonly Activity[], at: string): StepProgress {
  const runs = monthlyRuns(window, activities);
  const kinds = of(step.activityKinds, activities);
  const countIn = (start: number, end: number): Activity[] => kinds.filter((a) => inSpan(a, start, end));
  const base = { kind: 'count_in_window' as const, id: step.id, label: step.label, required: step.count };
  let best: { start: number; found: Activity[] } | null = null;
  for (const start of completeWindows(runs, window.months)) {
    const found = countIn(start, start + window.months - 1);
    if (best === null || found.length >= best.found.length) best = { start, found };
  }
  if (best !== null) {
    const range = span(best.start, best.start + window.months - 1);
    const met = best.found.length >= step.count;
    const missing = Math.max(0, step.count - best.found.length);
    const done = `${best.found.length} of ${step.count} from ${range.from} to ${range.to}`;
    return {
      ...base,
      met,
      counted: best.found.map((a) => a.id),
      attended: best.found.length,
      window: range,
      windowComplete: true,
      missing,
      message: met ? `${step.label}: ${done}.` : `${step.label}: ${done}; ${missing} more needed within such a window.`,
    };
  }
  const run = currentRun(runs, monthOf(parseDays(at)));
  const found = run === null ? [] : countIn(run.start, run.end);
  const missing = Math.max(0, step.count - found.length);
  const where = run === null ? 'no window of leading has started yet' : `${found.length} of ${step.count} so far (${formatMonth(run.start)} to ${formatMonth(run.end)})`;
  return {
    ...base,
    met: false,
    counted: found.map((a) => a.id),
    attended: found.length,
    window: run === null ? null : span(run.start, run.end),
    windowComplete: false,
    missing,
    message: `${step.label}: ${where}; ${missing > 0 ? `${missing} more needed within the same ${window.months} months` : `the ${window.months}-month window is not complete yet`}.`,
  };
}

/** At least `count` activities in all, one of `lastKind` after at least `count - 1` others. */
export function seriesStep(step: Step<'series_ending_with'>, activities: readonly Activity[]): StepProgress {
  const found = of(step.activityKinds, activities).sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : Number(a.kind === step.lastKind) - Number(b.kind === step.lastKind) || (a.id < b.id ? -1 : 1),
  );
  const lastKindCounted = found.some((a, i) => a.kind === step.lastKind && i >= step.count - 1);
  const met = lastKindCounted;
  const missing = Math.max(0, step.count - found.length);
  const last = step.lastKind.replaceAll('_', ' ');
  let message: string;
  if (met) message = `${step.label}: ${found.length} attended, a ${last} after at least ${step.count - 1} others.`;
  else if (missing > 0) message = `${step.label}: ${found.length} of ${step.count} attended; ${missing} more needed, the last a ${last}.`;
  else message = `${step.label}: ${found.length} attended, but no ${last} after at least ${step.count - 1} others; a ${last} is still needed.`;
  return {
    kind: 'series_ending_with',
    id: step.id,
    label: step.label,
    met,
    counted: found.map((a) => a.id),
    required: step.count,
    attended: found.length,
    lastKind: step.lastKind,
    lastKindCounted,
    missing: met ? 0 : Math.max(missing, 1),
    message,
  };
}
