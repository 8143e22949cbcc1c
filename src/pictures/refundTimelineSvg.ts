import type { DeepReadonly } from '../_lib/types.js';
import { epochMsToInstant, instantToEpochMs } from '../_lib/instant.js';
import { instantToWall } from '../_lib/zone.js';
import { formatMoney } from '../money/index.js';
import type { RefundPolicyInput, RefundRegistration } from '../refunds/index.js';
import { dayText, el, labelled, svgDocument, text } from './_svg.js';
import { refundTimeline, type CancellationFacts, type RefundStep, type RefundTimelineOptions } from './refundTimeline.js';

const WIDTH = 680;
const LEFT = 90;
const RIGHT = WIDTH - 30;
const PLOT_H = 170;

/**
 * A refund policy's timeline as SVG text: the cash refund as a step chart
 * over the instant the cancellation is received, a dashed line at every
 * deadline labelled with when it falls in the policy's zone (`by the end of
 * March 12, 2026 (America/Los_Angeles)`), and the dates under the axis in
 * that zone. Each step is a group with an `aria-label` and `<title>` (`Received
 * February 10, 2026 through March 12, 2026: $775.00 back, $100.00 withheld`)
 * and carries its span and amounts as `data-from`, `data-until`,
 * `data-refund` and `data-credit`; the amounts are `quoteRefund`'s, see
 * {@link refundTimeline}.
 *
 * Pure: no DOM, no clock; the same input always gives the same text.
 *
 * @param policy - the refund policy
 * @param registration - what was paid (and the first session's start, for deadlines counted from it)
 * @param cancellation - who cancels, why, in writing or not
 * @param options - the span, see {@link RefundTimelineOptionsSchema}
 * @returns the SVG document
 * @throws {ValidationError} on invalid input
 *
 * @example
 * ```ts
 * import { refundTimelineSvg } from 'balint-rules/pictures';
 *
 * const svg = refundTimelineSvg({
 *   timeZone: 'America/Los_Angeles',
 *   rules: [{ when: { cancelledBy: 'registrant', inWriting: true, receivedBy: { kind: 'date', date: '2026-03-12' } },
 *             outcome: { kind: 'refund', percent: '100', withhold: { amount: '100.00', currency: 'USD' } } }],
 *   otherwise: { kind: 'none' },
 * }, { paid: { amount: '875.00', currency: 'USD' } }, { by: 'registrant', inWriting: true });
 * svg.includes('aria-label="Deadline: by the end of March 12, 2026 (America/Los_Angeles)"');
 * //=> true
 * svg.match(/data-refund="[^"]*"/g);
 * //=> ['data-refund="775.00"', 'data-refund="0.00"']
 * ```
 */
export function refundTimelineSvg(
  policy: DeepReadonly<RefundPolicyInput>,
  registration: DeepReadonly<RefundRegistration>,
  cancellation: DeepReadonly<CancellationFacts>,
  options: RefundTimelineOptions = {},
): string {
  const t = refundTimeline(policy, registration, cancellation, options);
  const fromMs = instantToEpochMs(t.from);
  const untilMs = instantToEpochMs(t.until);
  const top = 48 + 16 * t.deadlines.length;
  const bottom = top + PLOT_H;
  const paid = t.steps[0]?.quote.paid ?? { amount: '0', currency: 'USD' };
  const max = Math.max(Number(paid.amount), ...t.steps.map((s) => Math.max(Number(s.quote.refund.amount), Number(s.quote.credit.amount))), 1);
  const x = (ms: number): number => LEFT + ((ms - fromMs) / (untilMs - fromMs)) * (RIGHT - LEFT);
  const y = (amount: string): number => bottom - (Number(amount) / max) * PLOT_H;
  const local = (instant: string): string => dayText(instantToWall(instantToEpochMs(instant), t.timeZone).days);
  const body: string[] = [];
  body.push(
    el('line', { x1: LEFT, y1: bottom, x2: RIGHT, y2: bottom, stroke: '#57606a' }),
    el('line', { x1: LEFT, y1: top, x2: LEFT, y2: bottom, stroke: '#57606a' }),
    text({ x: LEFT - 6, y: bottom + 4, 'text-anchor': 'end' }, formatMoney({ amount: '0', currency: paid.currency })),
    text({ x: LEFT - 6, y: y(paid.amount) + 4, 'text-anchor': 'end' }, `${formatMoney(paid)} paid`),
    el('line', { x1: LEFT, y1: y(paid.amount), x2: RIGHT, y2: y(paid.amount), stroke: '#d0d7de', 'stroke-dasharray': '2 3' }),
    text({ x: LEFT, y: bottom + 18, 'text-anchor': 'start' }, local(t.from)),
    text({ x: RIGHT, y: bottom + 18, 'text-anchor': 'end' }, local(t.until)),
    text({ x: (LEFT + RIGHT) / 2, y: bottom + 36, 'text-anchor': 'middle', fill: '#57606a' }, `when the cancellation is received (dates in ${t.timeZone})`),
  );
  t.deadlines.forEach((d, i) => {
    const dx = x(instantToEpochMs(d.endsAt));
    if (dx < LEFT || dx > RIGHT) return;
    const labelY = 40 + 16 * i;
    body.push(labelled({ class: 'deadline', 'data-ends-at': d.endsAt }, `Deadline: ${d.label}`,
      el('line', { x1: dx, y1: labelY + 4, x2: dx, y2: bottom, stroke: '#cf222e', 'stroke-dasharray': '4 3' }),
      text({ x: dx + 4, y: labelY, fill: '#cf222e', 'text-anchor': dx > (LEFT + RIGHT) / 2 ? 'end' : 'start' }, d.label)));
  });
  t.steps.forEach((s: RefundStep, i) => {
    const x1 = x(instantToEpochMs(s.from));
    const x2 = x(instantToEpochMs(s.until));
    const sy = y(s.quote.refund.amount);
    const next = t.steps[i + 1];
    const through = next === undefined ? s.until : epochMsToInstant(instantToEpochMs(s.until) - 1);
    const label = `Received ${local(s.from)} through ${local(through)}: ${s.back}`;
    body.push(labelled({ class: 'step', 'data-from': s.from, 'data-until': s.until, 'data-refund': s.quote.refund.amount, 'data-credit': s.quote.credit.amount }, label,
      el('line', { x1, y1: sy, x2, y2: sy, stroke: '#1f6feb', 'stroke-width': 3 }),
      ...(next === undefined ? [] : [el('line', { x1: x2, y1: sy, x2, y2: y(next.quote.refund.amount), stroke: '#1f6feb', 'stroke-width': 1.5 })]),
      text({ x: (x1 + x2) / 2, y: sy - 6, 'text-anchor': 'middle' }, formatMoney(s.quote.refund))));
  });
  const title = `Refund by cancellation date: ${t.steps.map((s) => `${formatMoney(s.quote.refund)} from ${local(s.from)}`).join(', then ')}`;
  const description = `The cash refund of a ${formatMoney(paid)} registration by the date the cancellation is received, ${t.deadlines.length} deadline${t.deadlines.length === 1 ? '' : 's'} (${t.deadlines.map((d) => d.label).join('; ') || 'none'}).`;
  return svgDocument(WIDTH, bottom + 48, title, description, [text({ x: 16, y: 22, 'font-size': 15, 'font-weight': 'bold' }, 'Refund by cancellation date'), ...body]);
}
