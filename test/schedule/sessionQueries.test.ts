import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochMsToInstant, instantToEpochMs } from '../../src/_lib/instant.js';
import { ValidationError } from '../../src/errors/index.js';
import { compileSeries, nextSessions, planSessions, sessionsBetween, type Session } from '../../src/schedule/index.js';
import { seriesArbitrary } from '../../src/testing/index.js';
import { onlineGroupSeries } from '../_helpers/series.js';

const DAY = 86_400_000;
const ms = (s: Session): number => instantToEpochMs(s.start);

/** A series and an instant somewhere around it (a little before its start to a little after its end). */
const caseArb = seriesArbitrary().chain((series) => {
  const sessions = planSessions(series);
  const first = sessions[0] === undefined ? instantToEpochMs(`${series.from}T00:00:00Z`) : ms(sessions[0]);
  const last = sessions.at(-1) === undefined ? first : ms(sessions.at(-1) as Session);
  return fc.record({
    series: fc.constant(series),
    sessions: fc.constant(sessions),
    at: fc.oneof(
      fc.integer({ min: first - 40 * DAY, max: last + 40 * DAY }),
      // On a session's start, and a minute either side of it.
      sessions.length === 0 ? fc.constant(first) : fc.tuple(fc.constantFrom(...sessions), fc.constantFrom(-60_000, 0, 60_000)).map(([s, d]) => ms(s) + d),
    ),
    span: fc.integer({ min: 0, max: 200 * DAY }),
  });
});

describe('nextSessions and sessionsBetween', () => {
  describe('examples', () => {
    it('the online group: after March 1, 2026 the next session is the third, on March 14 at 11:00 Eastern', () => {
      expect(nextSessions(onlineGroupSeries, '2026-03-01T00:00:00Z')).toEqual([
        {
          index: 3,
          date: '2026-03-14',
          start: '2026-03-14T15:00:00.000Z',
          end: '2026-03-14T16:00:00.000Z',
          durationMinutes: 60,
          startTime: '11:00',
          timeZone: 'America/New_York',
          origin: 'rule',
        },
      ]);
    });

    it('a session starting at the instant asked about is not "next"; the first session keeps its 90 minutes', () => {
      expect(nextSessions(onlineGroupSeries, '2026-01-10T15:59:59Z').map((s) => [s.index, s.durationMinutes])).toEqual([[1, 90]]);
      expect(nextSessions(onlineGroupSeries, '2026-01-10T16:00:00Z').map((s) => s.index)).toEqual([2]);
      expect(nextSessions(onlineGroupSeries, '2026-08-08T15:00:00Z')).toEqual([]);
    });

    it('sixty years on, a series with an end date still numbers its sessions from the start', () => {
      const decades = compileSeries({ ...onlineGroupSeries, count: undefined, until: '2099-12-31' });
      const [next] = nextSessions(decades, '2086-05-09T00:00:00Z');
      expect([next?.index, next?.date, next?.start]).toEqual([725, '2086-05-11', '2086-05-11T15:00:00.000Z']);
    });

    it('between two instants across the change to daylight time: the same wall time, an hour earlier in UTC', () => {
      expect(sessionsBetween(onlineGroupSeries, '2026-02-01T00:00:00-05:00', '2026-04-01T00:00:00-04:00').map((s) => s.start)).toEqual([
        '2026-02-14T16:00:00.000Z',
        '2026-03-14T15:00:00.000Z',
      ]);
    });

    it('a range includes a session starting at its first instant and leaves out one starting at its end', () => {
      // Session 2 starts at 2026-02-14T16:00:00Z, session 3 at 2026-03-14T15:00:00Z.
      expect(sessionsBetween(onlineGroupSeries, '2026-02-14T16:00:00Z', '2026-03-14T15:00:00Z').map((s) => s.index)).toEqual([2]);
      expect(sessionsBetween(onlineGroupSeries, '2026-02-14T16:00:00Z', '2026-02-14T16:00:00Z')).toEqual([]);
    });

    it('each refusal names what it refuses', () => {
      const refusal = (run: () => unknown): unknown => {
        try {
          run();
        } catch (error) {
          if (error instanceof ValidationError) return [error.subject, error.issues];
        }
        return undefined;
      };
      expect(refusal(() => sessionsBetween(onlineGroupSeries, '2026-02-01T00:00:00Z', '2026-01-01T00:00:00Z'))).toEqual([
        'session range',
        [{ path: ['end'], code: 'custom', message: 'must not be before start' }],
      ]);
      expect(refusal(() => nextSessions(onlineGroupSeries, '2026-02-30T00:00:00Z'))).toMatchObject(['instant to look after', [{ path: [] }]]);
      expect(refusal(() => nextSessions(onlineGroupSeries, '2026-02-01T00:00:00Z', { limit: 0 }))).toMatchObject(['next sessions options', [{ path: ['limit'] }]]);
    });

    it('a misspelt option and a range that ends before it starts are refused', () => {
      expect(() => nextSessions(onlineGroupSeries, '2026-01-01T00:00:00Z', { limt: 2 } as never)).toThrow(/limt: unknown key "limt"; did you mean "limit"\?/);
      expect(() => sessionsBetween(onlineGroupSeries, '2026-02-01T00:00:00Z', '2026-01-01T00:00:00Z')).toThrow(ValidationError);
    });
  });

  describe('laws', () => {
    it('the next sessions are the planned sessions that start after the instant, in order', () => {
      fc.assert(
        fc.property(caseArb, fc.integer({ min: 1, max: 4 }), ({ series, sessions, at }, limit) => {
          const expected = sessions.filter((s) => ms(s) > at).slice(0, limit);
          expect(nextSessions(series, epochMsToInstant(at), { limit })).toEqual(expected);
        }),
        { numRuns: 200 },
      );
    });

    it('between agrees with the planned sessions: those starting from the start, up to but not at the end', () => {
      fc.assert(
        fc.property(caseArb, ({ series, sessions, at, span }) => {
          const expected = sessions.filter((s) => ms(s) >= at && ms(s) < at + span);
          expect(sessionsBetween(series, epochMsToInstant(at), epochMsToInstant(at + span))).toEqual(expected);
        }),
        { numRuns: 200 },
      );
    });

    it('next(after) is the first session of between(after, ...), unless one starts at that very instant', () => {
      fc.assert(
        fc.property(caseArb, ({ series, at, span }) => {
          const between = sessionsBetween(series, epochMsToInstant(at), epochMsToInstant(at + span)).filter((s) => ms(s) > at);
          const [next] = nextSessions(series, epochMsToInstant(at));
          if (between[0] !== undefined) expect(next).toEqual(between[0]);
        }),
        { numRuns: 150 },
      );
    });

    it('two adjacent ranges share no session and miss none', () => {
      fc.assert(
        fc.property(caseArb, fc.integer({ min: 0, max: 100 * DAY }), ({ series, at, span }, more) => {
          const [a, b, c] = [at, at + span, at + span + more].map(epochMsToInstant) as [string, string, string];
          expect([...sessionsBetween(series, a, b), ...sessionsBetween(series, b, c)]).toEqual(sessionsBetween(series, a, c));
        }),
        { numRuns: 150 },
      );
    });
  });
});
