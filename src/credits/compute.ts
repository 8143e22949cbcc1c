/**
 * The one credit engine behind every system: time counted per session,
 * caps, rounding to a step, in whole hundredths of a credit. Internal.
 */
import { assertNever } from '../_lib/assertNever.js';
import { formatHundredths, roundToStep, toHundredths, type CreditRoundingMode } from './amount.js';
import { attends } from './attended.js';
import { credits, minutes, type CreditReason } from './reasons.js';
import { ruleId, type CreditRule, type MinimumSessions } from './rules.js';
import type { CreditSession } from './sessions.js';

/** A rule with every parameter spelled out, amounts in hundredths. */
export interface ResolvedRule {
  readonly id: string;
  readonly kind: CreditRule['kind'];
  readonly name: string;
  /** Hundredths of a credit per hour counted. */
  readonly perHour: number;
  /** Hundredths of a credit per step. */
  readonly step: number;
  readonly rounding: CreditRoundingMode;
  readonly basis: 'session' | 'activity';
  readonly excludeMarkedMinutes: boolean;
  /** Only sessions attended in their entirety earn credit. */
  readonly fullSessionsOnly: boolean;
  readonly sessionCap: number | null;
  readonly designatedMaximum: number | null;
  readonly minimumSessions: MinimumSessions | null;
  readonly statement: string | null;
  /** How the rounding reads in a sentence. */
  readonly roundingPhrase: string;
}

const optionalHundredths = (amount: string | undefined): number | null => (amount === undefined ? null : toHundredths(amount));

/** Spells out a validated rule. */
export function resolveRule(rule: CreditRule): ResolvedRule {
  let specific: Pick<ResolvedRule, 'name' | 'perHour' | 'step' | 'rounding' | 'basis' | 'excludeMarkedMinutes' | 'fullSessionsOnly' | 'sessionCap' | 'roundingPhrase'>;
  switch (rule.kind) {
    case 'aafp_prescribed':
      specific = {
        name: 'AAFP Prescribed credit',
        perHour: 100,
        step: 25,
        rounding: 'nearest',
        basis: 'session',
        excludeMarkedMinutes: true,
        fullSessionsOnly: false,
        sessionCap: optionalHundredths(rule.sessionCap),
        roundingPhrase: 'rounded to the nearest quarter hour',
      };
      break;
    case 'apa_ce':
      specific = {
        name: 'APA continuing education credit for psychologists',
        perHour: 100,
        step: toHundredths(rule.increment),
        rounding: 'down',
        basis: 'session',
        excludeMarkedMinutes: rule.excludeMarkedMinutes,
        fullSessionsOnly: true,
        sessionCap: null,
        roundingPhrase:
          rule.increment === '1'
            ? 'only each full 60 minutes earns credit, with no partial credit for part of an hour'
            : 'only each full 30 minutes earns credit (0.50 a half hour), with no partial credit for part of a half hour',
      };
      break;
    case 'generic': {
      const direction = rule.rounding === 'nearest' ? 'to the nearest' : `${rule.rounding} to a`;
      specific = {
        name: rule.name,
        perHour: toHundredths(rule.creditsPerHour),
        step: toHundredths(rule.step),
        rounding: rule.rounding,
        basis: rule.basis,
        excludeMarkedMinutes: rule.excludeMarkedMinutes,
        fullSessionsOnly: rule.fullSessionsOnly,
        sessionCap: optionalHundredths(rule.sessionCap),
        roundingPhrase: `rounded ${direction} multiple of ${formatHundredths(toHundredths(rule.step))}`,
      };
      break;
    }
    default:
      return assertNever(rule);
  }
  return {
    id: ruleId(rule),
    kind: rule.kind,
    designatedMaximum: optionalHundredths(rule.designatedMaximum),
    minimumSessions: rule.minimumSessions ?? null,
    statement: rule.statement ?? null,
    name: specific.name,
    perHour: specific.perHour,
    step: specific.step,
    rounding: specific.rounding,
    basis: specific.basis,
    excludeMarkedMinutes: specific.excludeMarkedMinutes,
    fullSessionsOnly: specific.fullSessionsOnly,
    sessionCap: specific.sessionCap,
    roundingPhrase: specific.roundingPhrase,
  };
}

