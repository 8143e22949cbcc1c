import type { DeepReadonly } from '../_lib/types.js';
import { formatDays, parseDays } from '../_lib/civil.js';
import { validate } from '../_lib/validate.js';
import { ValidationError } from '../errors/ValidationError.js';
import { readReordered } from '../_lib/renamedKeys.js';
import { byDateThenId } from './_calendar.js';
import { allocate, periodBounds, type PeriodReport } from './allocate.js';
import { describeMissing, missingOf, type MissingItem } from './missing.js';
import { ABS_ACTIVITY_KINDS } from './absMaintenanceRequirement.js';
import { refuseNearMisses } from './nearMisses.js';
import type { CredentialingReasonCode } from './reasons.js';
import {
  CredentialSchema,
  type CredentialInput,
  LedgerSchema,
  type LedgerInput,
  MaintenanceRequirementSchema,
  StatusOptionsSchema,
  type LedgerEntry,
  type MaintenanceRequirementInput,
  type StatusOptions,
} from './schema.js';

/**
 * A credential's standing on a date:
 * - `current`: in good standing (the current period may still need more);
 * - `due_soon`: the current period's requirement is not yet met and its end
 *   is within `dueSoonDays`;
 * - `in_grace`: the previous period ended short and its grace period runs;
 * - `lapsed`: a period ended short and its grace period has passed. A lapse
 *   is final for the credential: later activities do not undo it.
 *
 * @example
 * ```ts
 * import type { CredentialStanding } from 'balint-rules/credentialing';
 *
 * const s: CredentialStanding = 'in_grace';
 * ```
 */
export type CredentialStanding = 'current' | 'due_soon' | 'in_grace' | 'lapsed';

/**
 * Why a ledger activity did not count: `not_qualifying` (its kind does not
 * qualify), `before_issued`, `after_at` (dated after the date judged on,
 * so not counted yet), `after_lapse` (the credential had lapsed).
 *
 * @example
 * ```ts
 * import type { NotCounted } from 'balint-rules/credentialing';
 *
 * const n: NotCounted = { id: 'x', date: '2027-01-01', kind: 'national_meeting', code: 'after_at',
 *   message: 'x (2027-01-01) is after 2026-06-30 and is not counted yet.' };
 * ```
 */
export interface NotCounted {
  readonly id: string;
  readonly date: string;
  readonly kind: string;
  readonly code: Extract<CredentialingReasonCode, 'not_qualifying' | 'before_issued' | 'after_at' | 'after_lapse'>;
  readonly message: string;
}

/**
 * One fact behind a status: a period met (`period_met`) or short
 * (`period_short`, with what is missing), or an activity from a grace
 * window counted toward the period before it (`counted_late`).
 *
 * @example
 * ```ts
 * import type { StatusReason } from 'balint-rules/credentialing';
 *
 * const r: StatusReason = { code: 'period_met', period: 1, start: '2024-10-01', end: '2026-09-30',
 *   message: 'Period 1 (2024-10-01 to 2026-09-30): requirement met.' };
 * ```
 */
export type StatusReason = { readonly message: string } & (
  | { readonly code: 'period_met'; readonly period: number; readonly start: string; readonly end: string }
  | { readonly code: 'period_short'; readonly period: number; readonly start: string; readonly end: string; readonly missing: readonly MissingItem[] }
  | { readonly code: 'counted_late'; readonly id: string; readonly date: string; readonly period: number }
);

/**
 * What `credentialStatus` returns: the standing, the period it is about,
 * what is still missing and by when, every period evaluated with the
 * activities that counted in it, and the activities that did not count.
 *
 * @example
 * ```ts
 * import type { CredentialStatus } from 'balint-rules/credentialing';
 *
 * const s: Pick<CredentialStatus, 'status' | 'dueBy'> = { status: 'due_soon', dueBy: '2026-09-30' };
 * ```
 */
