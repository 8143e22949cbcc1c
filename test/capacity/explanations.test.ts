/**
 * The roster and the go / no-go decision explain themselves in English: an
 * organizer reads the decision log, a registrant reads their status. These
 * tests pin the sentence of every kind of decision on a seed log, and check as
 * laws that each sentence is about the registrant it concerns.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideViability,
  registrantStatus,
  replayRegistrations,
  type RegistrationEvent,
} from '../../src/capacity/index.js';
import { capacityPolicyArb, registrationEventsArb } from '../_arbitraries/capacity.js';

const at = (day: number) => `2026-02-${String(day).padStart(2, '0')}T12:00:00Z`;
const reg = (registrantId: string, day: number): RegistrationEvent => ({ kind: 'register', registrantId, at: at(day) });
const cancel = (registrantId: string, day: number): RegistrationEvent => ({ kind: 'cancel', registrantId, at: at(day) });

describe('the decision log in English', () => {
  it('a small group with one seat and a waitlist of one: every kind of decision, in order', () => {
    const roster = replayRegistrations({ maxSeats: 1, maxWaitlist: 1 }, [
      reg('ana', 1),
      reg('ben', 2),
      reg('cai', 3),
      reg('ben', 4),
      cancel('ben', 5),
      reg('dee', 6),
      cancel('ana', 7),
      cancel('ana', 8),
      cancel('zed', 9),
    ]);
    expect(roster.decisions.map((d) => d.message)).toEqual([
      'ana is confirmed (seat 1 of 1).',
      'Every seat is taken; ben is number 1 on the waitlist.',
      "Every seat is taken and the waitlist is full (1); cai's registration is declined.",
      'ben is already on the waitlist; the repeated registration is ignored.',
      'ben cancelled and left the waitlist (was number 1).',
      'Every seat is taken; dee is number 1 on the waitlist.',
      'ana cancelled and gave up a confirmed seat.',
      'dee moves up from the waitlist to the seat ana gave up.',
      'ana is not registered (already cancelled); the cancellation is ignored.',
      'zed has not registered; the cancellation is ignored.',
    ]);
  });

  it('without a seat limit a confirmation names no seat number', () => {
    const roster = replayRegistrations({}, [reg('ana', 1), reg('ana', 2)]);
    expect(roster.decisions.map((d) => d.message)).toEqual([
      'ana is confirmed.',
      'ana is already confirmed; the repeated registration is ignored.',
    ]);
  });

  it('a registrant is told where they stand, whatever happened to them', () => {
    const roster = replayRegistrations({ maxSeats: 1, waitlist: false }, [reg('ana', 1), reg('ben', 2), reg('cai', 3), cancel('ana', 4)]);
    expect(registrantStatus(roster, 'ana')).toEqual({ status: 'cancelled', message: 'ana cancelled.' });
    expect(registrantStatus(roster, 'ben')).toEqual({ status: 'declined', message: "ben's registration was declined: every seat was taken." });
  });

  it('every decision is explained in a sentence that names its registrant', () => {
    fc.assert(
      fc.property(capacityPolicyArb, registrationEventsArb, (policy, events) => {
        const roster = replayRegistrations(policy, events);
        for (const d of roster.decisions) expect(d.message).toContain(d.registrantId);
        // Two different kinds of decision never read the same.
        const byCode = new Map<string, Set<string>>();
        for (const d of roster.decisions) {
          const shape = d.message.split(d.registrantId).join('<id>').replace(/\d+/g, '<n>');
          byCode.set(d.code, (byCode.get(d.code) ?? new Set()).add(shape));
        }
        const shapes = [...byCode.entries()].flatMap(([code, set]) => [...set].map((shape) => ({ code, shape })));
        for (const a of shapes) for (const b of shapes) if (a.code !== b.code) expect(a.shape).not.toBe(b.shape);
      }),
      { numRuns: 200 },
    );
  });

  it('a registrant status always names the registrant', () => {
    fc.assert(
      fc.property(capacityPolicyArb, registrationEventsArb, (policy, events) => {
        const roster = replayRegistrations(policy, events);
        for (const id of new Set([...events.map((e) => e.registrantId), 'nobody'])) {
          const status = registrantStatus(roster, id);
          expect(status.message).toContain(id);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the go / no-go decision in English', () => {
  const policy = { maxSeats: 12, minRegistrants: 6, decisionDate: { date: '2026-01-02', timeZone: 'America/New_York' } } as const;

  it('says when the minimum is met, in the singular and the plural', () => {
    expect(decideViability({ minRegistrants: 1 }, 1, { at: '2026-01-01' }).reasons[0]?.message).toBe('1 registrant is confirmed; the minimum of 1 is met.');
    expect(decideViability(policy, 7, { at: '2026-01-01' }).reasons[0]?.message).toBe('7 registrants are confirmed; the minimum of 6 is met.');
  });

  it('without a decision date, a pending group waits for the organizer', () => {
    expect(decideViability({ minRegistrants: 3 }, 1, { at: '2026-01-01' }).reasons[0]?.message).toBe(
      '1 registrant is confirmed, 2 short of the minimum of 3; registrations still count until the organizer decides.',
    );
  });

  it('a no-go with nobody registered owes no refund, and says so', () => {
    const result = decideViability(policy, 0, { at: '2026-01-03' });
    expect(result.verdict).toBe('no_go');
    expect(result.refundsOwed).toMatchObject({ count: 0, message: 'The group is cancelled for insufficient registrants; no one is registered, so no refund is owed.' });
  });
});
