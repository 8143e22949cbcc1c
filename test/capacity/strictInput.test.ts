/**
 * Capacity input is strict: a key the library does not know is refused at
 * its own path, with the key that was meant when it is a near miss, never
 * ignored. (`{ maxSeat: 12 }` ignored would mean unlimited seats.)
 */
import { describe, expect, it } from 'vitest';
import {
  applyRegistrationEvent,
  compileCapacityPolicy,
  decideViability,
  emptyRoster,
  replayRegistrations,
  type CapacityPolicyInput,
  type RegistrationEvent,
} from '../../src/capacity/index.js';
import { ValidationError } from '../../src/errors/index.js';
import { rejection } from '../_helpers/rejection.js';

const NEWER = 'not a key this version of balint-rules knows (data written for a newer version is refused, never applied in part)';
const ana: RegistrationEvent = { kind: 'register', registrantId: 'ana', at: '2026-02-01T15:00:00Z' };
/** Lets a test hand over what a caller might write by mistake. */
const loose = <T>(value: unknown): T => value as T;

describe('capacity input refuses unknown keys', () => {
  it('{ maxSeat: 12 } is refused with did you mean "maxSeats", by every decision and by compile', () => {
    const typo = loose<CapacityPolicyInput>({ maxSeat: 12 });
    const expected = { subject: 'capacity policy', issues: [{ path: ['maxSeat'], message: 'unknown key "maxSeat"; did you mean "maxSeats"?' }] };
    expect(rejection(() => replayRegistrations(typo, [ana]))).toMatchObject(expected);
    expect(rejection(() => applyRegistrationEvent(typo, emptyRoster(), ana))).toMatchObject(expected);
    expect(rejection(() => decideViability(typo, 0, { at: '2026-01-01' }))).toMatchObject(expected);
    expect(rejection(() => compileCapacityPolicy(typo))).toMatchObject(expected);
  });

  it('{ maxSeats: 12, registrationDeadline } is refused as a key this version does not know, not applied without the deadline', () => {
    const newer = loose<CapacityPolicyInput>({ maxSeats: 12, registrationDeadline: '2026-03-01' });
    expect(rejection(() => replayRegistrations(newer, [ana]))).toMatchObject({
      subject: 'capacity policy',
      issues: [{ path: ['registrationDeadline'], message: `unknown key "registrationDeadline": ${NEWER}` }],
    });
  });

  it('other near misses of the policy: minRegistrant, maxWaitList, a decision date\'s timezone', () => {
    expect(rejection(() => decideViability(loose({ minRegistrant: 6 }), 0, { at: '2026-01-01' })).issues).toEqual([
      { path: ['minRegistrant'], code: 'unrecognized_keys', message: 'unknown key "minRegistrant"; did you mean "minRegistrants"?' },
    ]);
    expect(rejection(() => replayRegistrations(loose({ maxSeats: 2, maxWaitList: 3 }), [])).issues[0]?.message).toBe(
      'unknown key "maxWaitList"; did you mean "maxWaitlist"?',
    );
    const decisionDate = { date: '2026-01-02', timezone: 'America/New_York' };
    expect(rejection(() => decideViability(loose({ minRegistrants: 6, decisionDate }), 0, { at: '2026-01-01' })).issues).toContainEqual({
      path: ['decisionDate', 'timezone'],
      code: 'unrecognized_keys',
      message: 'unknown key "timezone"; did you mean "timeZone"?',
    });
  });

  it('a registration event with a misspelt key is refused at the event\'s own path', () => {
    const events = loose<RegistrationEvent[]>([ana, { kind: 'cancel', registrantID: 'ana', at: '2026-02-02T15:00:00Z' }]);
    expect(rejection(() => replayRegistrations({ maxSeats: 12 }, events))).toMatchObject({
      subject: 'registration events',
      issues: [
        { path: [1, 'registrantId'] },
        { path: [1, 'registrantID'], message: 'unknown key "registrantID"; did you mean "registrantId"?' },
      ],
    });
    expect(rejection(() => applyRegistrationEvent({ maxSeats: 12 }, emptyRoster(), loose({ ...ana, note: 'paid by cheque' }))).issues).toEqual([
      { path: ['note'], code: 'unrecognized_keys', message: `unknown key "note": ${NEWER}` },
    ]);
  });

  it('viability options: decidenow is refused rather than read as "not now"', () => {
    expect(rejection(() => decideViability({ minRegistrants: 6 }, 4, loose({ at: '2026-01-01', decidenow: true })))).toMatchObject({
      subject: 'viability options',
      issues: [{ path: ['decidenow'], message: 'unknown key "decidenow"; did you mean "decideNow"?' }],
    });
  });

  it('a roster state given back with a misspelt list is refused', () => {
    const { waitlist, ...rest } = emptyRoster();
    const state = loose<ReturnType<typeof emptyRoster>>({ ...rest, waitList: waitlist });
    expect(rejection(() => applyRegistrationEvent({ maxSeats: 12 }, state, ana)).issues).toContainEqual({
      path: ['waitList'],
      code: 'unrecognized_keys',
      message: 'unknown key "waitList"; did you mean "waitlist"?',
    });
  });

  it('a roster from replayRegistrations is accepted back as it is (strict does not refuse the library\'s own output)', () => {
    const roster = replayRegistrations({ maxSeats: 1 }, [ana, { kind: 'register', registrantId: 'ben', at: '2026-02-01T16:00:00Z' }]);
    const next = applyRegistrationEvent({ maxSeats: 1 }, JSON.parse(JSON.stringify(roster)), { kind: 'cancel', registrantId: 'ana', at: '2026-02-02T09:00:00Z' });
    expect(next.confirmed).toEqual(['ben']);
  });
});

