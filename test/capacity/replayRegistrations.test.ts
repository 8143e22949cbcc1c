import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyRegistrationEvent,
  emptyRoster,
  registrantStatus,
  replayRegistrations,
  type CapacityPolicy,
  type RegistrationEvent,
  type RosterState,
} from '../../src/capacity/index.js';
import { capacityPolicyArb, registrationEventsArb } from '../_arbitraries/capacity.js';
import { deepFreeze } from '../_arbitraries/eligibility.js';

const reg = (registrantId: string, at: string): RegistrationEvent => ({ kind: 'register', registrantId, at });
const cancel = (registrantId: string, at: string): RegistrationEvent => ({ kind: 'cancel', registrantId, at });
const codes = (state: RosterState) => state.decisions.map((d) => `${d.registrantId}:${d.code}`);

/** The diversity discussion: "we are limiting attendance to 12 participants"; free; spots given back go to someone else. */
const diversityDiscussion = { maxSeats: 12, waitlist: true };
const people = Array.from({ length: 14 }, (_, i) => `r${String(i + 1).padStart(2, '0')}`);
const signUps = people.map((id, i) => reg(id, `2026-02-${String(i + 1).padStart(2, '0')}T15:00:00Z`));

describe('replayRegistrations', () => {
  describe('the diversity discussion: 12 seats and a waitlist', () => {
    it('confirms the first 12 and waitlists the rest in order', () => {
      const roster = replayRegistrations(diversityDiscussion, signUps);
      expect(roster.confirmed).toEqual(people.slice(0, 12));
      expect(roster.waitlist).toEqual(['r13', 'r14']);
      expect(roster.decisions[11]).toMatchObject({ code: 'confirmed', seat: 12, maxSeats: 12, message: 'r12 is confirmed (seat 12 of 12).' });
      expect(roster.decisions[12]).toEqual({
        code: 'waitlisted_full',
        position: 1,
        registrantId: 'r13',
        at: '2026-02-13T15:00:00Z',
        eventIndex: 12,
        message: 'Every seat is taken; r13 is number 1 on the waitlist.',
      });
    });

    it('"let us know so we can give your spot to someone else": a cancellation promotes the head of the waitlist', () => {
      const roster = replayRegistrations(diversityDiscussion, [...signUps, cancel('r05', '2026-03-10T12:00:00Z')]);
      expect(roster.confirmed).toEqual([...people.slice(0, 4), ...people.slice(5, 12), 'r13']);
      expect(roster.waitlist).toEqual(['r14']);
      expect(roster.cancelled).toEqual(['r05']);
      expect(roster.promotions).toEqual([{ registrantId: 'r13', replaces: 'r05', at: '2026-03-10T12:00:00Z', eventIndex: 14 }]);
      expect(roster.decisions.slice(-2).map((d) => d.message)).toEqual([
        'r05 cancelled and gave up a confirmed seat.',
        'r13 moves up from the waitlist to the seat r05 gave up.',
      ]);
      expect(registrantStatus(roster, 'r14')).toEqual({ status: 'waitlisted', position: 1, message: 'r14 is number 1 on the waitlist.' });
    });
  });

  describe('when it is full', () => {
    it('declines without a waitlist: registration_closed_no_waitlist', () => {
      const roster = replayRegistrations({ maxSeats: 1, waitlist: false }, [reg('ana', '2026-02-01T00:00:00Z'), reg('ben', '2026-02-01T00:00:00Z')]);
      expect(roster).toMatchObject({ confirmed: ['ana'], waitlist: [], declined: ['ben'] });
      expect(roster.decisions[1]).toMatchObject({
        code: 'registration_closed_no_waitlist',
        maxSeats: 1,
        message: "Every seat is taken (1 seat) and no waitlist is kept; ben's registration is declined.",
      });
    });

    it('declines when the waitlist is at its limit', () => {
      const roster = replayRegistrations({ maxSeats: 1, maxWaitlist: 1 }, [reg('ana', '2026-02-01T00:00:00Z'), reg('ben', '2026-02-02T00:00:00Z'), reg('cai', '2026-02-03T00:00:00Z')]);
      expect(roster).toMatchObject({ confirmed: ['ana'], waitlist: ['ben'], declined: ['cai'] });
      expect(codes(roster)).toEqual(['ana:confirmed', 'ben:waitlisted_full', 'cai:declined_waitlist_full']);
    });

    it('has no limit without maxSeats', () => {
      expect(replayRegistrations({}, signUps).confirmed).toEqual(people);
    });
  });

  describe('odd logs are treated explicitly', () => {
    it('ignores a duplicate registration and keeps the place', () => {
      const roster = replayRegistrations({ maxSeats: 1 }, [reg('ana', '2026-02-01T00:00:00Z'), reg('ben', '2026-02-02T00:00:00Z'), reg('ana', '2026-02-03T00:00:00Z'), reg('ben', '2026-02-04T00:00:00Z')]);
      expect(roster).toMatchObject({ confirmed: ['ana'], waitlist: ['ben'] });
      expect(roster.decisions.slice(2)).toMatchObject([
        { code: 'duplicate_registration', status: 'confirmed', message: 'ana is already confirmed; the repeated registration is ignored.' },
        { code: 'duplicate_registration', status: 'waitlisted' },
      ]);
    });

    it('ignores cancellations by someone unknown or no longer registered, with a decision', () => {
      const roster = replayRegistrations({ maxSeats: 1, waitlist: false }, [
        cancel('zed', '2026-02-01T00:00:00Z'),
        reg('ana', '2026-02-01T00:00:00Z'),
        reg('ben', '2026-02-01T00:00:00Z'),
        cancel('ben', '2026-02-02T00:00:00Z'),
        cancel('ana', '2026-02-03T00:00:00Z'),
        cancel('ana', '2026-02-04T00:00:00Z'),
      ]);
      expect(codes(roster)).toEqual([
        'zed:cancel_unknown_registrant',
        'ana:confirmed',
        'ben:registration_closed_no_waitlist',
        'ben:cancel_not_active',
        'ana:cancelled_confirmed',
        'ana:cancel_not_active',
      ]);
      expect(roster.decisions[3]?.message).toBe('ben is not registered (already declined); the cancellation is ignored.');
      expect(roster).toMatchObject({ confirmed: [], declined: ['ben'], cancelled: ['ana'] });
    });

    it('puts someone who cancels and registers again at the back of the queue', () => {
      const roster = replayRegistrations({ maxSeats: 1 }, [
        reg('ana', '2026-02-01T00:00:00Z'),
        reg('ben', '2026-02-02T00:00:00Z'),
        reg('cai', '2026-02-03T00:00:00Z'),
        cancel('ben', '2026-02-04T00:00:00Z'),
        reg('ben', '2026-02-05T00:00:00Z'),
      ]);
      expect(roster).toMatchObject({ confirmed: ['ana'], waitlist: ['cai', 'ben'], cancelled: [] });
      expect(roster.decisions[3]).toMatchObject({ code: 'cancelled_waitlisted', position: 1 });
    });

    it('rejects a log out of time order, naming every late event, and compares instants across offsets', () => {
      expect(() =>
        replayRegistrations({}, [reg('ana', '2026-02-02T00:00:00Z'), reg('ben', '2026-02-01T00:00:00Z'), reg('cai', '2026-02-01T12:00:00Z')]),
      ).toThrowError(expect.objectContaining({ name: 'ValidationError', issues: [expect.objectContaining({ path: [1, 'at'] }), expect.objectContaining({ path: [2, 'at'] })] }));
      // 10:00 in New York is 15:00Z: after 14:00Z, so in order.
      expect(replayRegistrations({}, [reg('ana', '2026-02-01T14:00:00Z'), reg('ben', '2026-02-01T10:00:00-05:00')]).confirmed).toEqual(['ana', 'ben']);
      expect(() => replayRegistrations({}, [reg('ana', '2026-02-01T16:00:00Z'), reg('ben', '2026-02-01T10:00:00-05:00')])).toThrowError(/\[1\]\.at/);
    });

    it('rejects invalid policies and events with a ValidationError', () => {
      expect(() => replayRegistrations({ maxSeats: 0 }, [])).toThrowError(/Invalid capacity policy: maxSeats/);
      expect(() => replayRegistrations({ maxSeats: 4, minRegistrants: 5 }, [])).toThrowError(/minRegistrants: must not exceed maxSeats/);
      expect(() => replayRegistrations({ waitlist: false, maxSeats: 2, maxWaitlist: 1 }, [])).toThrowError(/maxWaitlist/);
      expect(() => replayRegistrations({}, [{ kind: 'join', registrantId: 'a', at: '2026-02-01T00:00:00Z' } as unknown as RegistrationEvent])).toThrowError(/\[0\]\.kind/);
      expect(() => replayRegistrations({}, [reg('', '2026-02-01')])).toThrowError(/\[0\]\.registrantId.*\[0\]\.at/);
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (policy, events) => {
          try {
            replayRegistrations(policy as CapacityPolicy, events as RegistrationEvent[]);
          } catch (error) {
            expect(error).toMatchObject({ name: 'ValidationError' });
          }
        }),
        { numRuns: 150 },
      );
    });
  });

  describe('properties', () => {
    const arbs = [capacityPolicyArb, registrationEventsArb] as const;

    it('confirmed never exceeds the seats, nor the waitlist its limit, and a seat is free only when nobody waits', () => {
      fc.assert(
        fc.property(...arbs, (policy, events) => {
          const roster = replayRegistrations(policy, events);
          if (policy.maxSeats !== undefined) expect(roster.confirmed.length).toBeLessThanOrEqual(policy.maxSeats);
          if (policy.maxWaitlist !== undefined) expect(roster.waitlist.length).toBeLessThanOrEqual(policy.maxWaitlist);
          if (roster.waitlist.length > 0) expect(roster.confirmed.length).toBe(policy.maxSeats);
          if (!policy.waitlist) expect(roster.waitlist).toEqual([]);
        }),
        { numRuns: 300 },
      );
    });

    it('nobody appears twice across confirmed, waitlist, declined and cancelled', () => {
      fc.assert(
        fc.property(...arbs, (policy, events) => {
          const r = replayRegistrations(policy, events);
          const all = [...r.confirmed, ...r.waitlist, ...r.declined, ...r.cancelled];
          expect(new Set(all).size).toBe(all.length);
        }),
        { numRuns: 300 },
      );
    });

    it('confirmed and waitlist are in registration order: first come, first served, like a single queue', () => {
      // Reference model: one queue in registration order; the first maxSeats hold seats, the rest wait.
      const model = (policy: CapacityPolicy, events: readonly RegistrationEvent[]) => {
        const queue: string[] = [];
        const max = policy.maxSeats ?? Number.POSITIVE_INFINITY;
        for (const e of events) {
          const i = queue.indexOf(e.registrantId);
          if (e.kind === 'cancel') {
            if (i >= 0) queue.splice(i, 1);
          } else if (i < 0) {
            const waiting = Math.max(0, queue.length - max);
            if (queue.length < max || (policy.waitlist && waiting < (policy.maxWaitlist ?? Number.POSITIVE_INFINITY))) queue.push(e.registrantId);
          }
        }
        return { confirmed: queue.slice(0, max), waitlist: queue.slice(max) };
      };
      fc.assert(
        fc.property(...arbs, (policy, events) => {
          const r = replayRegistrations(policy, events);
          expect({ confirmed: r.confirmed, waitlist: r.waitlist }).toEqual(model(policy, events));
        }),
        { numRuns: 300 },
      );
    });

    it('a cancellation of a confirmed registrant frees exactly one seat for the head of the waitlist', () => {
      fc.assert(
        fc.property(...arbs, fc.nat(), (policy, events, pick) => {
          const before = replayRegistrations(policy, events);
          fc.pre(before.confirmed.length > 0);
          const id = before.confirmed[pick % before.confirmed.length] as string;
          const after = applyRegistrationEvent(policy, before, cancel(id, before.lastAt as string));
          const head = before.waitlist[0];
          expect(after.confirmed).toEqual([...before.confirmed.filter((c) => c !== id), ...(head === undefined ? [] : [head])]);
          expect(after.waitlist).toEqual(before.waitlist.slice(1));
          expect(after.promotions.length - before.promotions.length).toBe(head === undefined ? 0 : 1);
        }),
        { numRuns: 300 },
      );
    });

    it('replaying the same events gives the same state, without mutating them', () => {
      fc.assert(
        fc.property(...arbs, (policy, events) => {
          const copy = structuredClone({ policy, events });
          const first = replayRegistrations(deepFreeze(policy), deepFreeze(events));
          expect(replayRegistrations(copy.policy, copy.events)).toEqual(first);
          expect({ policy, events }).toEqual(copy);
        }),
        { numRuns: 200 },
      );
    });

    it('replaying a prefix and then applying the rest one by one equals replaying all', () => {
      fc.assert(
        fc.property(...arbs, fc.nat(), (policy, events, cut) => {
          const k = cut % (events.length + 1);
          let state = deepFreeze(replayRegistrations(policy, events.slice(0, k)));
          for (const event of events.slice(k)) state = deepFreeze(applyRegistrationEvent(policy, state, event));
          expect(state).toEqual(replayRegistrations(policy, events));
          expect(applyRegistrationEvent(policy, emptyRoster(), events[0] ?? reg('ana', '2026-01-01T00:00:00Z')).eventCount).toBe(1);
        }),
        { numRuns: 200 },
      );
    });

    it('every event gets a decision about its registrant, in log order', () => {
      fc.assert(
        fc.property(...arbs, (policy, events) => {
          const r = replayRegistrations(policy, events);
          const firsts = events.map((_, i) => r.decisions.find((d) => d.eventIndex === i));
          expect(firsts.map((d) => d?.registrantId)).toEqual(events.map((e) => e.registrantId));
          expect(r.decisions.map((d) => d.eventIndex)).toEqual([...r.decisions.map((d) => d.eventIndex)].sort((a, b) => a - b));
          expect(r.promotions.length).toBe(r.decisions.filter((d) => d.code === 'promoted_from_waitlist').length);
          expect(r.eventCount).toBe(events.length);
        }),
        { numRuns: 200 },
      );
    });
  });
});
