import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { formatDays, parseDays } from '../../src/_lib/civil.js';
import { ValidationError } from '../../src/errors/index.js';
import { occurrences } from '../../src/recurrence/index.js';
import { compileSeries, planSeries, planSessions, SeriesSchema, type SeriesInput } from '../../src/schedule/index.js';
import { localDateArb, patternRuleArb } from '../_arbitraries/recurrence.js';
import { rejection } from '../_helpers/rejection.js';
import { onlineGroupSeries } from '../_helpers/series.js';

const onlineGroup = onlineGroupSeries;

/** The issues of the ValidationError `run` throws. */
const issuesOf = (run: () => unknown) => rejection(run).issues;

describe('a series is read strictly', () => {
  it('a misspelt key is refused with the key it is a near miss of, never planned with the default', () => {
    const issues = issuesOf(() => planSessions({ ...onlineGroup, firstSessionMinutes: undefined, firstSessionMinute: 90 } as SeriesInput));
    expect(issues).toEqual([{ path: ['firstSessionMinute'], code: 'unrecognized_keys', message: 'unknown key "firstSessionMinute"; did you mean "firstSessionMinutes"?' }]);
  });

  it('unknown keys are refused in the rule, the exceptions, a move and the holiday policy, each at its own path', () => {
    const paths = issuesOf(() =>
      planSessions({
        ...onlineGroup,
        recurrence: { kind: 'weekly', weekdays: ['saturday'], intervall: 2 },
        exceptions: { skips: ['2026-01-10'], move: [{ from: '2026-01-10', to: '2026-01-17', startTme: '12:00' }] },
        holidays: { calendar: { name: 'None', holidays: [] }, action: 'skip', shiftDay: 7 },
      } as never),
    ).map((issue) => [issue.path.join('.'), issue.message]);
    expect(paths).toEqual([
      ['recurrence.intervall', 'unknown key "intervall"; did you mean "interval"?'],
      ['exceptions.move.0.startTme', 'unknown key "startTme"; did you mean "startTime"?'],
      ['exceptions.skips', 'unknown key "skips"; did you mean "skip"?'],
      ['holidays.shiftDay', 'unknown key "shiftDay"; did you mean "shiftDays"?'],
    ]);
  });

  it('a series ending before it starts is refused, at its end', () => {
    const issues = issuesOf(() => planSessions({ ...onlineGroup, count: undefined, until: '2025-12-31' }));
    expect(issues).toEqual([{ path: ['until'], code: 'custom', message: 'must not be before from' }]);
    expect(planSessions({ ...onlineGroup, count: undefined, from: '2026-01-10', until: '2026-01-10' }).map((s) => s.date)).toEqual(['2026-01-10']);
  });

  it('skipping a date the rule does not give is refused, naming the dates it gives either side', () => {
    const issues = issuesOf(() => planSessions({ ...onlineGroup, count: 16, exceptions: { skip: ['2026-02-14', '2027-01-10'] } }));
    expect(issues).toEqual([
      { path: ['exceptions', 'skip', 1], code: 'custom', message: "2027-01-10 is not a date the rule gives; the rule's nearest dates are 2027-01-09 and 2027-02-13" },
    ]);
  });

  it('moving a date the rule does not give is refused at the move; one before the series starts says so', () => {
    const issues = issuesOf(() => planSessions({ ...onlineGroup, exceptions: { move: [{ from: '2026-01-10', to: '2026-01-11' }, { from: '2025-12-13', to: '2026-01-03' }] } }));
    expect(issues).toEqual([
      {
        path: ['exceptions', 'move', 1, 'from'],
        code: 'custom',
        message: "2025-12-13 is not a date the rule gives (it is before the series starts on 2026-01-01); the rule's nearest dates are 2026-01-10",
      },
    ]);
  });

  describe('properties', () => {
    it('a series whose until is before its from is refused', () => {
      fc.assert(
        fc.property(patternRuleArb, localDateArb('1990-01-02', '2060-12-31'), fc.integer({ min: 1, max: 4000 }), (rule, from, back) => {
          const until = formatDays(parseDays(from) - back);
          const issues = issuesOf(() => planSessions({ recurrence: rule, from, until, startTime: '11:00', timeZone: 'UTC', durationMinutes: 60 }));
          expect(issues).toContainEqual({ path: ['until'], code: 'custom', message: 'must not be before from' });
        }),
        { numRuns: 100 },
      );
    });

    it('skipping a date the rule does not produce names the nearest dates it does', () => {
      fc.assert(
        fc.property(patternRuleArb, localDateArb('1990-01-01', '2060-12-31'), fc.nat(), fc.nat(), (rule, from, i, k) => {
          const dates = occurrences(rule, { from, count: 12 });
          fc.pre(dates.length >= 2);
          const at = i % (dates.length - 1);
          const before = parseDays(dates[at] as string);
          const after = parseDays(dates[at + 1] as string);
          fc.pre(after - before > 1);
          const skipped = formatDays(before + 1 + (k % (after - before - 1)));
          const series = { recurrence: rule, from, count: 12, startTime: '11:00', timeZone: 'UTC', durationMinutes: 60, exceptions: { skip: [skipped] } };
          expect(issuesOf(() => planSessions(series))).toEqual([
            { path: ['exceptions', 'skip', 0], code: 'custom', message: `${skipped} is not a date the rule gives; the rule's nearest dates are ${dates[at] as string} and ${dates[at + 1] as string}` },
          ]);
        }),
        { numRuns: 150 },
      );
    });

    it('a series with a key the schema does not know is refused at that key', () => {
      fc.assert(
        fc.property(fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !(k in SeriesSchema.shape) && k !== '__proto__'), (key) => {
          const issues = issuesOf(() => planSessions({ ...onlineGroup, [key]: 1 } as SeriesInput));
          expect(issues.map((issue) => issue.path)).toEqual([[key]]);
          expect(issues[0]?.message).toMatch(/^unknown key /);
        }),
        { numRuns: 100 },
      );
    });
  });
});