describe('windows, offers, transfers and the new events are strict too', () => {
  it('a misspelt key inside the new settings is refused at its path with the key meant', () => {
    const cases: [unknown, (string | number)[], string][] = [
      [{ maxSeats: 2, waitlistOffers: { claimHour: 48 } }, ['waitlistOffers', 'claimHour'], 'unknown key "claimHour"; did you mean "claimHours"?'],
      [{ registrationWindow: { close: '2026-03-01T00:00:00Z' } }, ['registrationWindow', 'close'], 'unknown key "close"; did you mean "closes"?'],
      [{ transfers: { allowed: true, fees: { amount: '25.00', currency: 'USD' } } }, ['transfers', 'fees'], 'unknown key "fees"; did you mean "fee"?'],
    ];
    for (const [policy, path, message] of cases) {
      expect(rejection(() => replayRegistrations(loose<CapacityPolicyInput>(policy), [ana]))).toMatchObject({
        subject: 'capacity policy',
        issues: expect.arrayContaining([expect.objectContaining({ path, message })]) as unknown,
      });
    }
  });

  it('a transfer event with a misspelt colleague key is refused, not replayed as something else', () => {
    const typo = loose<RegistrationEvent>({ kind: 'transfer', registrantId: 'ana', too: 'eve', at: '2026-02-02T00:00:00Z' });
    expect(rejection(() => replayRegistrations({ transfers: { allowed: true } }, [ana, typo]))).toMatchObject({
      subject: 'registration events',
      issues: expect.arrayContaining([expect.objectContaining({ path: [1, 'too'], message: 'unknown key "too"; did you mean "to"?' })]) as unknown,
    });
  });

  it('claim hours are whole hours from 1 to 720', () => {
    for (const claimHours of [0, 1.5, 721]) expect(() => replayRegistrations({ maxSeats: 1, waitlistOffers: { claimHours } }, [])).toThrow(ValidationError);
    expect(replayRegistrations({ maxSeats: 1, waitlistOffers: { claimHours: 720 } }, []).offers).toEqual([]);
  });

  it('a roster stored before offers existed (no offers key) is still read, as one with none outstanding', () => {
    const { offers: _, ...stored } = replayRegistrations({ maxSeats: 1 }, [ana]);
    const next = applyRegistrationEvent({ maxSeats: 1, waitlistOffers: { claimHours: 24 } }, loose(stored), { kind: 'cancel', registrantId: 'ana', at: '2026-02-02T00:00:00Z' });
    expect([next.confirmed, next.offers]).toEqual([[], []]);
  });
});