export interface CredentialStatus {
  readonly holder: { readonly id: string; readonly name: string | null };
  readonly title: string | null;
  readonly issued: string;
  /** The date judged on. */
  readonly at: string;
  readonly status: CredentialStanding;
  /** The period containing `at`. */
  readonly currentPeriod: { readonly number: number; readonly start: string; readonly end: string };
  /** The period the status is about: the short one when in grace or lapsed, else the current one. */
  readonly period: PeriodReport;
  /** What that period still misses (empty when met). */
  readonly missing: readonly MissingItem[];
  /** The date by which the missing part must be earned (period end, or grace end when in grace); null when nothing is missing or lapsed. */
  readonly dueBy: string | null;
  /** The first day the credential is lapsed, when it is. */
  readonly lapsedOn: string | null;
  /** Every period evaluated, oldest first. */
  readonly periods: readonly PeriodReport[];
  readonly notCounted: readonly NotCounted[];
  readonly reasons: readonly StatusReason[];
  /** One readable sentence. */
  readonly message: string;
}

/**
 * A credential's maintenance status on a date (`options.at`), from the
 * maintenance requirement, the credential and its holder's ledger of
 * activities: `current`, `due_soon` (with what is still missing
 * and by when), `in_grace`, or `lapsed`, and which activities counted toward
 * which period. Only activities dated on or before `at` count. Each
 * activity counts in at most one period; one dated in a grace window counts
 * toward the short period before it as far as it is needed there.
 *
 * Adding a qualifying activity never worsens the status, and a lapsed
 * credential stays lapsed on later dates unless earlier activities are added.
 *
 * @example
 * ```ts
 * import { absMaintenanceRequirement, credentialStatus } from 'balint-rules/credentialing';
 *
 * // The numbers are illustrative parameters; the real ones must come from the ABS.
 * const requirement = absMaintenanceRequirement({ periodMonths: 12, gracePeriodDays: 60, activities: 2 });
 * const credential = { holder: { id: 'abs-77' }, issued: '2025-01-01' };
 * const ledger = [{ id: 'd1', date: '2025-03-26', kind: 'credentialed_leaders_drop_in' }];
 * credentialStatus(requirement, credential, ledger, { at: '2025-11-15' }).status;
 * //=> 'due_soon'
 * ```
 */
