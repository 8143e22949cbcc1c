/**
 * CAPACITY_REASON_CODES is every code a capacity result can carry, and only
 * those: each code has an example (a roster decision, a viability reason, a
 * transfer refusal, a window status), every code a result carries over the
 * arbitraries is in the list, and the list and the union type are the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAPACITY_REASON_CODES,
  decideViability,
  quoteTransfer,
  registrationWindowStatus,
  replayRegistrations,
  type CapacityReasonCode,
  type RegistrationEvent,
  type RegistrationWindowStatus,
  type RosterDecisionCode,
  type TransferReason,
  type ViabilityReason,
} from '../../src/capacity/index.js';
import { absDiversityDiscussions2026 } from '../../src/presets/abs/index.js';
import { capacityPolicyArbitrary, registrationEventsArbitrary } from '../../src/testing/capacity.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameUnion: Same<CapacityReasonCode, RosterDecisionCode | ViabilityReason['code'] | TransferReason['code'] | Exclude<RegistrationWindowStatus, { status: 'open' }>['code']> = true;

const day = (d: string, time = '12:00') => `${d}T${time}:00Z`;
const ev = (kind: RegistrationEvent['kind'], registrantId: string, at: string, to?: string): RegistrationEvent =>
  kind === 'transfer' ? { kind, registrantId, to: to ?? 'nobody', at } : { kind, registrantId, at };

/** Logs that between them reach every roster decision. */
const ROSTERS = [
  replayRegistrations(
    {
      maxSeats: 1,
      maxWaitlist: 1,
      transfers: { allowed: true, until: day('2026-03-01', '00:00') },
      registrationWindow: { opens: day('2026-01-01', '00:00'), closes: day('2026-04-01', '00:00') },
    },
    [
      ev('register', 'early', day('2025-12-01')), // registration_not_open_yet
      ev('register', 'ana', day('2026-02-01')), // confirmed
      ev('register', 'ana', day('2026-02-01')), // duplicate_registration
      ev('register', 'ben', day('2026-02-01')), // waitlisted_full
      ev('register', 'cai', day('2026-02-01')), // declined_waitlist_full
      ev('cancel', 'zed', day('2026-02-01')), // cancel_unknown_registrant
      ev('cancel', 'cai', day('2026-02-01')), // cancel_not_active
      ev('accept', 'ben', day('2026-02-01')), // no_offer_to_answer
      ev('transfer', 'ana', day('2026-02-02'), 'dee'), // transferred
      ev('transfer', 'dee', day('2026-02-02'), 'ben'), // colleague_already_registered
      ev('transfer', 'eve', day('2026-02-02'), 'fay'), // registrant_not_registered
      ev('cancel', 'dee', day('2026-02-03')), // cancelled_confirmed, promoted_from_waitlist
      ev('register', 'gus', day('2026-02-04')),
      ev('cancel', 'gus', day('2026-02-05')), // cancelled_waitlisted
      ev('transfer', 'ben', day('2026-03-02'), 'hal'), // transfers_closed
      ev('register', 'ivy', day('2026-04-02')), // registration_closed
    ],
  ),
  replayRegistrations({ maxSeats: 1, waitlist: false }, [ev('register', 'ana', day('2026-02-01')), ev('register', 'ben', day('2026-02-01'))]), // registration_closed_no_waitlist
  replayRegistrations({ maxSeats: 1, waitlistOffers: { claimHours: 1 } }, [
    ev('register', 'ana', day('2026-02-01')),
    ev('register', 'ben', day('2026-02-01')),
    ev('register', 'cai', day('2026-02-01')),
    ev('register', 'dee', day('2026-02-01')),
    ev('cancel', 'ana', day('2026-02-02')), // offer_made
    ev('accept', 'ben', day('2026-02-02')), // offer_accepted
    ev('cancel', 'ben', day('2026-02-03')),
    ev('decline', 'cai', day('2026-02-03')), // offer_declined
    ev('accept', 'dee', day('2026-02-03', '14:00')), // offer_expired, offer_answer_too_late
    ev('transfer', 'dee', day('2026-02-04'), 'eve'), // transfers_not_allowed
  ]),
];

