import type { DeepReadonly } from '../_lib/types.js';
import { assertNever } from '../_lib/assertNever.js';
import { validate } from '../_lib/validate.js';
import { ValidationError, type ValidationIssue } from '../errors/ValidationError.js';
import { formatHundredths, type CreditAmount } from './amount.js';
import { accreditationOf, availableCredits, sessionsOf, type PreparedAccreditation, type PreparedSessions } from './_prepared.js';
import { sessionsAttended } from './attended.js';
import { requirementResults, type RequirementResult } from './requirementResults.js';
import { evaluate, tallyReasons, type Evaluation, type ResolvedRule } from './compute.js';
import { credits, type CreditReason } from './reasons.js';
import type { AccreditationInput } from './rules.js';
import { AMA_AAFP_EQUIVALENCY_STATEMENT } from './statements.js';
import {
  AttendanceSchema,
  type Attendance,
  type CreditSession,
  type CreditSessionInput,
  type SessionAttendance,
} from './sessions.js';

/**
 * How AAFP Prescribed credit counts toward the AMA Physician's Recognition
 * Award: as Prescribed credit, not as AMA PRA Category 1. `statement` is the
 * accreditation's wording, exactly.
 *
 * @example
 * ```ts
 * import type { AmaEquivalency } from 'balint-rules/credits';
 *
 * const e: Pick<AmaEquivalency, 'towards' | 'reportAs'> = {
 *   towards: "AMA Physician's Recognition Award", reportAs: 'AAFP Prescribed' };
 * ```
 */
export interface AmaEquivalency {
  readonly code: 'ama_pra_equivalency';
  readonly towards: "AMA Physician's Recognition Award";
  readonly equivalentTo: 'AMA PRA Category 1 Credit';
  readonly reportAs: 'AAFP Prescribed';
  readonly credits: CreditAmount;
  readonly statement: typeof AMA_AAFP_EQUIVALENCY_STATEMENT;
}

/**
 * The credit one system gives one participant.
 *
 * @example
 * ```ts
 * import type { SystemCredits } from 'balint-rules/credits';
 *
 * const apa: Pick<SystemCredits, 'id' | 'credits' | 'maximum'> = { id: 'apa_ce', credits: '8.00', maximum: '8.00' };
 * ```
 */
export interface SystemCredits {
  /** `aafp_prescribed`, `apa_ce`, or a generic rule's `id`: the key of this entry in `systems`. */
  readonly id: string;
  /** The kind of the rule that gave it. */
  readonly kind: 'aafp_prescribed' | 'apa_ce' | 'generic';
  /** A readable name, e.g. "AAFP Prescribed credit". */
  readonly name: string;
  /** Credit earned, two decimals. */
  readonly credits: CreditAmount;
  /** Credit for attending every session in full, within the designated maximum. */
  readonly maximum: CreditAmount;
  /** The accreditation's designated maximum, or null when it states none. */
  readonly designatedMaximum: CreditAmount | null;
  /** The system's step: every amount is a multiple of it. */
  readonly step: CreditAmount;
  /** Minutes that counted toward credit, before rounding and caps. */
  readonly minutesCounted: number;
  /** Indexes of the sessions that counted (some minutes counted). */
  readonly sessionsCounted: readonly number[];
  /** The minimum-attendance requirement and whether it was met, or null. */
  readonly minimumSessions: { readonly required: number; readonly attended: number; readonly attendance: 'full' | 'any'; readonly met: boolean } | null;
  /** AAFP Prescribed only: how it counts toward the AMA PRA. */
  readonly equivalency: AmaEquivalency | null;
  /** The accreditation statement for this system, or null. */
  readonly statement: string | null;
  /** Why: every session, every rounding, the minimum and the maximum. */
  readonly reasons: readonly CreditReason[];
}

/**
 * Credit for one participant across every system an activity offers.
 *
 * @example
 * ```ts
 * import type { CreditsResult } from 'balint-rules/credits';
 *
 * const r: Pick<CreditsResult, 'sessions' | 'sessionsAttended'> = { sessions: 8, sessionsAttended: 8 };
 * ```
 */
export interface CreditsResult {
  readonly title: string;
  /** Number of sessions in the activity. */
  readonly sessions: number;
  /** Number of sessions with any minutes present. */
  readonly sessionsAttended: number;
  /** Indexes of the sessions with any minutes present, ascending. */
  readonly attendedSessions: readonly number[];
  /** Minutes present in all, before any system's exclusions. */
  readonly minutesPresent: number;
  /**
   * The credit per system, keyed by system id (`aafp_prescribed`, `apa_ce`,
   * a generic rule's `id`), in the accreditation's order: read
   * `result.systems.apa_ce`.
   */
  readonly systems: Readonly<Record<string, SystemCredits>>;
  /** One entry per attendance requirement, in the accreditation's order (none when it lists none). */
  readonly requirements: readonly RequirementResult[];
}

