/**
 * Bad capacity input is rejected with a ValidationError that names what was
 * being checked (its subject) and, for each problem, where it is and why.
 */
import { describe, expect, it } from 'vitest';
import {
  applyRegistrationEvent,
  decideViability,
  emptyRoster,
  registrantStatus,
  replayRegistrations,
  RosterStateSchema,
  type RegistrationEvent,
  type RosterState,
} from '../../src/capacity/index.js';
import { rejection } from '../_helpers/rejection.js';

const at = (day: number) => `2026-02-${String(day).padStart(2, '0')}T12:00:00Z`;
const reg = (registrantId: string, day: number): RegistrationEvent => ({ kind: 'register', registrantId, at: at(day) });


describe('capacity input is rejected with its subject, path and reason', () => {
  it('a policy: counts from 1 to 100000, a waitlist limit only with a waitlist and seats', () => {
    expect(rejection(() => replayRegistrations({ maxSeats: 0 }, []))).toMatchObject({
      subject: 'capacity policy',
      issues: [{ path: ['maxSeats'], message: 'must be at least 1' }],
    });
    expect(rejection(() => decideViability({ minRegistrants: 100_001 }, 0, { at: '2026-01-01' }))).toMatchObject({
      subject: 'capacity policy',
      issues: [{ path: ['minRegistrants'], message: 'must be at most 100000' }],
    });
    expect(rejection(() => replayRegistrations({ maxWaitlist: 3 }, []))).toMatchObject({
      subject: 'capacity policy',
      issues: [{ path: ['maxWaitlist'], code: 'custom', message: 'needs a waitlist (waitlist: true) and maxSeats' }],
    });
    expect(rejection(() => applyRegistrationEvent({ maxSeats: 0 }, emptyRoster(), reg('ana', 1))).subject).toBe('capacity policy');
  });

  it('a log out of order names the late event and the one it follows', () => {
    expect(rejection(() => replayRegistrations({}, [reg('ana', 2), reg('ben', 1)]))).toMatchObject({
      subject: 'registration events',
      issues: [{ path: [1, 'at'], code: 'custom', message: `must not be earlier than an event before it (${at(2)}): list events in the order they happened` }],
    });
  });

  it('an event applied out of order is a custom issue at its time', () => {
    const state = replayRegistrations({}, [reg('ana', 2)]);
    expect(rejection(() => applyRegistrationEvent({}, state, reg('ben', 1)))).toMatchObject({ subject: 'registration event', issues: [{ path: ['at'], code: 'custom' }] });
  });

  describe('a roster state that cannot arise under the policy', () => {
    const twoWaiting = replayRegistrations({ maxSeats: 1 }, [reg('ana', 1), reg('ben', 2), reg('cai', 3)]);

    it('has a waitlist although the policy sets no seat limit', () => {
      expect(rejection(() => applyRegistrationEvent({}, twoWaiting, reg('dee', 4)))).toMatchObject({
        subject: 'roster state',
        issues: [{ path: ['waitlist'], code: 'custom', message: 'must be empty: the policy keeps no waitlist' }],
      });
    });

    it('has a longer waitlist than the policy allows', () => {
      expect(rejection(() => applyRegistrationEvent({ maxSeats: 1, maxWaitlist: 1 }, twoWaiting, reg('dee', 4)))).toMatchObject({
        subject: 'roster state',
        issues: [{ path: ['waitlist'], code: 'custom', message: "has 2 registrants, more than the policy's 1" }],
      });
    });

    it('has more confirmed than seats', () => {
      expect(rejection(() => applyRegistrationEvent({ maxSeats: 1 }, replayRegistrations({}, [reg('ana', 1), reg('ben', 2)]), reg('dee', 4))).issues).toEqual([
        { path: ['confirmed'], code: 'custom', message: "has 2 registrants, more than the policy's 1 seat" },
      ]);
    });

    it('keeps a decision that is not one', () => {
      const broken = { ...twoWaiting, decisions: [{ registrantId: 'ana', at: at(1), eventIndex: 0, message: 'ana is confirmed.' }] } as unknown as RosterState;
      expect(RosterStateSchema.safeParse(broken).success).toBe(false);
      expect(rejection(() => registrantStatus(broken, 'ana'))).toMatchObject({ subject: 'roster state', issues: [{ path: ['decisions', 0, 'code'] }] });
    });
  });

  it('a roster given to decideViability: more confirmed than seats, or a negative count', () => {
    const roster = replayRegistrations({}, [reg('ana', 1), reg('ben', 2)]);
    expect(rejection(() => decideViability({ maxSeats: 1 }, roster, { at: '2026-03-01' }))).toMatchObject({
      subject: 'roster',
      issues: [{ path: ['confirmed'], code: 'custom', message: "has 2 confirmed, more than the policy's 1 seat" }],
    });
    expect(rejection(() => decideViability({ maxSeats: 1 }, 2, { at: '2026-03-01' })).issues[0]?.path).toEqual([]);
    expect(rejection(() => decideViability({}, -1, { at: '2026-03-01' })).message).toContain('must not be negative');
  });

  it('a registrant status of a roster that is not one', () => {
    expect(rejection(() => registrantStatus({ ...emptyRoster(), eventCount: 1 }, 'ana'))).toMatchObject({ subject: 'roster state' });
  });
});
