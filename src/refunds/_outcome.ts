/** The money side of a refund outcome, and the clause that tells a registrant. */
import { assertNever } from '../_lib/assertNever.js';
import { formatDays, parseDays } from '../_lib/civil.js';
import { instantToWall } from '../_lib/zone.js';
import { Dec, dec, toMoney, zeroLike } from '../money/_decimal.js';
import { unsafeCompareMoney } from '../money/compareMoney.js';
import { unsafeFormatMoney as fmt } from '../money/formatMoney.js';
import { unsafePercentOf } from '../money/percentOf.js';
import type { Money } from '../money/schema.js';
import { formatLongDate, plural } from './_text.js';
import type { RefundReason } from './reasons.js';
import type { RefundDue, RefundOutcome } from './schema.js';

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

/** The amount a percentage-less-fee outcome yields: refundable part, fee actually withheld, and the rest. */
function fractionOf(paid: Money, percent: string, rounding: Parameters<typeof unsafePercentOf>[2], withhold: Money | undefined) {
  const part = unsafePercentOf(paid, percent, rounding);
  const fee = withhold === undefined ? zeroLike(paid) : unsafeCompareMoney(withhold, part) > 0 ? part : toMoney(dec(withhold), paid);
  return { part, withheld: fee, net: toMoney(dec(part).minus(dec(fee)), paid) };
}

const percentText = (p: string): string => new Dec(p).toString();

function details(percent: string, withheld: Money): string {
  const bits: string[] = [];
  if (!new Dec(percent).equals(100)) bits.push(`${percentText(percent)}% of it is refundable`);
  if (!dec(withheld).isZero()) bits.push(`${fmt(withheld)} is withheld as an administration fee`);
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

/** Settles `outcome` for `paid`; `rule` is the index reasons refer to (null: `otherwise`). */
export function settle(
  outcome: RefundOutcome,
  paid: Money,
  rule: number | null,
  timing: { zone: string; receivedMs: number; acknowledgedMs: number | undefined },
): Settlement {
  const zero = zeroLike(paid);
  switch (outcome.kind) {
    case 'refund': {
      const { withheld, net } = fractionOf(paid, outcome.percent, outcome.rounding, outcome.withhold);
      const reasons: RefundReason[] = [];
      const full = unsafeCompareMoney(net, paid) === 0;
      if (dec(net).isZero()) {
        const clause = dec(paid).isZero()
          ? 'nothing was paid, so nothing is refunded'
          : `nothing of the ${fmt(paid)} you paid is refunded${details(outcome.percent, withheld)}`;
        if (!dec(withheld).isZero()) reasons.push(feeReason(rule, withheld));
        reasons.push({ code: 'no_refund', rule, amount: zero, message: clause });
        return { refund: zero, credit: zero, withheld, due: null, reasons, clause };
      }
      const due = outcome.due === undefined ? null : dueDate(outcome.due, timing.zone, timing.receivedMs, timing.acknowledgedMs);
      const base = full ? `you will get back the full ${fmt(paid)} you paid` : `you will get back ${fmt(net)} of the ${fmt(paid)} you paid`;
      const clause = `${base}${full ? '' : details(outcome.percent, withheld)}${due === null ? '' : dueText(due)}`;
      if (!dec(withheld).isZero()) reasons.push(feeReason(rule, withheld));
      reasons.push({ code: full ? 'full_refund' : 'partial_refund', rule, amount: net, message: `${fmt(net)} is refunded` });
      return { refund: net, credit: zero, withheld, due, reasons, clause };
    }
    case 'credit': {
      const { withheld, net } = fractionOf(paid, outcome.percent, outcome.rounding, outcome.withhold);
      const until = outcome.validUntil === undefined ? '' : `, valid until ${formatLongDate(parseDays(outcome.validUntil))}`;
      const clause = dec(net).isZero()
        ? `no credit or refund is given${details(outcome.percent, withheld)}`
        : `you will receive a credit of ${fmt(net)} toward a future event instead of a refund${until}${details(outcome.percent, withheld)}`;
      const reasons: RefundReason[] = dec(withheld).isZero() ? [] : [feeReason(rule, withheld)];
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
