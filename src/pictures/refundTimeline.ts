import * as z from 'zod/mini';
import type { DeepReadonly } from '../_lib/types.js';
import { epochMsToInstant, instantToEpochMs } from '../_lib/instant.js';
import { validate } from '../_lib/validate.js';
import { formatMoney } from '../money/index.js';
import { InstantSchema } from '../common/schemas.js';
import { ValidationError } from '../errors/ValidationError.js';
import {
  quoteRefund,
  compileRefundPolicy,
  RefundRegistrationSchema,
  resolveDeadline,
  type Cancellation,
  type RefundPolicy,
  type RefundPolicyInput,
  type RefundQuote,
  type RefundRegistration,
} from '../refunds/index.js';

/**
 * Options of {@link refundTimeline}: the span of cancellation instants to
 * show. By default it runs from 30 days before the policy's first deadline
 * to 30 days after its last.
 *
 * @example
 * ```ts
 * import { RefundTimelineOptionsSchema } from 'balint-rules/pictures';
 *
 * RefundTimelineOptionsSchema.safeParse({ from: '2026-02-01T00:00:00Z', until: '2026-04-01T00:00:00Z' }).success;
 * //=> true
 * ```
 */
export const RefundTimelineOptionsSchema = z.strictObject({ from: z.optional(InstantSchema), until: z.optional(InstantSchema) });

/**
 * Options of {@link refundTimeline}, see {@link RefundTimelineOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { RefundTimelineOptions } from 'balint-rules/pictures';
 *
 * const options: RefundTimelineOptions = { from: '2026-02-01T00:00:00Z' };
 * ```
 */
export type RefundTimelineOptions = z.input<typeof RefundTimelineOptionsSchema>;

/**
 * A cancellation without its instants: who, why, in writing, cancel or
 * transfer. The timeline varies the instant it is received.
 *
 * @example
 * ```ts
 * import type { CancellationFacts } from 'balint-rules/pictures';
 *
 * const facts: CancellationFacts = { by: 'registrant', inWriting: true };
 * ```
 */
export type CancellationFacts = Omit<Cancellation, 'at' | 'acknowledgedAt'>;

/**
 * One deadline of the policy placed in time: `endsAt` (the first instant
 * too late, as `resolveDeadline` gives it) and the phrase saying when it is
 * in the policy's zone (`by the end of March 12, 2026 (America/Los_Angeles)`).
 *
 * @example
 * ```ts
 * import type { TimelineDeadline } from 'balint-rules/pictures';
 *
 * const deadline: TimelineDeadline = { endsAt: '2026-03-13T07:00:00.000Z', label: 'by the end of March 12, 2026 (America/Los_Angeles)' };
 * ```
 */
export interface TimelineDeadline {
  readonly endsAt: string;
  readonly label: string;
}

/**
 * One step of the timeline: a cancellation received from `from` (inclusive)
 * until `until` (exclusive; the last step includes it) gets `quote`, which
 * `back` says in a few words (`$775.00 back, $100.00 withheld`, `nothing back`).
 *
 * @example
 * ```ts
 * import type { RefundStep } from 'balint-rules/pictures';
 *
 * const first = (steps: readonly RefundStep[]) => steps[0]?.quote.refund;
 * ```
 */
export interface RefundStep {
  readonly from: string;
  readonly until: string;
  readonly quote: RefundQuote;
  readonly back: string;
}

/** What a quote gives back, in words: `$775.00 back, $100.00 withheld`, `$250.00 as credit`, `nothing back`. */
function backText(q: RefundQuote): string {
  const parts: string[] = [];
  if (Number(q.refund.amount) > 0) parts.push(`${formatMoney(q.refund)} back`);
  if (Number(q.credit.amount) > 0) parts.push(`${formatMoney(q.credit)} as credit`);
  if (q.transferAllowed) parts.push('the place may be transferred');
  if (parts.length === 0) parts.push('nothing back');
  if (Number(q.withheld.amount) > 0) parts.push(`${formatMoney(q.withheld)} withheld`);
  return parts.join(', ');
}

/**
 * The answer of {@link refundTimeline}: the policy's zone, the span, the
 * deadlines and the steps.
 *
 * @example
 * ```ts
 * import type { RefundTimeline } from 'balint-rules/pictures';
 *
 * const count = (t: RefundTimeline) => t.steps.length;
 * ```
 */
export interface RefundTimeline {
  readonly timeZone: string;
  readonly from: string;
  readonly until: string;
  readonly deadlines: readonly TimelineDeadline[];
  readonly steps: readonly RefundStep[];
}

const DAY_MS = 86_400_000;

