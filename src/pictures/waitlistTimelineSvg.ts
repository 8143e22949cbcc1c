import * as z from 'zod/mini';
import { pad } from '../_lib/civil.js';
import type { DeepReadonly } from '../_lib/types.js';
import { instantToEpochMs } from '../_lib/instant.js';
import { validate } from '../_lib/validate.js';
import { instantToWall } from '../_lib/zone.js';
import { replayRegistrations, CapacityPolicySchema, type CapacityPolicyInput, type RegistrationEvent, type RosterState } from '../capacity/index.js';
import { InstantSchema, TimeZoneSchema } from '../common/schemas.js';
import { dayText, el, labelled, svgDocument, text } from './_svg.js';

/**
 * Options of {@link waitlistTimelineSvg}: the zone the events' times are
 * written in (default UTC), and `at`, an instant no earlier than the last
 * event: a last column shows the roster as of then (offers whose claim
 * hours ran out by then expired, as `replayRegistrations` with `at` has it).
 *
 * @example
 * ```ts
 * import { WaitlistTimelineOptionsSchema } from 'balint-rules/pictures';
 *
 * WaitlistTimelineOptionsSchema.parse({ timeZone: 'america/new_york' });
 * //=> { timeZone: 'America/New_York' }
 * ```
 */
export const WaitlistTimelineOptionsSchema = z.strictObject({ timeZone: z.optional(TimeZoneSchema), at: z.optional(InstantSchema) });

/**
 * Options of {@link waitlistTimelineSvg}, see {@link WaitlistTimelineOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { WaitlistTimelineOptions } from 'balint-rules/pictures';
 *
 * const options: WaitlistTimelineOptions = { timeZone: 'America/New_York' };
 * ```
 */
export type WaitlistTimelineOptions = z.input<typeof WaitlistTimelineOptionsSchema>;

const LEFT = 56;
const TOP = 48;
const PLOT_H = 180;

/** What each kind of event says a registrant does (a transfer names the colleague). */
const VERBS = { register: 'registers', cancel: 'cancels', accept: 'accepts the offered seat', decline: 'declines the offered seat' } as const;

/**
 * A registration log replayed as SVG text: one column per event, in order,
 * showing the seats taken (blue), the seats held for a waitlist offer
 * (purple, policies with `waitlistOffers`) and the waitlist (orange), stacked
 * in that order, after it, with the number of seats as a line. Each column
 * is a group with an `aria-label` and `<title>` giving the event, when it
 * happened (in `timeZone`), what was decided (the replay's messages:
 * confirmed, waitlisted, moved up from the waitlist, offered a seat, ...) and
 * the counts after it, which it also carries as `data-confirmed`,
 * `data-offered` and `data-waitlisted`. With `at`, a last column (class
 * `at`) shows the roster as of that instant.
 *
 * The counts are those of `replayRegistrations` on the log up to each
 * event. Pure: no DOM, no clock; the same input always gives the same text.
 *
 * @param policy - seats, waitlist and minimum, as for `replayRegistrations`
 * @param events - the registration log, in the order it happened
 * @param options - see {@link WaitlistTimelineOptionsSchema}
 * @returns the SVG document
 * @throws {ValidationError} when the policy, the log or the options are not valid
 *
 * @example
 * ```ts
 * import { waitlistTimelineSvg } from 'balint-rules/pictures';
 *
 * const svg = waitlistTimelineSvg({ maxSeats: 2 }, [
 *   { kind: 'register', registrantId: 'ana', at: '2026-02-01T15:00:00Z' },
 *   { kind: 'register', registrantId: 'ben', at: '2026-02-01T16:00:00Z' },
 *   { kind: 'register', registrantId: 'cai', at: '2026-02-02T09:00:00Z' },
 *   { kind: 'cancel', registrantId: 'ana', at: '2026-03-01T12:00:00Z' },
 * ]);
 * svg.match(/data-waitlisted="\d+"/g);
 * //=> ['data-waitlisted="0"', 'data-waitlisted="0"', 'data-waitlisted="1"', 'data-waitlisted="0"']
 * svg.includes('cai moves up from the waitlist');
 * //=> true
 * ```
 */
