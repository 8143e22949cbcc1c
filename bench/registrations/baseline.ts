/**
 * The baseline of the registration benchmark: the same four decisions as
 * the library pipeline, written the way an app would write them by hand for
 * these four policies only, with plain numbers and epoch milliseconds: no
 * validation, no reasons, prices in cents and credits in hundredths.
 *
 * It knows what the library is told as data: the early bird ends at the end
 * of July 31, 2026 and the refund deadline at the end of September 15, 2026
 * in New York, both in daylight time (UTC-4), as is every local date it reads.
 */
import { EARLY_BIRD_END_MS, REFUND_DEADLINE_END_MS, SESSION_MINUTES, type Registration } from './generate.js';

/** What the baseline decides for one registration. */
export interface PlainDecision {
  readonly eligible: boolean;
  readonly priceCents: number;
  readonly refundCents: number;
  readonly aafpHundredths: number;
  readonly apaHundredths: number;
}

const DAY_MS = 86_400_000;
const NEW_YORK_SUMMER_OFFSET_MS = -4 * 3_600_000;
const WITHHELD_CENTS = 10_000;

/** Prices in cents: [early, regular] for member, non-member, resident-student-fellow, member resident-student-fellow. */
const MEMBER = [80_000, 87_500];
const NON_MEMBER = [90_000, 97_500];
const RSF = [64_000, 70_000];
const MEMBER_RSF = [56_000, 62_000];

/** Clinically active, as the profile states it. */
export function plainEligible(r: Registration): boolean {
  return r.profile.clinicallyActive === true;
}

function isMemberOn(r: Registration, dayMs: number): boolean {
  for (const m of r.profile.memberships ?? []) {
    if (m.organization !== 'ABS') continue;
    if (m.from !== undefined && Date.parse(m.from) > dayMs) continue;
    if (m.until !== undefined && Date.parse(m.until) < dayMs) continue;
    return true;
  }
  return false;
}

function isResidentStudentOrFellow(r: Registration): boolean {
  for (const p of r.profile.professions ?? []) if (p === 'resident' || p === 'medical_student' || p === 'fellow') return true;
  return false;
}

/** The fee in cents: the lowest price of the categories qualified for, early or regular. */
export function priceCents(r: Registration): number {
  const atMs = Date.parse(r.registeredAt);
  const period = atMs < EARLY_BIRD_END_MS ? 0 : 1;
  const dayMs = Math.floor((atMs + NEW_YORK_SUMMER_OFFSET_MS) / DAY_MS) * DAY_MS;
  const member = isMemberOn(r, dayMs);
  const rsf = isResidentStudentOrFellow(r);
  const row = member ? (rsf ? MEMBER_RSF : MEMBER) : rsf ? RSF : NON_MEMBER;
  return row[period] as number;
}

/** A registrant's written cancellation received by the deadline gets back what was paid less $100; nothing otherwise. */
export function refundCents(r: Registration, paidCents: number): number {
  const c = r.cancellation;
  if (c.by !== 'registrant' || c.inWriting !== true || Date.parse(c.at) >= REFUND_DEADLINE_END_MS) return 0;
  return Math.max(paidCents - WITHHELD_CENTS, 0);
}

/** AAFP: each session to the nearest quarter hour (half up); APA: the whole hours of each session attended in full. */
export function plainCredits(r: Registration): { aafp: number; apa: number } {
  const minutes = SESSION_MINUTES.map(() => 0);
  for (const a of r.attendance) {
    const i = a.session - 1;
    minutes[i] = a.kind === 'full' ? (SESSION_MINUTES[i] as number) : a.kind === 'partial' ? a.minutesPresent : 0;
  }
  let quarters = 0;
  let hours = 0;
  for (let i = 0; i < minutes.length; i++) {
    const m = minutes[i] as number;
    quarters += Math.floor((2 * m + 15) / 30);
    if (m === SESSION_MINUTES[i]) hours += Math.floor(m / 60);
  }
  return { aafp: quarters * 25, apa: hours * 100 };
}

/** The four decisions for one registration. */
export function decidePlainly(r: Registration): PlainDecision {
  const price = priceCents(r);
  const { aafp, apa } = plainCredits(r);
  return {
    eligible: plainEligible(r),
    priceCents: price,
    refundCents: refundCents(r, price),
    aafpHundredths: aafp,
    apaHundredths: apa,
  };
}
