/** Whether each of an accreditation's attendance requirements was met, with reasons. Internal but for the types. */
import type { PreparedSessions } from './_prepared.js';
import { sessionsAttended, type AttendanceMeasure } from './attended.js';
import type { AttendanceRequirement } from './requirements.js';
import type { CreditSession } from './sessions.js';

/**
 * Why a requirement was met or not, each with a snake_case `code`,
 * structured fields and an English `message`:
 * - `requirement_met` / `requirement_not_met`: the count against what is
 *   required, and which sessions fell short (ascending indexes);
 * - `session_short`: one session that did not count as attended (absent,
 *   no record, or, where the whole session is asked for, attended in part).
 *
 * @example
 * ```ts
 * import type { RequirementReason } from 'balint-rules/credits';
 *
 * const short: RequirementReason = { code: 'session_short', session: 2, date: '2026-02-24', minutesPresent: 45, durationMinutes: 60,
 *   recorded: true, message: 'Session 2 (2026-02-24): present 45 of 60 minutes, not the whole session.' };
 * ```
 */
export type RequirementReason = { readonly message: string } & (
  | {
      readonly code: 'requirement_met' | 'requirement_not_met';
      readonly required: number;
      readonly attended: number;
      readonly sessions: number;
      readonly attendance: 'full' | 'any';
      readonly shortSessions: readonly number[];
    }
  | {
      readonly code: 'session_short';
      readonly session: number;
      readonly date: string;
      readonly minutesPresent: number;
      readonly durationMinutes: number;
      readonly recorded: boolean;
    }
);

/**
 * One attendance requirement's outcome for one participant: met or not, the
 * count it was judged on, and why.
 *
 * @example
 * ```ts
 * import type { RequirementResult } from 'balint-rules/credits';
 *
 * const r: Pick<RequirementResult, 'id' | 'met' | 'required' | 'attended' | 'sessions'> = { id: 'abfm_pi', met: true, required: 6, attended: 7, sessions: 8 };
 * ```
 */
export interface RequirementResult {
  readonly id: string;
  readonly name: string;
  readonly kind: AttendanceRequirement['kind'];
  readonly met: boolean;
  /** Sessions that had to be attended: the minimum, or every session. */
  readonly required: number;
  /** Sessions attended, by the requirement's measure. */
  readonly attended: number;
  /** Sessions in the activity. */
  readonly sessions: number;
  /** What counted as attending a session: `full` (in its entirety) or `any` (some minutes). */
  readonly attendance: 'full' | 'any';
  /** Indexes of the sessions that did not count as attended, ascending. */
  readonly shortSessions: readonly number[];
  readonly reasons: readonly RequirementReason[];
}

/** Each requirement's outcome from the minutes present and whether attendance has a record, by position in the sorted sessions. */
export function requirementResults(
  requirements: readonly AttendanceRequirement[],
  sessions: PreparedSessions,
  present: readonly number[],
  recorded: readonly boolean[],
): RequirementResult[] {
  return requirements.map((requirement) => {
    const measure: AttendanceMeasure = requirement.kind === 'minimum_sessions' ? requirement.attendance : 'full';
    const count = sessions.list.length;
    const required = requirement.kind === 'minimum_sessions' ? requirement.sessions : count;
    const { attended, short } = sessionsAttended(present, sessions.durations, measure);
    const met = attended.length >= required;
    const shortSessions = short.map((i) => (sessions.list[i] as CreditSession).index);
    const summary: RequirementReason = {
      code: met ? 'requirement_met' : 'requirement_not_met',
      required,
      attended: attended.length,
      sessions: count,
      attendance: measure,
      shortSessions,
      message: summaryMessage(requirement, required, count, measure, attended.length, shortSessions, met),
    };
    const reasons: RequirementReason[] = [summary];
    for (const i of short) {
      const { index, date, durationMinutes } = sessions.list[i] as CreditSession;
      const minutesPresent = present[i] as number;
      const known = recorded[i] === true;
      reasons.push({ code: 'session_short', session: index, date, minutesPresent, durationMinutes, recorded: known, message: shortMessage(sessions.labels[i] as string, minutesPresent, durationMinutes, known) });
    }
    return { id: requirement.id, name: requirement.name, kind: requirement.kind, met, required, attended: attended.length, sessions: count, attendance: measure, shortSessions, reasons };
  });
}

function summaryMessage(
  requirement: AttendanceRequirement,
  required: number,
  count: number,
  measure: AttendanceMeasure,
  attended: number,
  short: readonly number[],
  met: boolean,
): string {
  const how = measure === 'full' ? 'attended in their entirety' : 'attended (some minutes present)';
  const asked = requirement.kind === 'every_session' ? `all ${sessionCount(count)} must be ${how}` : `at least ${required} of the ${sessionCount(count)} must be ${how}`;
  const fell = short.length === 0 ? '' : ` (${sessionList(short)} fell short)`;
  return `${requirement.name}: ${asked}; ${attended} ${attended === 1 ? 'was' : 'were'}${fell}, so the requirement is ${met ? 'met' : 'not met'}.`;
}

function shortMessage(label: string, minutesPresent: number, durationMinutes: number, recorded: boolean): string {
  if (minutesPresent > 0) return `${label}: present ${minutesPresent} of ${durationMinutes} minutes, not the whole session.`;
  return `${label}: ${recorded ? 'absent' : 'no attendance recorded, counted as absent'}.`;
}

const sessionCount = (n: number): string => (n === 1 ? 'one session' : `${n} sessions`);

/** `session 3`, `sessions 3 and 6`, `sessions 3, 6 and 8`. */
function sessionList(indexes: readonly number[]): string {
  if (indexes.length === 1) return `session ${indexes[0] as number}`;
  return `sessions ${indexes.slice(0, -1).join(', ')} and ${indexes[indexes.length - 1] as number}`;
}