/**
 * The result of counting one attendance under one rule, before minimums and
 * maximums: what each session contributes, by position in the sessions, and
 * the totals.
 */
export interface Evaluation {
  /** Minutes present, as given. */
  readonly present: readonly number[];
  /** Minutes of welcome and announcements not counted, by session. */
  readonly excluded: readonly number[];
  /** Attended only in part under a rule that credits only whole sessions (so nothing counts), by session. */
  readonly incomplete: readonly boolean[];
  /** Minutes counted, by session. */
  readonly counted: readonly number[];
  /** The cap that limited the session, in hundredths, or null. */
  readonly cappedAt: readonly (number | null)[];
  /** Credit time, in hundredths-of-a-credit minutes (credits x 6000), by session. */
  readonly sessionUnits: readonly number[];
  /** The session's rounded credit in hundredths (per-session systems), else null. */
  readonly sessionCredits: readonly (number | null)[];
  /** Credit in hundredths. */
  readonly credits: number;
  readonly minutesCounted: number;
  /** Credit time of every session, in hundredths-of-a-credit minutes. */
  readonly units: number;
}

/** The session's effective cap in hundredths (per-session systems keep it on the step grid). */
function sessionCap(rule: ResolvedRule, session: CreditSession): number | null {
  let cap = rule.sessionCap;
  if (session.creditCap !== undefined) {
    let own = toHundredths(session.creditCap);
    if (rule.basis === 'session') own -= own % rule.step;
    cap = cap === null ? own : Math.min(cap, own);
  }
  return cap;
}

/**
 * Counts the minutes present at every session (`present`, in the order of
 * `sessions`, each at most the session's length) under `rule`. A
 * participant present only part of a session is taken to have been present
 * for its excluded minutes first, so credit is never over-claimed. Under a
 * rule that credits only whole sessions, a session attended in part counts
 * no minutes at all.
 */
export function evaluate(rule: ResolvedRule, sessions: readonly CreditSession[], present: readonly number[]): Evaluation {
  const n = sessions.length;
  const excluded: number[] = [];
  const incomplete: boolean[] = [];
  const counted: number[] = [];
  const cappedAt: (number | null)[] = [];
  const sessionUnits: number[] = [];
  const sessionCredits: (number | null)[] = [];
  let total = 0;
  let unitsTotal = 0;
  let minutesTotal = 0;
  for (let i = 0; i < n; i++) {
    const session = sessions[i] as CreditSession;
    const minutesPresent = present[i] as number;
    const off = rule.excludeMarkedMinutes ? (session.excludedMinutes ?? 0) : 0;
    const partOnly = rule.fullSessionsOnly && minutesPresent > 0 && !attends(minutesPresent, session.durationMinutes, 'full');
    // Minutes present never exceed the session's length (checked before), so this is at most its length less the excluded minutes.
    const minutesCounted = partOnly ? 0 : Math.max(0, minutesPresent - off);
    const cap = sessionCap(rule, session);
    const raw = minutesCounted * rule.perHour;
    const units = cap === null ? raw : Math.min(raw, cap * 60);
    const credits = rule.basis === 'session' ? roundToStep(units, 60, rule.step, rule.rounding) : null;
    excluded.push(off);
    incomplete.push(partOnly);
    counted.push(minutesCounted);
    cappedAt.push(cap !== null && raw > cap * 60 ? cap : null);
    sessionUnits.push(units);
    sessionCredits.push(credits);
    total += credits ?? 0;
    unitsTotal += units;
    minutesTotal += minutesCounted;
  }
  if (rule.basis === 'activity') total = roundToStep(unitsTotal, 60, rule.step, rule.rounding);
  return { present, excluded, incomplete, counted, cappedAt, sessionUnits, sessionCredits, credits: total, minutesCounted: minutesTotal, units: unitsTotal };
}

/** Sessions with the phrases their reasons use, in index order. */
export interface LabelledSessions {
  readonly list: readonly CreditSession[];
  /** `Session 2 (2026-02-14)`, by position. */
  readonly labels: readonly string[];
  /** `60 minutes`, the session's length, by position. */
  readonly lengths: readonly string[];
  /** The `session_missed` sentences, by position: recorded as absent, and with no record. */
  readonly absent: readonly string[];
  readonly unrecorded: readonly string[];
}