/** The policy's deadlines in time, earliest first; deadlines that end at the same instant share one entry. */
function deadlinesOf(p: DeepReadonly<RefundPolicy>, registration: DeepReadonly<RefundRegistration>): TimelineDeadline[] {
  const context = registration.firstSessionStart === undefined
    ? { timeZone: p.timeZone }
    : { timeZone: p.timeZone, firstSessionStart: registration.firstSessionStart };
  const byEnd = new Map<number, string[]>();
  for (const rule of p.rules) {
    for (const deadline of [rule.when.receivedBy, rule.when.receivedAfter]) {
      if (deadline === undefined) continue;
      const resolved = resolveDeadline(deadline, context);
      const ms = instantToEpochMs(resolved.endsAt);
      const labels = byEnd.get(ms) ?? [];
      if (!labels.includes(resolved.by)) labels.push(resolved.by);
      byEnd.set(ms, labels);
    }
  }
  return [...byEnd.entries()].sort(([a], [b]) => a - b).map(([ms, labels]) => ({ endsAt: epochMsToInstant(ms), label: labels.join('; ') }));
}

/**
 * What a cancellation gets back as a function of when it is received, as
 * steps: the amount can change only at the policy's deadlines, so the
 * timeline quotes once per span between them (with `quoteRefund`) and lists
 * the deadlines, each with the phrase that says when it is in the policy's
 * zone. The data behind {@link refundTimelineSvg}.
 *
 * @param policy - the refund policy
 * @param registration - what was paid (and the first session's start, for deadlines counted from it)
 * @param cancellation - who cancels, why, in writing or not (everything but the instants)
 * @param options - the span, see {@link RefundTimelineOptionsSchema}
 * @throws {ValidationError} on invalid input, or when the policy has no deadline and no span is given
 *
 * @example
 * ```ts
 * import { refundTimeline } from 'balint-rules/pictures';
 *
 * const timeline = refundTimeline({
 *   timeZone: 'America/Los_Angeles',
 *   rules: [{ when: { cancelledBy: 'registrant', inWriting: true, receivedBy: { kind: 'date', date: '2026-03-12' } },
 *             outcome: { kind: 'refund', percent: '100', withhold: { amount: '100.00', currency: 'USD' } } }],
 *   otherwise: { kind: 'none' },
 * }, { paid: { amount: '875.00', currency: 'USD' } }, { by: 'registrant', inWriting: true });
 * timeline.deadlines;
 * //=> [{ endsAt: '2026-03-13T07:00:00.000Z', label: 'by the end of March 12, 2026 (America/Los_Angeles)' }]
 * timeline.steps.map((s) => [s.from, s.quote.refund.amount]);
 * //=> [['2026-02-11T07:00:00.000Z', '775.00'], ['2026-03-13T07:00:00.000Z', '0.00']]
 * ```
 */
export function refundTimeline(
  policy: DeepReadonly<RefundPolicyInput>,
  registration: DeepReadonly<RefundRegistration>,
  cancellation: DeepReadonly<CancellationFacts>,
  options: RefundTimelineOptions = {},
): RefundTimeline {
  // Compiled once here, so the quote of each step does not validate the policy again.
  const p = compileRefundPolicy(policy);
  const span = validate(RefundTimelineOptionsSchema, options, 'timeline options');
  const deadlines = deadlinesOf(p, validate(RefundRegistrationSchema, registration, 'registration'));
  const first = deadlines[0];
  const last = deadlines.at(-1);
  if ((span.from === undefined || span.until === undefined) && (first === undefined || last === undefined)) {
    throw new ValidationError('timeline options', [
      { path: [span.from === undefined ? 'from' : 'until'], code: 'custom', message: 'is required: the policy has no deadline to place the timeline around' },
    ]);
  }
  const fromMs = span.from === undefined ? instantToEpochMs(first?.endsAt ?? '') - 30 * DAY_MS : instantToEpochMs(span.from);
  const untilMs = span.until === undefined ? instantToEpochMs(last?.endsAt ?? '') + 30 * DAY_MS : instantToEpochMs(span.until);
  if (untilMs <= fromMs) {
    throw new ValidationError('timeline options', [{ path: ['until'], code: 'custom', message: 'must be after from' }]);
  }
  const starts = [fromMs, ...deadlines.map((d) => instantToEpochMs(d.endsAt)).filter((ms) => ms > fromMs && ms < untilMs)];
  const steps = starts.map((ms, i) => {
    const quote = quoteRefund(p, registration, { ...cancellation, at: epochMsToInstant(ms) } as Cancellation);
    return { from: epochMsToInstant(ms), until: epochMsToInstant(starts[i + 1] ?? untilMs), quote, back: backText(quote) };
  });
  return { timeZone: p.timeZone, from: epochMsToInstant(fromMs), until: epochMsToInstant(untilMs), deadlines, steps };
}
