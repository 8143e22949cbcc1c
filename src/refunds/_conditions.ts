/** Evaluation of a rule's conditions against the facts of one cancellation. */
import { deadlineEnd, type DeadlineEnd } from '../_lib/deadline.js';
import type * as z from 'zod/mini';
import type { RefundDeadline } from '../_lib/deadlineSchema.js';
import type { PreparedRule } from './_prepared.js';
import { plural } from '../_lib/prose.js';
import type { RefundReason, RefundReasonCode } from './reasons.js';
import type { CancellationSchema } from './cancellation.js';

type ValidCancellation = z.output<typeof CancellationSchema>;

/** The facts of a cancellation, validated and placed in time. */
export interface Facts {
  readonly by: ValidCancellation['by'];
  readonly reason: ValidCancellation['reason'];
  readonly request: ValidCancellation['request'];
  readonly inWriting: ValidCancellation['inWriting'];
  readonly receivedMs: number;
  readonly sessionsAttended: number;
  readonly zone: string;
  readonly firstSessionMs: number | undefined;
}

/** `insufficient_registrants` -> `insufficient registrants`. */
export function humanize(code: string): string {
  return code.replace(/[_-]+/g, ' ');
}

function check(rule: number, held: boolean, code: RefundReasonCode, message: string): RefundReason {
  return { code, rule, held, message };
}

function timing(rule: number, deadline: RefundDeadline, fixed: DeadlineEnd | undefined, facts: Facts, after: boolean): RefundReason {
  const end = fixed ?? deadlineEnd(deadline, facts.zone, facts.firstSessionMs);
  const resolved = { endsAt: end.endsAt, by: end.by, after: end.after };
  const within = facts.receivedMs < end.endMs;
  const message = `the request was received ${within ? end.by : end.after}`;
  const held = after ? !within : within;
  const code = after ? (within ? 'received_before_start' : 'received_after_start') : within ? 'received_by_deadline' : 'received_after_deadline';
  return { code, rule, held, deadline: resolved, message };
}

/** Every condition of a rule checked, in a fixed order; the rule matches when all held. */
export function checkConditions(rule: number, prepared: PreparedRule, facts: Facts): RefundReason[] {
  const when = prepared.rule.when;
  const out: RefundReason[] = [];
  if (when.cancelledBy !== undefined) {
    const held = when.cancelledBy === facts.by;
    const text = `the cancellation was made by the ${facts.by}${held ? '' : `, not the ${when.cancelledBy}`}`;
    out.push(check(rule, held, held ? 'cancelled_by_party' : 'cancelled_by_other_party', text));
  }
  if (when.reasons !== undefined) {
    const covered = prepared.covered;
    const held = facts.reason !== undefined && when.reasons.includes(facts.reason);
    const text =
      facts.reason === undefined
        ? `no reason was given (the rule covers ${covered})`
        : held
          ? `the reason was ${humanize(facts.reason)}`
          : `the reason, ${humanize(facts.reason)}, is not one the rule covers (${covered})`;
    out.push(check(rule, held, held ? 'reason_covered' : 'reason_not_covered', text));
  }
  if (when.inWriting !== undefined) {
    const held = when.inWriting === facts.inWriting;
    const text = facts.inWriting ? 'the request was in writing' : 'the request was not in writing';
    out.push(check(rule, held, held ? 'writing_as_required' : facts.inWriting ? 'in_writing' : 'not_in_writing', text));
  }
  if (when.request !== undefined) {
    const held = when.request === facts.request;
    const asked = facts.request === 'transfer' ? 'a transfer to a colleague' : 'a cancellation';
    const wanted = when.request === 'transfer' ? 'a transfer to a colleague' : 'a cancellation';
    out.push(check(rule, held, held ? 'request_matches' : 'request_differs', `${asked} was requested${held ? '' : `, not ${wanted}`}`));
  }
  if (when.receivedAfter !== undefined) out.push(timing(rule, when.receivedAfter, prepared.receivedAfter, facts, true));
  if (when.receivedBy !== undefined) out.push(timing(rule, when.receivedBy, prepared.receivedBy, facts, false));
  if (when.sessionsAttended !== undefined) {
    const { min = 0, max } = when.sessionsAttended;
    const n = facts.sessionsAttended;
    const held = n >= min && (max === undefined || n <= max);
    const range = max === undefined ? `at least ${min}` : min === max ? `exactly ${min}` : `${min} to ${max}`;
    const text = `${plural(n, 'session')} ${n === 1 ? 'was' : 'were'} attended (the rule covers ${range})`;
    out.push(check(rule, held, held ? 'attendance_in_range' : 'attendance_out_of_range', text));
  }
  return out;
}
