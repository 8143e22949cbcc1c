/**
 * Generated registrations for the registration benchmark, from the seeded
 * PRNG of `_measure.ts`, so every run decides the same registrations.
 *
 * Each registration has a profile (professions, clinically active or not,
 * ABS membership windows around the registration date), a registration
 * instant within a few days of the leadership intensive's early-bird
 * deadline (July 31, 2026, America/New_York), a cancellation received within
 * a few days of the New England intensive's refund deadline (September 15,
 * 2026, America/New_York), by the registrant or the organizer, and the
 * attendance of the online group's 8 sessions (full, partial, absent, or no
 * record). Instants are written with `Z` or with several UTC offsets, some
 * with milliseconds, and a few fall exactly on either side of a deadline.
 */
import { formatDays } from '../../src/_lib/civil.js';
import type { SessionAttendance } from '../../src/credits/index.js';
import type { Profession, ProfileMembership, RegistrantProfile } from '../../src/eligibility/index.js';
import type { Cancellation } from '../../src/refunds/index.js';
import { seeded } from '../_measure.js';

/** One generated registration: plain JSON, as an app would hold it. */
export interface Registration {
  readonly id: number;
  readonly profile: RegistrantProfile;
  /** When the registration was made (ISO-8601 with an offset). */
  readonly registeredAt: string;
  /** A cancellation of the registration (every registration has one, so every refund path is exercised). */
  readonly cancellation: Cancellation;
  /** Attendance of the online group's sessions, by session index. */
  readonly attendance: readonly SessionAttendance[];
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** The first instant after the early bird: midnight at the end of July 31, 2026 in New York (EDT, UTC-4). */
export const EARLY_BIRD_END_MS = Date.UTC(2026, 7, 1, 4);
/** The first instant after the refund deadline: midnight at the end of September 15, 2026 in New York (EDT). */
export const REFUND_DEADLINE_END_MS = Date.UTC(2026, 8, 16, 4);
/** The durations of the online group's sessions: 90 minutes, then seven of 60. */
export const SESSION_MINUTES: readonly number[] = [90, 60, 60, 60, 60, 60, 60, 60];

/** Weighted professions, a form's usual mix (weights sum to 100). */
const PROFESSION_WEIGHTS: readonly (readonly [Profession, number])[] = [
  ['physician', 34],
  ['nurse_practitioner', 9],
  ['psychologist', 11],
  ['social_worker', 9],
  ['other_mental_health_provider', 5],
  ['pastoral_care_provider', 2],
  ['veterinarian', 1],
  ['resident', 11],
  ['medical_student', 6],
  ['fellow', 4],
  ['educator', 3],
  ['other', 5],
];

/** Offsets (minutes east of UTC) an instant is written in: `Z`, New York, Los Angeles, Berlin, India. */
const OFFSETS: readonly (number | 'Z')[] = ['Z', 'Z', 'Z', -240, -240, -420, 120, 330];

/** `2026-07-31T20:00:00-04:00`: epoch ms written at a fixed offset (`Z` for UTC), with or without milliseconds. */
export function formatInstant(ms: number, offset: number | 'Z', withMillis: boolean): string {
  const minutes = offset === 'Z' ? 0 : offset;
  const wall = new Date(ms + minutes * 60_000).toISOString();
  const body = withMillis ? wall.slice(0, 23) : wall.slice(0, 19);
  if (offset === 'Z') return `${body}Z`;
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${body}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}

/**
 * `count` registrations from `seed`: the same list on every run.
 *
 * @example
 * ```ts
 * generateRegistrations(2, 1).length;
 * //=> 2
 * ```
 */
export function generateRegistrations(count: number, seed = 20260731): Registration[] {
  const random = seeded(seed);
  const chance = (p: number): boolean => random() < p;
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  function profession(): Profession {
    let n = random() * 100;
    for (const [p, w] of PROFESSION_WEIGHTS) {
      n -= w;
      if (n < 0) return p;
    }
    return 'other';
  }

  /** An instant within `spreadDays` of `endMs`; one in ten falls within a second of it, on either side. */
  function around(endMs: number, spreadDays: number): string {
    const withMillis = chance(0.3);
    let ms: number;
    if (chance(0.1)) ms = endMs + pick(withMillis ? [-1, 0, 1] : [-1000, 0, 1000]);
    else ms = endMs + Math.round((random() * 2 - 1) * spreadDays * DAY_MS);
    if (!withMillis) ms -= ((ms % 1000) + 1000) % 1000;
    return formatInstant(ms, pick(OFFSETS), withMillis);
  }

  /** ABS membership windows around day `day` (the registration's local date): none, current, lapsed, renewed, future. */
  function memberships(day: number): ProfileMembership[] {
    const kind = random();
    const window = (from: number | undefined, until: number | undefined): ProfileMembership => ({
      organization: 'ABS',
      ...(from === undefined ? {} : { from: formatDays(from) }),
      ...(until === undefined ? {} : { until: formatDays(until) }),
    });
    if (kind < 0.35) return chance(0.2) ? [{ organization: 'IBF', until: formatDays(day + int(0, 300)) }] : [];
    if (kind < 0.75) {
      // Mostly current; the end falls within a few days of the registration often enough to matter.
      const until = chance(0.2) ? undefined : day + (chance(0.3) ? int(-3, 3) : int(-60, 400));
      const from = chance(0.3) ? undefined : day - int(0, 900);
      return [window(from, until === undefined || from === undefined ? until : Math.max(from, until))];
    }
    if (kind < 0.9) {
      // Lapsed, then renewed on some date around the registration.
      const lapsed = day - int(1, 400);
      return [window(lapsed - 365, lapsed), window(day + int(-5, 5), chance(0.5) ? undefined : day + int(200, 400))];
    }
    return [window(day + int(1, 30), undefined)];
  }

  function attendance(): SessionAttendance[] {
    const reliability = pick([0.98, 0.9, 0.75, 0.4]);
    const records: SessionAttendance[] = [];
    SESSION_MINUTES.forEach((minutes, i) => {
      const session = i + 1;
      const roll = random();
      if (roll < reliability) records.push({ session, kind: 'full' });
      else if (roll < reliability + (1 - reliability) * 0.5) records.push({ session, kind: 'partial', minutesPresent: int(0, minutes) });
      else if (roll < reliability + (1 - reliability) * 0.85) records.push({ session, kind: 'absent' });
      // otherwise: no record for the session
    });
    return records;
  }

  function cancellation(): Cancellation {
    const at = around(REFUND_DEADLINE_END_MS, 6);
    const acknowledged = chance(0.6) ? { acknowledgedAt: formatInstant(Date.parse(at) + int(0, 10 * 24) * HOUR_MS, 'Z', true) } : {};
    if (chance(0.15)) {
      return { by: 'organizer', reason: pick(['insufficient_registrants', 'venue_unavailable']), at, ...acknowledged };
    }
    return { by: 'registrant', inWriting: chance(0.8), at, ...acknowledged };
  }

  const registrations: Registration[] = [];
  for (let id = 1; id <= count; id++) {
    const registeredAt = around(EARLY_BIRD_END_MS, 5);
    const day = Math.floor((Date.parse(registeredAt) - 4 * HOUR_MS) / DAY_MS);
    const professions = chance(0.03) ? undefined : chance(0.15) ? [...new Set([profession(), profession()])] : [profession()];
    const active = random();
    const profile: RegistrantProfile = {
      ...(professions === undefined ? {} : { professions }),
      ...(active < 0.08 ? {} : { clinicallyActive: active < 0.88 }),
      memberships: memberships(day),
      ...(chance(0.3) ? { languages: ['en'] } : {}),
    };
    registrations.push({ id, profile, registeredAt, cancellation: cancellation(), attendance: attendance() });
  }
  return registrations;
}
