/** When registration opens and closes: the schema and its one evaluator (shared by capacity and fees). */
import * as z from 'zod/mini';
import { parseDays } from './civil.js';
import { startOfLocalDay } from './deadline.js';
import { epochMsToInstant, instantToEpochMs } from './instant.js';
import { formatLongDate } from './prose.js';
import { InstantSchema, LocalDateSchema, TimeZoneSchema } from '../common/schemas.js';

/**
 * A local date in a time zone. As a window's opening it means the start of
 * that day; as its closing, the end of that day ("registration closes March
 * 12, 2025": registrations through the end of March 12 count).
 *
 * @example
 * ```ts
 * import { WindowDateSchema } from 'balint-rules/capacity';
 *
 * WindowDateSchema.parse({ date: '2025-03-12', timeZone: 'america/los_angeles' });
 * //=> { date: '2025-03-12', timeZone: 'America/Los_Angeles' }
 * ```
 */
export const WindowDateSchema = z.strictObject({ date: LocalDateSchema, timeZone: TimeZoneSchema });

/** One end of a window: a local date in a zone, or an ISO-8601 instant. */
const BoundarySchema = z.union([WindowDateSchema, InstantSchema]);

type Boundary = z.output<typeof BoundarySchema>;

/** The instant (epoch ms) a boundary stands for: the start of its day, or the end of it for a closing date. */
function boundaryMs(boundary: Boundary, end: 'opens' | 'closes'): number {
  if (typeof boundary === 'string') return instantToEpochMs(boundary);
  const days = parseDays(boundary.date);
  return startOfLocalDay(end === 'closes' ? days + 1 : days, boundary.timeZone);
}

/**
 * When registration is open: `opens` (absent: open from the start) and
 * `closes` (absent: open until the group is full or the organizer stops it).
 * Each is a local date in a zone or an instant:
 *
 * - `opens: { date, timeZone }`: open from the start of that day there;
 * - `closes: { date, timeZone }`: open through the end of that day there
 *   (inclusive), as the ABS's pages write a registration deadline;
 * - an instant: open from that instant on, or closed from that instant on
 *   (a registration at exactly the closing instant is too late).
 *
 * Strict: an unknown key is refused with "did you mean" (`close` for `closes`).
 * A window that closes before it opens is refused.
 *
 * @example
 * ```ts
 * import { RegistrationWindowSchema } from 'balint-rules/capacity';
 *
 * // The 2025 Spokane intensive: registration deadline March 12, 2025.
 * RegistrationWindowSchema.parse({ closes: { date: '2025-03-12', timeZone: 'America/Los_Angeles' } });
 * //=> { closes: { date: '2025-03-12', timeZone: 'America/Los_Angeles' } }
 * RegistrationWindowSchema.safeParse({ opens: '2025-03-01T00:00:00Z', closes: '2025-02-01T00:00:00Z' }).success;
 * //=> false
 * ```
 */
export const RegistrationWindowSchema = z
  .strictObject({ opens: z.optional(BoundarySchema), closes: z.optional(BoundarySchema) })
  .check(
    z.refine((w) => w.opens === undefined || w.closes === undefined || boundaryMs(w.opens, 'opens') < boundaryMs(w.closes, 'closes'), {
      message: 'must be after the window opens',
      path: ['closes'],
      // Only once both ends are valid: an unknown zone has no instants to compare.
      when: (payload) => payload.issues.length === 0,
    }),
  );

/**
 * A registration window, see {@link RegistrationWindowSchema}.
 *
 * @example
 * ```ts
 * import type { RegistrationWindow } from 'balint-rules/capacity';
 *
 * const spokane2025: RegistrationWindow = { closes: { date: '2025-03-12', timeZone: 'America/Los_Angeles' } };
 * ```
 */
export type RegistrationWindow = z.output<typeof RegistrationWindowSchema>;

/**
 * Whether registration is open at an instant: `status` is `open`,
 * `not_open_yet` or `closed`; when not open, the reason code, the instant
 * the window opens or closed, and a sentence.
 *
 * @example
 * ```ts
 * import type { RegistrationWindowStatus } from 'balint-rules/capacity';
 *
 * const closed: RegistrationWindowStatus = { status: 'closed', code: 'registration_closed', boundaryAt: '2025-03-13T07:00:00.000Z',
 *   message: 'Registration closed at the end of March 12, 2025 (America/Los_Angeles).' };
 * ```
 */
export type RegistrationWindowStatus =
  | { readonly status: 'open' }
  | ({
      /** The instant registration opens (`not_open_yet`) or closed (`closed`). */
      readonly boundaryAt: string;
      /** "Registration closed at the end of March 12, 2025 (America/Los_Angeles)." and the like. */
      readonly message: string;
    } & (
      | { readonly status: 'not_open_yet'; readonly code: 'registration_not_open_yet' }
      | { readonly status: 'closed'; readonly code: 'registration_closed' }
    ));

function describe(boundary: Boundary, end: 'opens' | 'closes'): string {
  if (typeof boundary === 'string') return `at ${boundary}`;
  const when = `${formatLongDate(parseDays(boundary.date))} (${boundary.timeZone})`;
  return end === 'closes' ? `at the end of ${when}` : `at the start of ${when}`;
}

/**
 * The one evaluator of a validated window at an instant (epoch ms).
 * `subject` names what the window opens and closes in its sentences
 * ("Registration", or "Transfers" for a transfer closing).
 */
export function windowStatus(window: RegistrationWindow, atMs: number, subject = 'Registration'): RegistrationWindowStatus {
  if (window.opens !== undefined) {
    const opensMs = boundaryMs(window.opens, 'opens');
    if (atMs < opensMs) {
      return { status: 'not_open_yet', code: 'registration_not_open_yet', boundaryAt: epochMsToInstant(opensMs), message: `${subject} opens ${describe(window.opens, 'opens')}.` };
    }
  }
  if (window.closes !== undefined) {
    const closesMs = boundaryMs(window.closes, 'closes');
    if (atMs >= closesMs) {
      return { status: 'closed', code: 'registration_closed', boundaryAt: epochMsToInstant(closesMs), message: `${subject} closed ${describe(window.closes, 'closes')}.` };
    }
  }
  return { status: 'open' };
}