/** The `session_missed` sentence of a session: recorded as absent (`known`), or with no record. */
export function missedMessage(label: string, known: boolean): string {
  return `${label}: ${known ? 'absent' : 'no attendance recorded, counted as absent'}; no credit.`;
}

function attendedMessage(label: string, present: number, excludedMinutes: number, counted: number, length: string, amount: string | null): string {
  const excluded = excludedMinutes > 0 ? `; ${minutes(excludedMinutes)} of welcome, introductions or announcements do not count` : '';
  const earned = amount === null ? '' : `, ${credits(amount)}`;
  return `${label}: present ${present} of ${length}${excluded}; ${minutes(counted)} ${counted === 1 ? 'counts' : 'count'}${earned}.`;
}

/**
 * Reasons for each session and for the rounding of an evaluation; `recorded`
 * says, by position, whether attendance has a record.
 */
export function tallyReasons(rule: ResolvedRule, evaluation: Evaluation, sessions: LabelledSessions, recorded: readonly boolean[]): CreditReason[] {
  const reasons: CreditReason[] = [];
  const step = formatHundredths(rule.step);
  const { present, excluded, counted, cappedAt, sessionUnits, sessionCredits } = evaluation;
  for (let i = 0; i < present.length; i++) {
    const minutesPresent = present[i] as number;
    const { index, date } = sessions.list[i] as CreditSession;
    const label = sessions.labels[i] as string;
    if (minutesPresent === 0) {
      const known = recorded[i] === true;
      reasons.push({ code: 'session_missed', session: index, date, recorded: known, message: (known ? sessions.absent[i] : sessions.unrecorded[i]) as string });
      continue;
    }
    const creditsHundredths = sessionCredits[i] as number | null;
    const amount = creditsHundredths === null ? null : formatHundredths(creditsHundredths);
    if (evaluation.incomplete[i] === true) {
      const durationMinutes = sessions.list[i]?.durationMinutes as number;
      const message = `${label}: present ${minutesPresent} of ${sessions.lengths[i] as string}, not the whole session; only a session attended in its entirety earns credit, so none of it counts.`;
      reasons.push({ code: 'session_incomplete', session: index, date, minutesPresent, durationMinutes, credits: amount, message });
      continue;
    }
    const minutesCounted = counted[i] as number;
    const excludedMinutes = excluded[i] as number;
    const message = attendedMessage(label, minutesPresent, excludedMinutes, minutesCounted, sessions.lengths[i] as string, amount);
    reasons.push({ code: 'session_attended', session: index, date, minutesPresent, excludedMinutes, minutesCounted, credits: amount, message });
    const cappedHundredths = cappedAt[i] as number | null;
    if (cappedHundredths !== null) {
      const cap = formatHundredths(cappedHundredths);
      reasons.push({ code: 'session_cap_applied', session: index, cap, message: `${label}: capped at ${credits(cap)}, the most one session may earn.` });
    }
    if (amount !== null && (sessionUnits[i] as number) % (60 * rule.step) !== 0) {
      reasons.push({ code: 'rounded', session: index, minutes: minutesCounted, credits: amount, rounding: rule.rounding, step, message: roundedMessage(rule, label, minutesCounted, amount) });
    }
  }
  if (rule.basis === 'activity' && evaluation.units % (60 * rule.step) !== 0) {
    reasons.push(roundedReason(rule, null, 'In all', evaluation.minutesCounted, evaluation.credits, step));
  }
  return reasons;
}

function roundedMessage(rule: ResolvedRule, label: string, counted: number, result: string): string {
  return `${label}: ${minutes(counted)} counted; ${rule.roundingPhrase}: ${credits(result)}.`;
}

function roundedReason(rule: ResolvedRule, session: number | null, label: string, counted: number, amount: number, step: string): CreditReason {
  const result = formatHundredths(amount);
  return { code: 'rounded', session, minutes: counted, credits: result, rounding: rule.rounding, step, message: roundedMessage(rule, label, counted, result) };
}