/**
 * The credit a participant earns, per credit system, from an activity's
 * accreditation, its sessions (as `planSessions` returns them, plus optional
 * `excludedMinutes` and `creditCap`) and the participant's attendance. Every
 * result explains itself: which sessions counted, what was rounded, whether
 * the minimum attendance was met, which cap applied. Each of the
 * accreditation's attendance `requirements` is reported as met or not met,
 * with the sessions that fell short.
 *
 * Amounts are decimal strings with two decimals, computed in whole
 * hundredths (no floating point). Credit is never more than the designated
 * maximum, never less for more attendance, and always a multiple of the
 * system's step. Invalid input throws a `ValidationError`; no credit is an
 * ordinary result.
 *
 * An accreditation compiled with {@link compileAccreditation} and sessions
 * compiled with {@link compileCreditSessions} are not validated again; the
 * result is the same.
 *
 * @example
 * ```ts
 * import { creditsFor, type AccreditationInput } from 'balint-rules/credits';
 *
 * const sessions = ['2026-01-10', '2026-02-14', '2026-03-14', '2026-04-11', '2026-05-09', '2026-06-13', '2026-07-11', '2026-08-08']
 *   .map((date, i) => ({ index: i + 1, date, durationMinutes: i === 0 ? 90 : 60 }));
 * const accreditation: AccreditationInput = { title: 'Balint Group - Decreasing Isolation with Peer Consultation',
 *   systems: [{ kind: 'aafp_prescribed' }, { kind: 'apa_ce' }] };
 * const all = sessions.map((s) => ({ session: s.index, kind: 'full' as const }));
 * const { systems } = creditsFor(accreditation, sessions, all);
 * [systems.aafp_prescribed?.credits, systems.apa_ce?.credits];
 * //=> ['8.50', '8.00']
 * ```
 */
export function creditsFor(
  accreditation: DeepReadonly<AccreditationInput>,
  sessions: DeepReadonly<CreditSessionInput[]>,
  attendance: DeepReadonly<SessionAttendance[]>,
): CreditsResult {
  return countCredits(accreditationOf(accreditation), sessionsOf(sessions), validate(AttendanceSchema, attendance, 'attendance'));
}

/** Where an attendance sits in the caller's input, for its refusals: the subject named and the path to it. */
export interface AttendanceAt {
  readonly subject: string;
  readonly path: readonly (string | number)[];
}

/** `creditsFor` on validated input: the accreditation and sessions prepared, the attendance parsed. */
export function countCredits(a: PreparedAccreditation, s: PreparedSessions, records: Attendance, at: AttendanceAt = { subject: 'attendance', path: [] }): CreditsResult {
  checkAttendance(s, records, at);
  checkMinimums(a, s.list.length);

  // Minutes present and whether attendance has a record, by position in the sorted sessions.
  const present: number[] = s.durations.map(() => 0);
  const recorded: boolean[] = s.durations.map(() => false);
  for (const r of records) {
    const at = s.positions.get(r.session) as number;
    present[at] = minutesPresent(r, s.durations[at] as number);
    recorded[at] = true;
  }
  const attended: number[] = [];
  let minutes = 0;
  for (let i = 0; i < present.length; i++) {
    const m = present[i] as number;
    if (m > 0) attended.push((s.list[i] as CreditSession).index);
    minutes += m;
  }
  const available = availableCredits(a, s);
  const systems = Object.fromEntries(a.rules.map((rule, i) => [rule.id, systemCredits(rule, s, present, recorded, available[i] as number)]));
  return {
    title: a.accreditation.title,
    sessions: s.list.length,
    sessionsAttended: attended.length,
    attendedSessions: attended,
    minutesPresent: minutes,
    systems,
    requirements: requirementResults(a.accreditation.requirements ?? [], s, present, recorded),
  };
}

function minutesPresent(record: SessionAttendance, duration: number): number {
  switch (record.kind) {
    case 'full':
      return duration;
    case 'partial':
      return record.minutesPresent;
    case 'absent':
      return 0;
    default:
      return assertNever(record);
  }
}

function checkAttendance(sessions: PreparedSessions, records: Attendance, where: AttendanceAt): void {
  const issues: ValidationIssue[] = [];
  records.forEach((r, i) => {
    const at = sessions.positions.get(r.session);
    const duration = at === undefined ? undefined : sessions.durations[at];
    if (duration === undefined) {
      issues.push({ path: [...where.path, i, 'session'], code: 'custom', message: `names session ${r.session}, which is not one of the sessions` });
    } else if (r.kind === 'partial' && r.minutesPresent > duration) {
      issues.push({ path: [...where.path, i, 'minutesPresent'], code: 'custom', message: `must not exceed the session's ${duration} minutes` });
    }
  });
  if (issues.length > 0) throw new ValidationError(where.subject, issues);
}

