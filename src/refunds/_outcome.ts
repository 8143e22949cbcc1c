/** The money side of a refund outcome, and the clause that tells a registrant. */
import { assertNever } from '../_lib/assertNever.js';
import { formatDays, parseDays } from '../_lib/civil.js';
import { instantToWall } from '../_lib/zone.js';
import { dec, scaleOf, toMoney, type Dec } from '../_lib/decimal.js';
import { formatNormalized as fmt } from '../money/formatMoney.js';
import { unsafePercentOf } from '../money/percentOf.js';
import type { RoundingMode } from '../money/rounding.js';
import type { Money } from '../money/schema.js';
import type { PreparedOutcome } from './_prepared.js';
import { formatLongDate, plural } from '../_lib/prose.js';
import type { RefundReason } from './reasons.js';
import type { RefundDue } from './schema.js';

/**
 * When a refund is due, as data: within `days` days of the acknowledgement
 * (or receipt), and `by` that local date once the start is known.
 *
 * @example
 * ```ts
 * import type { RefundDueDate } from 'balint-rules/refunds';
 *
 * const due: RefundDueDate = { days: 30, after: 'acknowledgement', by: '2026-04-12' };
 * ```
 */
export interface RefundDueDate {
  /** Within this many days ... */
  readonly days: number;
  /** ... of the organizer's acknowledgement or of the receipt of the request. */
  readonly after: 'acknowledgement' | 'receipt';
  /** The last local date (policy zone) it is due by, when the start date is known. */
  readonly by?: string;
}

/** The settled amounts of an outcome. */
export interface Settlement {
  readonly refund: Money;
  readonly credit: Money;
  readonly withheld: Money;
  readonly due: RefundDueDate | null;
  readonly reasons: RefundReason[];
  /** Lower-case clause: "you will get back $775.00 of the $875.00 you paid (...)". */
  readonly clause: string;
}

/** Zero written with `scale` decimals, as `toMoney` writes it. */
function zeroText(scale: number): string {
  return scale === 0 ? '0' : `0.${'0'.repeat(scale)}`;
}

/** Money in the currency of `like` with an amount already written to its minor units. */
function sameAs(like: Money, amount: string): Money {
  return like.minorUnits === undefined ? { amount, currency: like.currency } : { amount, currency: like.currency, minorUnits: like.minorUnits };
}

/** The amounts a percentage-less-fee outcome yields: the fee actually withheld and the rest, with their values. */
function fractionOf(o: PreparedOutcome, paid: Money, paidValue: Dec, rounding: RoundingMode) {
  const part = o.hundred ? paid : unsafePercentOf(paid, (o.outcome as { percent: string }).percent, rounding);
  const partValue = o.hundred ? paidValue : dec(part);
  // Withheld: the fee, but never more than the refundable part.
  const capped = o.withholdValue !== undefined && o.withholdValue.greaterThan(partValue);
  const feeValue = o.withholdValue === undefined ? undefined : capped ? partValue : o.withholdValue;
  const withheld =
    o.withhold === undefined || feeValue === undefined
      ? sameAs(paid, zeroText(scaleOf(paid)))
      : capped
        ? sameAs(part, part.amount)
        : sameAs(paid, o.withhold.amount);
  const netValue = feeValue === undefined ? partValue : partValue.minus(feeValue);
  const net = feeValue === undefined ? (part === paid ? sameAs(paid, paid.amount) : part) : toMoney(netValue, paid);
  return { withheld, withheldZero: feeValue === undefined || feeValue.isZero(), net, netValue };
}

function details(o: PreparedOutcome, withheld: Money, withheldZero: boolean): string {
  const bits: string[] = [];
  if (!o.hundred) bits.push(`${o.percentText}% of it is refundable`);
  if (!withheldZero) bits.push(`${fmt(withheld)} is withheld as an administration fee`);
  return bits.length === 0 ? '' : ` (${bits.join('; ')})`;
}