export function credentialStatus(
  requirement: DeepReadonly<MaintenanceRequirementInput>,
  credential: DeepReadonly<CredentialInput>,
  ledger: DeepReadonly<LedgerInput>,
  options: DeepReadonly<StatusOptions>,
): CredentialStatus {
  const cred = readReordered(() => validate(CredentialSchema, credential, 'credential'), {
    subject: 'maintenance requirement',
    given: requirement,
    was: CredentialSchema,
    wasNamed: 'a credential',
    signature: '(requirement, credential, ledger, options)',
  });
  const req = validate(MaintenanceRequirementSchema, requirement, 'maintenance requirement');
  const entries = validate(LedgerSchema, ledger, 'ledger');
  const opts = validate(StatusOptionsSchema, options, 'status options');
  refuseNearMisses('ledger', 'this requirement', [
    { what: 'activity kind', items: entries.map((e, i) => ({ code: e.kind, path: [i, 'kind'] })), mentioned: req.qualifyingKinds, known: ABS_ACTIVITY_KINDS },
  ]);
  const issued = parseDays(cred.issued);
  const at = parseDays(opts.at);
  if (at < issued) {
    throw new ValidationError('status options', [{ path: ['at'], code: 'custom', message: `must not be before the issue date ${cred.issued}` }]);
  }

  const sorted = [...entries].sort(byDateThenId);
  const usable = sorted.filter((e) => req.qualifyingKinds.includes(e.kind) && e.date >= cred.issued && e.date <= opts.at);
  const allocation = allocate(req, issued, at, usable);
  const periods = allocation.periods;
  const last = periods[periods.length - 1] as PeriodReport;
  const current = currentPeriod(req.periodMonths, req.gracePeriodDays, issued, at);

  const reasons: StatusReason[] = [];
  for (const p of periods) {
    for (const a of p.counted) {
      if (a.late) reasons.push({ code: 'counted_late', id: a.id, date: a.date, period: p.number, message: `${a.id} (${a.date}) counts toward period ${p.number}, which was still short when it ended.` });
    }
    const span = `Period ${p.number} (${p.start} to ${p.end})`;
    if (p.met) reasons.push({ code: 'period_met', period: p.number, start: p.start, end: p.end, message: `${span}: requirement met.` });
    else {
      const missing = missingOf(p.progress);
      reasons.push({ code: 'period_short', period: p.number, start: p.start, end: p.end, missing, message: `${span}: still needs ${describeMissing(missing)}.` });
    }
  }

  let status: CredentialStanding;
  let about: PeriodReport = last;
  let dueBy: string | null = null;
  let lapsedOn: string | null = null;
  let message: string;
  const short = periods.find((p) => !p.met && parseDays(p.end) < at);
  if (allocation.lapsed !== null) {
    about = periods[allocation.lapsed] as PeriodReport;
    status = 'lapsed';
    lapsedOn = formatDays(parseDays(about.graceEnd) + 1);
    message = `Lapsed on ${lapsedOn}: period ${about.number} (${about.start} to ${about.end}) ended short of ${describeMissing(missingOf(about.progress))}, and its grace period ended on ${about.graceEnd}.`;
  } else if (short !== undefined) {
    about = short;
    status = 'in_grace';
    dueBy = short.graceEnd;
    message = `In grace: period ${short.number} (${short.start} to ${short.end}) ended short; ${describeMissing(missingOf(short.progress))} still needed by ${dueBy}.`;
  } else if (!last.met) {
    dueBy = last.end;
    status = parseDays(last.end) - at <= opts.dueSoonDays ? 'due_soon' : 'current';
    const lead = status === 'due_soon' ? 'Due soon' : 'Current';
    message = `${lead}: ${describeMissing(missingOf(last.progress))} still needed by ${dueBy} for period ${last.number} (${last.start} to ${last.end}).`;
  } else {
    status = 'current';
    message = `Current: the requirement for period ${last.number} (${last.start} to ${last.end}) is met.`;
  }

  return {
    holder: { id: cred.holder.id, name: cred.holder.name ?? null },
    title: cred.title ?? null,
    issued: cred.issued,
    at: opts.at,
    status,
    currentPeriod: current,
    period: about,
    missing: missingOf(about.progress),
    dueBy,
    lapsedOn,
    periods,
    notCounted: notCounted(sorted, req.qualifyingKinds, cred.issued, opts.at, allocation.counted),
    reasons,
    message,
  };
}

function currentPeriod(months: number, grace: number, issued: number, at: number): CredentialStatus['currentPeriod'] {
  for (let n = 0; ; n++) {
    const { start, end } = periodBounds(issued, months, grace, n);
    if (end >= at) return { number: n + 1, start: formatDays(start), end: formatDays(end) };
  }
}

function notCounted(entries: readonly LedgerEntry[], kinds: readonly string[], issued: string, at: string, counted: ReadonlySet<string>): NotCounted[] {
  const out: NotCounted[] = [];
  for (const e of entries) {
    if (counted.has(e.id)) continue;
    const what = `${e.id} (${e.date})`;
    const base = { id: e.id, date: e.date, kind: e.kind };
    if (!kinds.includes(e.kind)) out.push({ ...base, code: 'not_qualifying', message: `${what}: "${e.kind}" is not a qualifying kind of activity.` });
    else if (e.date < issued) out.push({ ...base, code: 'before_issued', message: `${what} is before the credential was issued on ${issued}.` });
    else if (e.date > at) out.push({ ...base, code: 'after_at', message: `${what} is after ${at} and is not counted yet.` });
    else out.push({ ...base, code: 'after_lapse', message: `${what} is after the credential lapsed.` });
  }
  return out;
}

export type { ComponentProgress, PeriodReport, CountedActivity } from './allocate.js';