const decideBy = { date: '2026-01-02', timeZone: 'UTC' };
const VIABILITY = [
  decideViability({}, 3, { at: '2026-01-01' }), // no_minimum
  decideViability({ minRegistrants: 3 }, 3, { at: '2026-01-01' }), // minimum_met
  decideViability({ minRegistrants: 3, decisionDate: decideBy }, 2, { at: '2026-01-01' }), // below_minimum
  decideViability({ minRegistrants: 3, decisionDate: decideBy }, 2, { at: '2026-01-03' }), // insufficient_registrants
];

const transferRoster = replayRegistrations({ maxSeats: 2 }, [ev('register', 'ana', day('2026-02-01')), ev('register', 'ben', day('2026-02-01'))]);
const TRANSFERS = [
  quoteTransfer({}, { registrantId: 'ana', to: 'eve', at: day('2026-02-02') }), // transfers_not_allowed
  quoteTransfer({ transfers: { allowed: true, until: day('2026-02-01', '00:00') } }, { registrantId: 'ana', to: 'eve', at: day('2026-02-02') }), // transfers_closed
  quoteTransfer({ maxSeats: 2, transfers: { allowed: true } }, { registrantId: 'zed', to: 'ben', at: day('2026-02-02') }, { roster: transferRoster }), // registrant_not_registered, colleague_already_registered
  quoteTransfer({ transfers: { allowed: true } }, { registrantId: 'ana', to: 'eve', at: day('2026-02-02'), profile: {} }, { eligibility: { rule: absDiversityDiscussions2026().eligibility, at: '2026-02-02' } }), // colleague_not_eligible
];

const WINDOW = [registrationWindowStatus({ opens: day('2026-02-01') }, day('2026-01-01')), registrationWindowStatus({ closes: day('2026-02-01') }, day('2026-03-01'))];

const codesOf = {
  rosters: (rosters: readonly { decisions: readonly { code: string }[] }[]) => rosters.flatMap((r) => r.decisions.map((d) => d.code)),
  results: (results: readonly { reasons: readonly { code: string }[] }[]) => results.flatMap((r) => r.reasons.map((x) => x.code)),
  window: (statuses: readonly RegistrationWindowStatus[]) => statuses.flatMap((s) => (s.status === 'open' ? [] : [s.code])),
};

describe('CAPACITY_REASON_CODES', () => {
  it('is the union of the roster, viability, transfer and window codes, each once', () => {
    expect(sameUnion).toBe(true);
    expect(new Set(CAPACITY_REASON_CODES).size).toBe(CAPACITY_REASON_CODES.length);
  });

  it('has no code that never occurs: every code has an example', () => {
    const seen = new Set([...codesOf.rosters(ROSTERS), ...codesOf.results(VIABILITY), ...codesOf.results(TRANSFERS), ...codesOf.window(WINDOW)]);
    expect([...CAPACITY_REASON_CODES].filter((code) => !seen.has(code))).toEqual([]);
    expect([...seen].filter((code) => !(CAPACITY_REASON_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it('law: every code a roster, a viability decision or a transfer quote carries is in the list', () => {
    const known = new Set<string>(CAPACITY_REASON_CODES);
    const policies = capacityPolicyArbitrary({ registrationWindows: true, waitlistOffers: true, transfers: true });
    const logs = registrationEventsArbitrary({ eventKinds: ['register', 'cancel', 'accept', 'decline', 'transfer'], maxLength: 30 });
    fc.assert(
      fc.property(policies, logs, fc.constantFrom('2025-12-01', '2026-02-01', '2026-06-01'), fc.boolean(), (policy, events, at, decideNow) => {
        const roster = replayRegistrations(policy, events);
        const last = events.at(-1)?.at ?? '2026-01-01T00:00:00Z';
        const quote = quoteTransfer(policy, { registrantId: 'ana', to: 'ben', at: last }, { roster });
        const viability = decideViability(policy, roster, { at, decideNow });
        const window = policy.registrationWindow === undefined ? [] : [registrationWindowStatus(policy.registrationWindow, last)];
        const codes = [...codesOf.rosters([roster]), ...codesOf.results([quote, viability]), ...codesOf.window(window)];
        expect(codes.filter((code) => !known.has(code))).toEqual([]);
      }),
    );
  });
});
