/**
 * Accreditations and sessions prepared for counting credit: validated, the
 * rules spelled out, the sessions sorted with their phrases written once.
 * `compileAccreditation` and `compileCreditSessions` keep the prepared
 * forms; `creditsFor` prepares raw input on each call, so both decide on
 * the same data. Internal.
 */
import { registry } from '../_lib/compiled.js';
import { validate } from '../_lib/validate.js';
import { evaluate, missedMessage, resolveRule, type LabelledSessions, type ResolvedRule } from './compute.js';
import { minutes, sessionLabel } from './reasons.js';
import { AccreditationSchema, type Accreditation } from './rules.js';
import { CreditSessionsSchema, type CreditSession } from './sessions.js';

/** An accreditation with its rules spelled out. */
export interface PreparedAccreditation {
  readonly accreditation: Accreditation;
  readonly rules: readonly ResolvedRule[];
}

/** Sessions sorted by index, with their phrases and positions. */
export interface PreparedSessions extends LabelledSessions {
  /** Position in `list` by session index. */
  readonly positions: ReadonlyMap<number, number>;
  /** Each session's length in minutes, by position. */
  readonly durations: readonly number[];
}

/** Prepares a validated accreditation. */
export function prepareAccreditation(accreditation: Accreditation): PreparedAccreditation {
  return { accreditation, rules: accreditation.systems.map(resolveRule) };
}

/** Prepares validated sessions (sorted by index; the input is not touched). */
export function prepareSessions(sessions: readonly CreditSession[]): PreparedSessions {
  const list = [...sessions].sort((a, b) => a.index - b.index);
  const labels = list.map((s) => sessionLabel(s.index, s.date));
  return {
    list,
    labels,
    lengths: list.map((s) => minutes(s.durationMinutes)),
    absent: labels.map((label) => missedMessage(label, true)),
    unrecorded: labels.map((label) => missedMessage(label, false)),
    positions: new Map(list.map((s, i) => [s.index, i])),
    durations: list.map((s) => s.durationMinutes),
  };
}

/** Compiled accreditations and sessions, with their prepared forms. */
export const compiledAccreditations = registry<PreparedAccreditation, 'Accreditation'>();
export const compiledSessions = registry<PreparedSessions, 'CreditSessions'>();

/** The prepared accreditation: precomputed when compiled, else validated and prepared now. */
export function accreditationOf(accreditation: unknown): PreparedAccreditation {
  return compiledAccreditations.get(accreditation) ?? prepareAccreditation(validate(AccreditationSchema, accreditation, 'accreditation'));
}

/** The prepared sessions: precomputed when compiled, else validated and prepared now. */
export function sessionsOf(sessions: unknown): PreparedSessions {
  return compiledSessions.get(sessions) ?? prepareSessions(validate(CreditSessionsSchema, sessions, 'sessions'));
}

/** Each rule's credit for attending every session in full, in hundredths. */
export function availableCredits(a: PreparedAccreditation, s: PreparedSessions): readonly number[] {
  return a.rules.map((rule) => evaluate(rule, s.list, s.durations).credits);
}
