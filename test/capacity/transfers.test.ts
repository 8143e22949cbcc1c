import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteTransfer, replayRegistrations, type RegistrationEvent } from '../../src/capacity/index.js';
import { ValidationError } from '../../src/errors/index.js';
import { capacityPolicyArbitrary, registrationEventsArbitrary, TEST_REGISTRANT_IDS } from '../../src/testing/capacity.js';

const reg = (registrantId: string, at: string): RegistrationEvent => ({ type: 'register', registrantId, at });
const transfer = (registrantId: string, to: string, at: string): RegistrationEvent => ({ type: 'transfer', registrantId, to, at });

const policy = { maxSeats: 2, transfers: { allowed: true, fee: { amount: '25.00', currency: 'USD' } } };
const signUps = [reg('ana', '2026-02-01T15:00:00Z'), reg('ben', '2026-02-01T16:00:00Z'), reg('cai', '2026-02-02T09:00:00Z'), reg('dee', '2026-02-02T10:00:00Z')];

describe('transfers in the replay', () => {
  it('a confirmed registrant hands their seat to a colleague, who takes it in place', () => {
    const roster = replayRegistrations(policy, [...signUps, transfer('ana', 'eve', '2026-02-10T12:00:00Z')]);
    expect([roster.confirmed, roster.waitlist, roster.cancelled]).toEqual([['eve', 'ben'], ['cai', 'dee'], ['ana']]);
    expect(roster.decisions.at(-1)).toMatchObject({ code: 'transferred', registrantId: 'ana', to: 'eve', status: 'confirmed', position: 1, message: 'ana transferred their seat to eve, who is confirmed in their place.' });
  });

  it('a waiting registrant hands their place in the queue to a colleague', () => {
    const roster = replayRegistrations(policy, [...signUps, transfer('dee', 'eve', '2026-02-10T12:00:00Z')]);
    expect(roster.waitlist).toEqual(['cai', 'eve']);
    expect(roster.decisions.at(-1)?.message).toBe('dee transferred their place on the waitlist to eve, who is number 2.');
  });

  it('refused with a reason: not registered, to someone registered, no transfers, after the closing', () => {
    const roster = replayRegistrations(policy, [...signUps, transfer('zed', 'eve', '2026-02-10T12:00:00Z'), transfer('ana', 'cai', '2026-02-10T12:00:00Z')]);
    expect(roster.decisions.slice(-2).map((d) => [d.code, 'status' in d ? d.status : null])).toEqual([['transfer_not_registered', 'unknown'], ['transfer_to_registered', 'waitlisted']]);
    expect(replayRegistrations({ maxSeats: 2 }, [...signUps, transfer('ana', 'eve', '2026-02-10T12:00:00Z')]).decisions.at(-1)?.code).toBe('transfer_not_allowed');
    const closing = { maxSeats: 2, transfers: { allowed: true, until: { date: '2026-02-09', timeZone: 'America/New_York' } } };
    expect(replayRegistrations(closing, [...signUps, transfer('ana', 'eve', '2026-02-10T12:00:00Z')]).decisions.at(-1)).toMatchObject({
      code: 'transfer_closed',
      boundaryAt: '2026-02-10T05:00:00.000Z',
      message: "Transfers closed at the end of February 9, 2026 (America/New_York). ana's transfer is ignored.",
    });
  });

  const allowing = capacityPolicyArbitrary({ waitlistOffers: true }).map((p) => ({ ...p, transfers: { allowed: true } }));
  const logs = registrationEventsArbitrary({ eventTypes: ['register', 'cancel', 'accept', 'decline'], maxLength: 25 });
  const ids = fc.constantFrom(...TEST_REGISTRANT_IDS, 'zoe');

  it('law: a transfer keeps the seat count and the queue order, and the colleague is confirmed iff the registrant was', () => {
    fc.assert(
      fc.property(allowing, logs, ids, ids, (p, events, from, to) => {
        const at = events.at(-1)?.at ?? '2026-01-01T00:00:00Z';
        const before = replayRegistrations(p, events);
        const after = replayRegistrations(p, [...events, transfer(from, to, at)]);
        const swap = (ids: readonly string[]) => ids.map((id) => (id === from ? to : id));
        if (after.decisions.at(-1)?.code !== 'transferred') {
          expect([after.confirmed, after.waitlist, after.offers]).toEqual([before.confirmed, before.waitlist, before.offers]);
          return;
        }
        expect(after.confirmed).toEqual(swap(before.confirmed));
        expect(after.waitlist).toEqual(swap(before.waitlist));
        expect(after.offers).toEqual(before.offers);
        expect(after.confirmed.includes(to)).toBe(before.confirmed.includes(from));
      }),
    );
  });

  it('law: the quote allows a transfer (roster checked, no eligibility) exactly when the replay makes it', () => {
    fc.assert(
      fc.property(allowing, logs, ids, ids, (p, events, from, to) => {
        const at = events.at(-1)?.at ?? '2026-01-01T00:00:00Z';
        const roster = replayRegistrations(p, events);
        const quote = quoteTransfer(p, { registrantId: from, to, at }, { roster });
        const made = replayRegistrations(p, [...events, transfer(from, to, at)]).decisions.at(-1)?.code === 'transferred';
        expect(quote.allowed).toBe(made);
      }),
    );
  });
});