export function waitlistTimelineSvg(
  policy: DeepReadonly<CapacityPolicyInput>,
  events: DeepReadonly<RegistrationEvent[]>,
  options: WaitlistTimelineOptions = {},
): string {
  const o = validate(WaitlistTimelineOptionsSchema, options, 'timeline options');
  const zone = o.timeZone ?? 'UTC';
  const final = replayRegistrations(policy, events, o.at === undefined ? {} : { at: o.at });
  const seats = validate(CapacityPolicySchema, policy, 'capacity policy').maxSeats;
  const states = events.map((_, i) => (i === events.length - 1 && o.at === undefined ? final : replayRegistrations(policy, events.slice(0, i + 1))));
  const columns = states.length + (o.at === undefined ? 0 : 1);
  const cw = Math.max(10, Math.min(48, Math.floor(600 / Math.max(columns, 1))));
  const right = LEFT + columns * cw;
  const width = Math.max(640, right + 40);
  const bottom = TOP + PLOT_H;
  const max = Math.max(1, seats ?? 0, ...[...states, final].map((s) => s.confirmed.length + s.offers.length + s.waitlist.length));
  const h = (count: number): number => (count / max) * PLOT_H;
  const when = (instant: string): string => {
    const wall = instantToWall(instantToEpochMs(instant), zone);
    const minutes = Math.floor(wall.msOfDay / 60_000);
    return `${dayText(wall.days)} ${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)} ${zone}`;
  };
  const counts = (state: RosterState): string => `${state.confirmed.length} confirmed, ${state.offers.length > 0 ? `${state.offers.length} held for an offer, ` : ''}${state.waitlist.length} waiting`;
  const body: string[] = [
    el('line', { x1: LEFT, y1: bottom, x2: right, y2: bottom, stroke: '#57606a' }),
    el('line', { x1: LEFT, y1: TOP, x2: LEFT, y2: bottom, stroke: '#57606a' }),
    text({ x: LEFT - 6, y: bottom + 4, 'text-anchor': 'end' }, '0'),
    text({ x: LEFT - 6, y: TOP + 4, 'text-anchor': 'end' }, String(max)),
  ];
  /** One column: the roster after an event (or as of `at`), stacked confirmed, held, waiting. */
  const column = (i: number, state: RosterState, className: string, said: string, mark: string): string => {
    const x = LEFT + i * cw;
    const [c, held, w] = [state.confirmed.length, state.offers.length, state.waitlist.length];
    const decided = state.decisions.filter((d) => d.eventIndex === i).map((d) => d.message);
    const label = `${said} ${decided.join(' ')}${decided.length > 0 ? ' ' : ''}Then ${counts(state)}.`;
    return labelled({ class: className, 'data-confirmed': c, 'data-offered': held, 'data-waitlisted': w }, label,
      el('rect', { x: x + 1, y: bottom - h(c), width: cw - 2, height: h(c), fill: '#1f6feb' }),
      el('rect', { x: x + 1, y: bottom - h(c) - h(held), width: cw - 2, height: h(held), fill: '#8250df' }),
      el('rect', { x: x + 1, y: bottom - h(c) - h(held) - h(w), width: cw - 2, height: h(w), fill: '#fb8f44' }),
      ...(cw >= 16 ? [text({ x: x + cw / 2, y: bottom + 14, 'text-anchor': 'middle', fill: '#57606a' }, mark)] : []));
  };
  states.forEach((state, i) => {
    const event = events[i];
    if (event === undefined) return;
    body.push(column(i, state, 'event', `Event ${i + 1}, ${when(event.at)}: ${event.registrantId} ${event.kind === 'transfer' ? `transfers to ${event.to}` : VERBS[event.kind]}.`, String(i + 1)));
  });
  if (o.at !== undefined) body.push(column(states.length, final, 'at', `As of ${when(o.at)}:`, '…'));
  if (seats !== undefined) {
    body.push(labelled({ class: 'seats' }, `${seats} seats`,
      el('line', { x1: LEFT, y1: bottom - h(seats), x2: right, y2: bottom - h(seats), stroke: '#cf222e', 'stroke-dasharray': '4 3' }),
      text({ x: right + 4, y: bottom - h(seats) + 4 }, String(seats))));
  }
  const first = events[0];
  const last = events.at(-1);
  if (first !== undefined && last !== undefined) {
    // Two lines, so a long zone name stays inside the picture.
    body.push(text({ x: LEFT, y: bottom + 30 }, `events in order, from ${when(first.at)}`), text({ x: LEFT, y: bottom + 46 }, `to ${when(last.at)}${o.at === undefined ? '' : `, then as of ${when(o.at)}`}`));
  }
  body.push(
    el('rect', { x: LEFT, y: bottom + 56, width: 12, height: 12, fill: '#1f6feb' }), text({ x: LEFT + 16, y: bottom + 66 }, 'confirmed'),
    el('rect', { x: LEFT + 90, y: bottom + 56, width: 12, height: 12, fill: '#8250df' }), text({ x: LEFT + 106, y: bottom + 66 }, 'held for an offer'),
    el('rect', { x: LEFT + 230, y: bottom + 56, width: 12, height: 12, fill: '#fb8f44' }), text({ x: LEFT + 246, y: bottom + 66 }, 'waitlist'),
  );
  const n = states.length;
  const title = `Seats and waitlist over ${n} registration event${n === 1 ? '' : 's'}: ${counts(final)} ${o.at === undefined ? 'at the end' : `as of ${when(o.at)}`}`;
  const held = final.offers.length === 0 ? '' : `; held for an offer: ${final.offers.map((x) => x.registrantId).join(', ')}`;
  const description = `${seats === undefined ? 'No seat limit' : `${seats} seats`}; ${o.at === undefined ? 'after the last event' : `as of ${when(o.at)}`}: confirmed ${final.confirmed.join(', ') || 'nobody'}${held}; waitlist ${final.waitlist.join(', ') || 'empty'}.`;
  return svgDocument(width, bottom + 80, title, description, [text({ x: 16, y: 24, 'font-size': 15, 'font-weight': 'bold' }, `Seats and waitlist: ${counts(final)}`), ...body]);
}