/** Refuses a minimum (a credit rule's gate or a requirement) of more sessions than the activity has. */
function checkMinimums(a: PreparedAccreditation, sessionCount: number): void {
  const issues: ValidationIssue[] = [];
  const message = `must not exceed the ${sessionCount === 1 ? 'one session' : `${sessionCount} sessions`} of the activity`;
  a.rules.forEach((rule, i) => {
    if (rule.minimumSessions !== null && rule.minimumSessions.sessions > sessionCount) {
      issues.push({ path: ['systems', i, 'minimumSessions', 'sessions'], code: 'custom', message });
    }
  });
  (a.accreditation.requirements ?? []).forEach((r, i) => {
    if (r.kind === 'minimum_sessions' && r.sessions > sessionCount) issues.push({ path: ['requirements', i, 'sessions'], code: 'custom', message });
  });
  if (issues.length > 0) throw new ValidationError('accreditation', issues);
}

function systemCredits(
  rule: ResolvedRule,
  sessions: PreparedSessions,
  present: readonly number[],
  recorded: readonly boolean[],
  available: number,
): SystemCredits {
  const actual = evaluate(rule, sessions.list, present);
  const reasons = tallyReasons(rule, actual, sessions, recorded);
  let earned = actual.credits;

  let minimum: SystemCredits['minimumSessions'] = null;
  if (rule.minimumSessions !== null) {
    const { sessions: required, attendance } = rule.minimumSessions;
    const attended = sessionsAttended(present, sessions.durations, attendance).attended.length;
    const met = attended >= required;
    minimum = { required, attended, attendance, met };
    const message = minimumMessage(required, sessions.list.length, attendance, attended, met);
    reasons.push({ code: met ? 'minimum_sessions_met' : 'minimum_sessions_not_met', required, attended, attendance, message });
    if (!met) earned = 0;
  }

  const designated = rule.designatedMaximum;
  if (designated !== null && earned > designated) {
    reasons.push({
      code: 'designated_maximum_applied',
      designatedMaximum: formatHundredths(designated),
      uncapped: formatHundredths(earned),
      message: `Capped at the designated maximum of ${credits(formatHundredths(designated))} (${formatHundredths(earned)} earned before the cap).`,
    });
    earned = designated;
  }
  const maximum = designated === null ? available : Math.min(available, designated);
  if (designated === null) {
    reasons.push({ code: 'no_designated_maximum', maximum: formatHundredths(maximum), message: noMaximumMessage(rule.name, maximum) });
  }

  const amount = formatHundredths(earned);
  let equivalency: AmaEquivalency | null = null;
  if (rule.kind === 'aafp_prescribed') {
    equivalency = {
      code: 'ama_pra_equivalency',
      towards: "AMA Physician's Recognition Award",
      equivalentTo: 'AMA PRA Category 1 Credit',
      reportAs: 'AAFP Prescribed',
      credits: amount,
      statement: AMA_AAFP_EQUIVALENCY_STATEMENT,
    };
    reasons.push({ code: 'ama_pra_equivalency', reportAs: 'AAFP Prescribed', credits: amount, message: AMA_AAFP_EQUIVALENCY_STATEMENT });
  }

  return {
    id: rule.id,
    kind: rule.kind,
    name: rule.name,
    credits: amount,
    maximum: formatHundredths(maximum),
    designatedMaximum: designated === null ? null : formatHundredths(designated),
    step: formatHundredths(rule.step),
    minutesCounted: actual.minutesCounted,
    sessionsCounted: countedSessions(actual, sessions.list),
    minimumSessions: minimum,
    equivalency,
    statement: rule.statement,
    reasons,
  };
}

function minimumMessage(required: number, count: number, attendance: 'full' | 'any', attended: number, met: boolean): string {
  const how = attendance === 'full' ? 'attended in full' : 'attended';
  const outcome = met ? 'the minimum is met' : 'so no credit is earned';
  return `At least ${required} of the ${count} sessions must be ${how} for any credit; ${attended} ${attended === 1 ? 'was' : 'were'}, ${outcome}.`;
}

function noMaximumMessage(name: string, maximum: number): string {
  return `The accreditation states no designated maximum for ${name}; the maximum shown (${formatHundredths(maximum)}) is the credit for attending every session in full.`;
}

function countedSessions(evaluation: Evaluation, list: readonly CreditSession[]): number[] {
  const counted: number[] = [];
  evaluation.counted.forEach((minutes, i) => {
    if (minutes > 0) counted.push((list[i] as CreditSession).index);
  });
  return counted;
}
