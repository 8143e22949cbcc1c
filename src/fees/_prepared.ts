/**
 * A fee schedule prepared for quoting: validated, with every period's
 * deadline placed in time and every price normalised, formatted and parsed
 * once. `compileFeeSchedule` keeps the prepared form of a compiled schedule;
 * `quoteFee` prepares a raw schedule on each call, so both decide on the
 * same data. Internal.
 */
import { registry } from '../_lib/compiled.js';
import { validate } from '../_lib/validate.js';
import { mentionedCodes, type MentionedCodes } from '../eligibility/codes.js';
import { Dec, toMoney } from '../_lib/decimal.js';
import { unsafeFormatMoney as fmt } from '../money/formatMoney.js';
import type { Money } from '../money/schema.js';
import { deadlineEnd, type DeadlineEnd } from '../_lib/deadline.js';
import { FeeScheduleSchema, type FeeCategory, type FeeSchedule, type PricePeriod } from './schema.js';

/** A period with its deadline in time and its fixed messages. */
export interface PreparedPeriod {
  readonly period: PricePeriod;
  readonly end: DeadlineEnd | undefined;
  /** The `period_ended` message (with an end). */
  readonly ended: string;
  /** The `period_applies` message (without a registrant limit). */
  readonly applies: string;
}

/** A category's price in one period. */
export interface PreparedPrice {
  readonly money: Money;
  readonly value: Dec;
  /** The `category_qualified` message. */
  readonly qualified: string;
  /** The price as a reader sees it (`$875.00`). */
  readonly text: string;
}

/** A category with its price in each period, by period index. */
export interface PreparedCategory {
  readonly category: FeeCategory;
  readonly prices: readonly PreparedPrice[];
}

/** Everything `quoteFee` reads from a schedule. */
export interface PreparedSchedule {
  readonly schedule: FeeSchedule;
  readonly periods: readonly PreparedPeriod[];
  readonly categories: readonly PreparedCategory[];
  /** Whether a period counts registrants (then `position` is required). */
  readonly counts: boolean;
  /** The organizations and credentials the categories' rules mention. */
  readonly mentioned: MentionedCodes;
}

/** Prepares a validated schedule. */
export function prepareSchedule(s: FeeSchedule): PreparedSchedule {
  const like: Money = { amount: '0', currency: s.currency, ...(s.minorUnits === undefined ? {} : { minorUnits: s.minorUnits }) };
  const periods = s.periods.map((period): PreparedPeriod => {
    const end = period.until === undefined ? undefined : deadlineEnd(period.until, s.timeZone);
    return {
      period,
      end,
      ended: end === undefined ? '' : `${period.label} pricing ended: it applied to registrations ${end.by}.`,
      applies: `${period.label} pricing applies${end === undefined ? '' : ` to registrations ${end.by}`}.`,
    };
  });
  const categories = s.categories.map(
    (category): PreparedCategory => ({
      category,
      prices: s.periods.map((period): PreparedPrice => {
        const value = new Dec(category.prices[period.id] as string);
        const money = toMoney(value, like);
        const text = fmt(money);
        return { money, value, text, qualified: `You qualify for the ${category.label} price (${text}).` };
      }),
    }),
  );
  const mentioned = mentionedCodes(s.categories.flatMap((c) => (c.eligibility === undefined ? [] : [c.eligibility])));
  return { schedule: s, periods, categories, counts: s.periods.some((period) => period.firstRegistrants !== undefined), mentioned };
}

/** Compiled schedules, with their prepared form. */
export const compiledSchedules = registry<PreparedSchedule, 'FeeSchedule'>();

/** The prepared schedule: precomputed when `schedule` is compiled, else validated and prepared now. */
export function scheduleOf(schedule: unknown): PreparedSchedule {
  return compiledSchedules.get(schedule) ?? prepareSchedule(validate(FeeScheduleSchema, schedule, 'fee schedule'));
}