describe('quoteTransfer', () => {
  const physicians = { rule: { type: 'profession', in: ['physician'] }, asOf: '2025-03-01' } as const;
  const spokane = { maxSeats: 20, transfers: { allowed: true, fee: { amount: '25.00', currency: 'USD' }, until: { date: '2025-03-12', timeZone: 'America/Los_Angeles' } } };

  it('quotes the fee in exact money when the colleague is eligible', () => {
    const quote = quoteTransfer(spokane, { registrantId: 'ana', to: 'eve', at: '2025-03-12T20:00:00-07:00', profile: { professions: ['physician'] } }, { eligibility: physicians });
    expect(quote).toEqual({ allowed: true, fee: { amount: '25.00', currency: 'USD' }, reasons: [], message: 'ana may transfer their place to eve, for a fee of $25.00.' });
  });

  it('lists every reason: closed, and the colleague not eligible (with the eligibility reasons)', () => {
    const quote = quoteTransfer(spokane, { registrantId: 'ana', to: 'eve', at: '2025-03-13T09:00:00-07:00', profile: { professions: ['psychologist'] } }, { eligibility: physicians });
    expect(quote.allowed).toBe(false);
    expect(quote.fee).toBeNull();
    expect(quote.reasons.map((r) => r.code)).toEqual(['transfers_closed', 'colleague_not_eligible']);
    expect(quote.reasons[0]).toMatchObject({ boundaryAt: '2025-03-13T07:00:00.000Z', message: 'Transfers closed at the end of March 12, 2025 (America/Los_Angeles).' });
    const notEligible = quote.reasons[1];
    expect(notEligible?.code === 'colleague_not_eligible' && notEligible.eligibility.length).toBe(1);
  });

  it('a policy without transfers refuses; a free transfer has no fee', () => {
    expect(quoteTransfer({ maxSeats: 2 }, { registrantId: 'ana', to: 'eve', at: '2025-03-01T00:00:00Z' }).reasons).toEqual([{ code: 'transfers_not_allowed', message: 'The policy accepts no transfers.' }]);
    expect(quoteTransfer({ transfers: { allowed: true } }, { registrantId: 'ana', to: 'eve', at: '2025-03-01T00:00:00Z' }).message).toBe('ana may transfer their place to eve, free of charge.');
    expect(quoteTransfer({ transfers: { allowed: true } }, { registrantId: 'ana', to: 'ana', at: '2025-03-01T00:00:00Z' }).reasons[0]?.code).toBe('colleague_already_registered');
  });

  it('invalid input is a ValidationError: a misspelt key, a profile without a rule, a rule without a profile', () => {
    expect(() => quoteTransfer({ transfers: { allowed: true } }, { registrantId: 'ana', too: 'eve', at: '2025-03-01T00:00:00Z' } as never)).toThrow(/did you mean "to"/);
    expect(() => quoteTransfer({ transfers: { allowed: true } }, { registrantId: 'ana', to: 'eve', at: '2025-03-01T00:00:00Z', profile: {} })).toThrow(ValidationError);
    expect(() => quoteTransfer({ transfers: { allowed: true } }, { registrantId: 'ana', to: 'eve', at: '2025-03-01T00:00:00Z' }, { eligibility: physicians })).toThrow(/colleague's eligibility/);
    expect(() => quoteTransfer({ transfers: { allowed: false, fee: { amount: '5.00', currency: 'USD' } } }, { registrantId: 'ana', to: 'eve', at: '2025-03-01T00:00:00Z' })).toThrow(/needs allowed: true/);
  });
});
