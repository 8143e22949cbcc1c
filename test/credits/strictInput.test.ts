import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absAccreditation,
  AttendanceSchema,
  compileAccreditation,
  compileCreditSessions,
  creditsFor,
  transcriptFor,
  type SessionAttendance,
} from '../../src/credits/index.js';
import { validate } from '../../src/_lib/validate.js';
import { rejection } from '../_helpers/rejection.js';
import { offering, sessionsOf } from './_one.js';

/** The issues of a refusal as [path, message]. */
const issues = (run: () => unknown) => rejection(run).issues.map((i) => [i.path, i.message]);

const hint = (found: string, meant: string): string => `unknown key "${found}"; did you mean "${meant}"?`;

describe('credits input is strict: a misspelt key is refused at its own path with the key it is a near miss of', () => {
  it('an accreditation', () => {
    expect(issues(() => creditsFor({ title: 'Balint Group', sytems: [{ kind: 'apa_ce' }] } as never, sessionsOf(60), []))).toEqual([
      [['systems'], 'expected array, received undefined'],
      [['sytems'], hint('sytems', 'systems')],
    ]);
    expect(rejection(() => compileAccreditation({ title: 'Balint Group', systems: [{ kind: 'apa_ce' }], providr: 'ABS' } as never)).issues.map((i) => [i.path, i.message])).toEqual([
      [['providr'], hint('providr', 'provider')],
    ]);
  });

  it('a credit rule of each system, and its minimum attendance', () => {
    expect(issues(() => creditsFor(offering({ kind: 'aafp_prescribed', sessionCaps: '3.75' } as never), sessionsOf(60), []))).toEqual([
      [['systems', 0, 'sessionCaps'], hint('sessionCaps', 'sessionCap')],
    ]);
    expect(issues(() => creditsFor(offering({ kind: 'apa_ce', excludeMarkedMinute: false } as never), sessionsOf(60), []))).toEqual([
      [['systems', 0, 'excludeMarkedMinute'], hint('excludeMarkedMinute', 'excludeMarkedMinutes')],
    ]);
    const generic = { kind: 'generic', id: 'board', name: 'Board', creditsPerHour: '1', step: '0.5', rounding: 'down', basis: 'activity', designatedMaximun: '2' };
    expect(issues(() => creditsFor(offering(generic as never), sessionsOf(60), []))).toEqual([[['systems', 0, 'designatedMaximun'], hint('designatedMaximun', 'designatedMaximum')]]);
    expect(issues(() => creditsFor(offering({ kind: 'apa_ce', minimumSessions: { sessions: 1, attendence: 'any' } } as never), sessionsOf(60), []))).toEqual([
      [['systems', 0, 'minimumSessions', 'attendence'], hint('attendence', 'attendance')],
    ]);
  });

  it('a key far from every known one is refused as one this version does not know', () => {
    expect(issues(() => creditsFor(offering({ kind: 'apa_ce', color: 'blue' } as never), sessionsOf(60), []))).toEqual([
      [['systems', 0, 'color'], 'unknown key "color": not a key this version of balint-rules knows (data written for a newer version is refused, never applied in part)'],
    ]);
  });

  it('a credit session keeps the fields planSessions adds, but refuses a near miss of its own', () => {
    const planned = [{ index: 1, date: '2026-01-10', durationMinutes: 60, timeZone: 'America/New_York', origin: 'rule' }];
    expect(compileCreditSessions(planned)[0]).toEqual(planned[0]);
    expect(issues(() => creditsFor(offering({ kind: 'apa_ce' }), [{ index: 1, date: '2026-01-10', durationMinutes: 60, excludedMinute: 10 }] as never, []))).toEqual([
      [[0, 'excludedMinute'], hint('excludedMinute', 'excludedMinutes')],
    ]);
    expect(issues(() => compileCreditSessions([{ index: 1, date: '2026-01-10', durationMinutes: 60, creditcap: '1.00' }] as never))).toEqual([[[0, 'creditcap'], hint('creditcap', 'creditCap')]]);
  });

  it('an attendance record of each status', () => {
    expect(issues(() => creditsFor(offering({ kind: 'apa_ce' }), sessionsOf(60), [{ session: 1, kind: 'partial', minutesPresnt: 30 }] as never))).toEqual([
      [[0, 'minutesPresent'], 'expected number, received undefined'],
      [[0, 'minutesPresnt'], hint('minutesPresnt', 'minutesPresent')],
    ]);
    expect(issues(() => creditsFor(offering({ kind: 'apa_ce' }), sessionsOf(60), [{ session: 1, kind: 'full', minutesPresent: 60 }] as never))).toEqual([
      [[0, 'minutesPresent'], 'unknown key "minutesPresent": not a key this version of balint-rules knows (data written for a newer version is refused, never applied in part)'],
    ]);
  });

  it('the ABS accreditation’s parameters', () => {
    expect(rejection(() => absAccreditation({ title: 'Balint Group', aafpSessionCaps: '3.75' } as never)).issues.map((i) => [i.path, i.message])).toEqual([
      [['aafpSessionCaps'], hint('aafpSessionCaps', 'aafpSessionCap')],
    ]);
  });

  it('a transcript request, its participant and the parts it carries', () => {
    const request = {
      participant: { name: 'Jane Roe', idd: 'abs-1' },
      accreditation: offering({ kind: 'apa_ce' }),
      sessions: sessionsOf(60),
      attendance: [{ session: 1, kind: 'full' }],
      issuedon: '2026-01-11',
    };
    const refusal = rejection(() => transcriptFor(request as never));
    expect(refusal.subject).toBe('transcript request');
    expect(refusal.issues.map((i) => [i.path, i.message])).toEqual([
      [['participant', 'idd'], hint('idd', 'id')],
      [['issuedon'], hint('issuedon', 'issuedOn')],
    ]);
  });
});

describe('attendance lists a session at most once', () => {
  it('a repeated session is refused wherever it is, in a short list and a long one', () => {
    for (const length of [2, 8, 32, 33, 100]) {
      const records: SessionAttendance[] = Array.from({ length }, (_, i) => ({ session: i + 1, kind: 'full' }));
      expect(AttendanceSchema.parse(records)).toEqual(records);
      for (const [at, copy] of [[length - 1, 0], [1, 0], [length - 1, length - 2]] as const) {
        const repeated = records.map((r, i) => (i === at ? { ...r, session: records[copy]!.session } : r));
        expect(issues(() => validate(AttendanceSchema, repeated, 'attendance'))).toEqual([[[], 'must not list a session twice']]);
      }
    }
  });

  it('validated attendance is a fresh copy, never the caller’s records', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('full' as const, 'absent' as const), { minLength: 1, maxLength: 5 }), (kinds) => {
        const records: SessionAttendance[] = kinds.map((kind, i) => ({ session: i + 1, kind }));
        const parsed = AttendanceSchema.parse(records);
        expect(parsed).toEqual(records);
        parsed.forEach((r, i) => expect(r).not.toBe(records[i]));
      }),
    );
  });
});