describe('time zones', () => {
  it('a legacy zone name is refused with the region meant, and that region keeps the wall time in July', () => {
    const issues = issuesOf(() => planSessions({ ...onlineGroup, timeZone: 'EST' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['timeZone']);
    expect(issues[0]?.message).toContain('write "America/New_York"');
    // EST is UTC-5 all year: 11:00 "EST" in July would be noon in New York. The region meant keeps 11:00 (EDT, 15:00Z).
    const july = planSessions({ ...onlineGroup, timeZone: 'America/New_York' }).find((s) => s.date.startsWith('2026-07'));
    expect(july).toMatchObject({ date: '2026-07-11', start: '2026-07-11T15:00:00.000Z', startTime: '11:00' });
  });

  it('a zone in any case is accepted and given back in its canonical spelling', () => {
    const sessions = planSessions({ ...onlineGroup, timeZone: 'america/new_york' });
    expect(sessions.every((s) => s.timeZone === 'America/New_York')).toBe(true);
    expect(sessions).toEqual(planSessions(onlineGroup));
    expect(compileSeries({ ...onlineGroup, timeZone: 'AMERICA/NEW_YORK' }).timeZone).toBe('America/New_York');
  });
});

describe('compileSeries', () => {
  it('plans as the series itself does, deep-frozen, and is not validated again', () => {
    const compiled = compileSeries({ ...onlineGroup, exceptions: { skip: ['2026-03-14'] } });
    expect(Object.isFrozen(compiled)).toBe(true);
    expect(Object.isFrozen(compiled.exceptions?.skip)).toBe(true);
    const spy = vi.spyOn(SeriesSchema, 'safeParse');
    try {
      expect(planSeries(compiled)).toEqual(planSeries({ ...onlineGroup, exceptions: { skip: ['2026-03-14'] } }));
      const before = spy.mock.calls.length;
      planSessions(compiled);
      planSeries(compiled);
      expect(spy.mock.calls.length).toBe(before);
      planSessions(JSON.parse(JSON.stringify(compiled)) as SeriesInput);
      expect(spy.mock.calls.length).toBe(before + 1);
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses what planning refuses: unknown keys, an end before the start, no end, skips off the rule', () => {
    expect(() => compileSeries({ ...onlineGroup, firstSessionMinute: 90 } as SeriesInput)).toThrow('did you mean "firstSessionMinutes"');
    expect(() => compileSeries({ ...onlineGroup, count: undefined, until: '2025-01-01' })).toThrow('until: must not be before from');
    expect(() => compileSeries({ ...onlineGroup, count: undefined })).toThrow('count: give "until" or "count"');
    expect(() => compileSeries({ ...onlineGroup, exceptions: { skip: ['2026-01-11'] } })).toThrow("the rule's nearest dates are 2026-01-10 and 2026-02-14");
  });

  it('a copy that merely looks compiled is validated as usual', () => {
    const copy = { ...(JSON.parse(JSON.stringify(compileSeries(onlineGroup))) as object), firstSessionMinute: 30 };
    expect(() => planSessions(copy as never)).toThrow(ValidationError);
  });
});