function dueDate(due: RefundDue, zone: string, receivedMs: number, acknowledgedMs: number | undefined): RefundDueDate {
  const startMs = due.after === 'receipt' ? receivedMs : acknowledgedMs;
  if (startMs === undefined) return { days: due.days, after: due.after };
  return { days: due.days, after: due.after, by: formatDays(instantToWall(startMs, zone).days + due.days) };
}

function dueText(due: RefundDueDate): string {
  const of = due.after === 'receipt' ? 'its receipt' : 'the acknowledgement of the cancellation';
  const by = due.by === undefined ? '' : ` (by ${formatLongDate(parseDays(due.by))})`;
  return `, within ${plural(due.days, 'day')} of ${of}${by}`;
}

/**
 * Settles an outcome for `paid` (normalised, with its value); `rule` is the
 * index reasons refer to (null: `otherwise`).
 */
export function settle(
  o: PreparedOutcome,
  paid: Money,
  paidValue: Dec,
  rule: number | null,
  timing: { zone: string; receivedMs: number; acknowledgedMs: number | undefined },
): Settlement {
  const outcome = o.outcome;
  const zero = sameAs(paid, zeroText(scaleOf(paid)));
  switch (outcome.kind) {
    case 'refund': {
      const { withheld, withheldZero, net, netValue } = fractionOf(o, paid, paidValue, outcome.rounding);
      const reasons: RefundReason[] = [];
      const full = netValue.equals(paidValue);
      if (netValue.isZero()) {
        const clause = paidValue.isZero() ? 'nothing was paid, so nothing is refunded' : `nothing of the ${fmt(paid)} you paid is refunded${details(o, withheld, withheldZero)}`;
        if (!withheldZero) reasons.push(feeReason(rule, withheld));
        reasons.push({ code: 'no_refund', rule, amount: zero, message: clause });
        return { refund: zero, credit: zero, withheld, due: null, reasons, clause };
      }
      const due = outcome.due === undefined ? null : dueDate(outcome.due, timing.zone, timing.receivedMs, timing.acknowledgedMs);
      const base = full ? `you will get back the full ${fmt(paid)} you paid` : `you will get back ${fmt(net)} of the ${fmt(paid)} you paid`;
      const clause = `${base}${full ? '' : details(o, withheld, withheldZero)}${due === null ? '' : dueText(due)}`;
      if (!withheldZero) reasons.push(feeReason(rule, withheld));
      reasons.push({ code: full ? 'full_refund' : 'partial_refund', rule, amount: net, message: `${fmt(net)} is refunded` });
      return { refund: net, credit: zero, withheld, due, reasons, clause };
    }
    case 'credit': {
      const { withheld, withheldZero, net, netValue } = fractionOf(o, paid, paidValue, outcome.rounding);
      const clause = netValue.isZero()
        ? `no credit or refund is given${details(o, withheld, withheldZero)}`
        : `you will receive a credit of ${fmt(net)} toward a future event instead of a refund${o.validUntil}${details(o, withheld, withheldZero)}`;
      const reasons: RefundReason[] = withheldZero ? [] : [feeReason(rule, withheld)];
      reasons.push({ code: 'credit_issued', rule, amount: net, message: clause });
      return { refund: zero, credit: net, withheld, due: null, reasons, clause };
    }
    case 'transfer': {
      const clause = 'you may transfer your place to a colleague, and no refund is paid';
      return { refund: zero, credit: zero, withheld: zero, due: null, reasons: [{ code: 'transfer_allowed', rule, message: clause }], clause };
    }
    case 'none': {
      const clause = 'no refund is available';
      return { refund: zero, credit: zero, withheld: zero, due: null, reasons: [{ code: 'no_refund', rule, amount: zero, message: clause }], clause };
    }
    default:
      return assertNever(outcome);
  }
}

function feeReason(rule: number | null, withheld: Money): RefundReason {
  return { code: 'administration_fee_withheld', rule, amount: withheld, message: `${fmt(withheld)} is withheld as an administration fee` };
}
