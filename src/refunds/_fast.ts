/**
 * Fast acceptance checks for the registration and the cancellation
 * `quoteRefund` reads: for plainly valid input they return exactly what
 * `RefundRegistrationSchema` and `CancellationSchema` return (defaults
 * filled in, unknown keys dropped), for anything else `undefined` (the
 * caller validates with zod). A property test pins the equivalence.
 */
import { attempt, instantMs, isSafeInt, plainObject } from '../_lib/fast.js';
import { fastNonNegativeMoney } from '../money/_fast.js';
import type { Money } from '../money/schema.js';
import type { CancellingParty } from './cancellation.js';

/** A registration as `RefundRegistrationSchema` returns it. */
export interface ParsedRegistration {
  paid: Money;
  firstSessionStart?: string;
  sessionsAttended?: number;
}

/** A cancellation as `CancellationSchema` returns it. */
export interface ParsedCancellation {
  by: CancellingParty;
  reason?: string;
  request: 'cancel' | 'transfer';
  receivedAt: string;
  inWriting: boolean;
  acknowledgedAt?: string;
}

const isInstantString = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(instantMs(v));

function readRegistration(value: unknown): ParsedRegistration | undefined {
  if (!plainObject(value)) return undefined;
  const { paid, firstSessionStart, sessionsAttended } = value;
  const money = fastNonNegativeMoney(paid);
  if (money === undefined) return undefined;
  const out: ParsedRegistration = { paid: money };
  // A wall-clock first session start (an object) is left to zod.
  if (firstSessionStart !== undefined) {
    if (!isInstantString(firstSessionStart)) return undefined;
    out.firstSessionStart = firstSessionStart;
  } else if (Object.hasOwn(value, 'firstSessionStart')) return undefined;
  if (sessionsAttended !== undefined) {
    if (!isSafeInt(sessionsAttended) || sessionsAttended < 0) return undefined;
    out.sessionsAttended = sessionsAttended;
  } else if (Object.hasOwn(value, 'sessionsAttended')) return undefined;
  return out;
}

/** A cancellation read by the fast path, with its instants already read as epoch milliseconds. */
export interface TimedCancellation {
  readonly cancellation: ParsedCancellation;
  readonly receivedMs: number;
  readonly acknowledgedMs: number | undefined;
}

function readCancellation(value: unknown): TimedCancellation | undefined {
  if (!plainObject(value)) return undefined;
  const { by, reason, request, receivedAt, inWriting, acknowledgedAt } = value;
  if (by !== 'registrant' && by !== 'organizer') return undefined;
  if (reason !== undefined && typeof reason !== 'string') return undefined;
  if (request !== undefined && request !== 'cancel' && request !== 'transfer') return undefined;
  if (typeof receivedAt !== 'string') return undefined;
  const receivedMs = instantMs(receivedAt);
  if (Number.isNaN(receivedMs)) return undefined;
  if (inWriting !== undefined && typeof inWriting !== 'boolean') return undefined;
  let acknowledgedMs: number | undefined;
  if (acknowledgedAt !== undefined) {
    if (typeof acknowledgedAt !== 'string') return undefined;
    acknowledgedMs = instantMs(acknowledgedAt);
    if (Number.isNaN(acknowledgedMs)) return undefined;
  }
  // An optional key present with the value undefined is left to zod (which keeps the key); defaults fill it in.
  if ((reason === undefined && Object.hasOwn(value, 'reason')) || (acknowledgedAt === undefined && Object.hasOwn(value, 'acknowledgedAt'))) return undefined;
  const cancellation: ParsedCancellation =
    reason === undefined
      ? { by, request: request ?? 'cancel', receivedAt, inWriting: inWriting ?? false }
      : { by, reason, request: request ?? 'cancel', receivedAt, inWriting: inWriting ?? false };
  if (acknowledgedAt !== undefined) cancellation.acknowledgedAt = acknowledgedAt as string;
  return { cancellation, receivedMs, acknowledgedMs };
}

/** The registration zod would return for a plainly valid `value`, else `undefined`. */
export function fastRegistration(value: unknown): ParsedRegistration | undefined {
  return attempt(readRegistration, value);
}

/**
 * The cancellation zod would return for a plainly valid `value`, with the
 * epoch milliseconds of its instants (read once: reading them costs more
 * than the rest of the check), else `undefined`.
 */
export function fastTimedCancellation(value: unknown): TimedCancellation | undefined {
  return attempt(readCancellation, value);
}
