import { describe, expect, it } from 'vitest';
import { absAccreditation, aafpAcceptanceStatement, creditsFor, formatTranscript, transcriptFor, type AccreditationInput } from '../../src/credits/index.js';
import { rejection } from '../_helpers/rejection.js';
import { generic, offering, present, sessionsOf } from './_one.js';

type Issue = [path: readonly (string | number)[], message: string];
const issues = (run: () => unknown): { subject: string; issues: Issue[] } => {
  const e = rejection(run);
  return { subject: e.subject, issues: e.issues.map((i): Issue => [i.path, i.message]) };
};
const board = generic('down', '0.5', 'session');
const rule = (changes: Record<string, unknown>) => offering({ ...board, ...changes } as AccreditationInput['systems'][number]);
const accreditationIssues = (accreditation: unknown) => issues(() => creditsFor(accreditation as AccreditationInput, sessionsOf(60), []));
const AMOUNT = 'must be a decimal amount with at most two decimals, e.g. "8.50"';

describe('creditsFor refuses a rule that could not give sensible credit, naming the field', () => {
  it('a generic rule’s rate must be more than zero and at most 100 credits an hour', () => {
    expect(accreditationIssues(rule({ creditsPerHour: '0' }))).toEqual({ subject: 'accreditation', issues: [[['systems', 0, 'creditsPerHour'], 'must be more than zero']] });
    expect(accreditationIssues(rule({ creditsPerHour: '100.01' })).issues).toEqual([[['systems', 0, 'creditsPerHour'], 'must be at most 100']]);
    // The edges themselves are fine.
    expect(() => creditsFor(rule({ creditsPerHour: '100' }), sessionsOf(60), [])).not.toThrow();
    expect(() => creditsFor(rule({ creditsPerHour: '0.01' }), sessionsOf(60), [])).not.toThrow();
  });

  it('a generic rule’s step must be more than zero, and its id neither a built-in system nor other than snake_case', () => {
    expect(accreditationIssues(rule({ step: '0.00' })).issues).toEqual([[['systems', 0, 'step'], 'must be more than zero']]);
    expect(accreditationIssues(rule({ id: 'apa_ce' })).issues).toEqual([[['systems', 0, 'id'], 'must not be the name of a built-in system']]);
    expect(accreditationIssues(rule({ id: 'aafp_prescribed' })).issues).toEqual([[['systems', 0, 'id'], 'must not be the name of a built-in system']]);
    expect(accreditationIssues(rule({ id: 'Board' })).issues).toEqual([[['systems', 0, 'id'], 'must be a snake_case identifier']]);
    expect(accreditationIssues(rule({ name: '' })).issues).toEqual([[['systems', 0, 'name'], 'must not be empty']]);
  });

  it('a generic rule’s maximum and cap must be whole multiples of its step; a step that is itself wrong is reported once, on the step', () => {
    expect(accreditationIssues(rule({ designatedMaximum: '1.25' })).issues).toEqual([[['systems', 0, 'designatedMaximum'], 'must be a whole multiple of the step']]);
    expect(accreditationIssues(rule({ sessionCap: '1.25' })).issues).toEqual([[['systems', 0, 'sessionCap'], 'must be a whole multiple of the step']]);
    expect(() => creditsFor(rule({ designatedMaximum: '1.5', sessionCap: '0.5' }), sessionsOf(60), [])).not.toThrow();
    expect(accreditationIssues(rule({ step: 'x', sessionCap: '1.25' })).issues).toEqual([
      [['systems', 0, 'step'], AMOUNT],
      [['systems', 0, 'step'], 'must be more than zero'],
    ]);
    expect(accreditationIssues(rule({ step: '0', designatedMaximum: '1.25' })).issues).toEqual([[['systems', 0, 'step'], 'must be more than zero']]);
  });

  it('AAFP amounts must be quarter credits, APA amounts whole credits (half credits with a half-credit increment)', () => {
    expect(accreditationIssues(offering({ kind: 'aafp_prescribed', sessionCap: '3.7' })).issues).toEqual([[['systems', 0, 'sessionCap'], 'must be a whole multiple of 0.25']]);
    expect(accreditationIssues(offering({ kind: 'aafp_prescribed', sessionCap: 'x' })).issues).toEqual([[['systems', 0, 'sessionCap'], AMOUNT]]);
    expect(accreditationIssues(offering({ kind: 'apa_ce', designatedMaximum: '7.5' })).issues).toEqual([[['systems', 0, 'designatedMaximum'], 'must be a whole multiple of the increment']]);
    expect(accreditationIssues(offering({ kind: 'apa_ce', increment: '0.5', designatedMaximum: '7.25' })).issues).toEqual([[['systems', 0, 'designatedMaximum'], 'must be a whole multiple of the increment']]);
    expect(creditsFor(offering({ kind: 'apa_ce', increment: '0.5', designatedMaximum: '7.5' }), sessionsOf(60), []).systems.apa_ce?.designatedMaximum).toBe('7.50');
  });

  it('amounts have at most six digits before the point and two after it', () => {
    expect(accreditationIssues(offering({ kind: 'apa_ce', designatedMaximum: '1.001' })).issues).toEqual([[['systems', 0, 'designatedMaximum'], AMOUNT]]);
    expect(accreditationIssues(offering({ kind: 'apa_ce', designatedMaximum: '1000000' })).issues).toEqual([[['systems', 0, 'designatedMaximum'], AMOUNT]]);
    expect(accreditationIssues(offering({ kind: 'apa_ce', designatedMaximum: '.5' })).issues).toEqual([[['systems', 0, 'designatedMaximum'], AMOUNT]]);
    // A large maximum is written with all its digits.
    expect(creditsFor(offering({ kind: 'apa_ce', designatedMaximum: '999999' }), sessionsOf(60), present('full')).systems.apa_ce?.designatedMaximum).toBe('999999.00');
  });

  it('an accreditation offers one to fifty systems, has a title, and asks for a minimum of 1 to 10,000 sessions', () => {
    const many = (n: number) => ({ title: 'T', systems: Array.from({ length: n }, (_, i) => ({ ...board, id: `board_${i}` })) });
    expect(() => creditsFor(many(50) as AccreditationInput, sessionsOf(60), [])).not.toThrow();
    expect(accreditationIssues(many(51)).issues).toEqual([[['systems'], 'must have at most 50 item(s)']]);
    expect(accreditationIssues({ title: 'T', systems: [] }).issues).toEqual([[['systems'], 'must offer at least one credit system']]);
    expect(accreditationIssues({ title: '', systems: [{ kind: 'apa_ce' }] }).issues).toEqual([[['title'], 'must not be empty']]);
    expect(accreditationIssues(offering({ kind: 'apa_ce', minimumSessions: { sessions: 0 } })).issues).toEqual([[['systems', 0, 'minimumSessions', 'sessions'], 'must be at least 1']]);
    expect(accreditationIssues(offering({ kind: 'apa_ce', minimumSessions: { sessions: 10_001 } })).issues).toEqual([
      [['systems', 0, 'minimumSessions', 'sessions'], 'must be at most 10000'],
    ]);
  });

  it('a minimum larger than the activity is reported for every system that asks for it, in the singular for one session', () => {
    expect(accreditationIssues({ title: 'T', systems: [{ kind: 'apa_ce', minimumSessions: { sessions: 2 } }, { kind: 'aafp_prescribed' }, { ...board, minimumSessions: { sessions: 3 } }] })).toEqual({
      subject: 'accreditation',
      issues: [
        [['systems', 0, 'minimumSessions', 'sessions'], 'must not exceed the one session of the activity'],
        [['systems', 2, 'minimumSessions', 'sessions'], 'must not exceed the one session of the activity'],
      ],
    });
  });
});

describe('creditsFor refuses sessions and attendance it cannot count', () => {
  const sessionIssues = (sessions: unknown) => issues(() => creditsFor(offering({ kind: 'apa_ce' }), sessions as never, []));
  const attendanceIssues = (attendance: unknown) => issues(() => creditsFor(offering({ kind: 'apa_ce' }), sessionsOf(60, 60), attendance as never));

  it('sessions: an index of 1 or more, a length of 1 to 1,440 minutes, excluded minutes within it, no index twice', () => {
    const s = { index: 1, date: '2026-03-05', durationMinutes: 60 };
    expect(sessionIssues([{ ...s, index: 0 }])).toEqual({ subject: 'sessions', issues: [[[0, 'index'], 'must be a session index, 1 or more']] });
    expect(sessionIssues([{ ...s, durationMinutes: 0 }]).issues).toEqual([[[0, 'durationMinutes'], 'must be at least 1']]);
    expect(sessionIssues([{ ...s, durationMinutes: 1441 }]).issues).toEqual([[[0, 'durationMinutes'], 'must be at most 1440']]);
    expect(sessionIssues([{ ...s, excludedMinutes: -1 }]).issues).toEqual([[[0, 'excludedMinutes'], 'must be at least 0']]);
    expect(sessionIssues([{ ...s, excludedMinutes: 61 }]).issues).toEqual([[[0, 'excludedMinutes'], 'must not exceed the session length']]);
    expect(sessionIssues([{ ...s, creditCap: '1.234' }]).issues).toEqual([[[0, 'creditCap'], AMOUNT]]);
    expect(sessionIssues([s, { ...s, date: '2026-03-12' }]).issues).toEqual([[[], 'must not repeat a session index']]);
    expect(() => creditsFor(offering({ kind: 'apa_ce' }), [{ ...s, durationMinutes: 1440, excludedMinutes: 1440 }], [])).not.toThrow();
  });

  it('attendance: a session index of 1 or more, 0 to 1,440 minutes, a session of the activity, no more minutes than it has; every problem is named', () => {
    expect(attendanceIssues([{ session: 0, kind: 'full' }])).toEqual({ subject: 'attendance', issues: [[[0, 'session'], 'must be a session index, 1 or more']] });
    expect(attendanceIssues([{ session: 1, kind: 'partial', minutesPresent: 1441 }]).issues).toEqual([[[0, 'minutesPresent'], 'must be at most 1440']]);
    expect(attendanceIssues([{ session: 1, kind: 'partial', minutesPresent: -1 }]).issues).toEqual([[[0, 'minutesPresent'], 'must be at least 0']]);
    expect(attendanceIssues([{ session: 5, kind: 'full' }, { session: 1, kind: 'absent' }, { session: 2, kind: 'partial', minutesPresent: 61 }]).issues).toEqual([
      [[0, 'session'], 'names session 5, which is not one of the sessions'],
      [[2, 'minutesPresent'], "must not exceed the session's 60 minutes"],
    ]);
  });
});

describe('the other entry points refuse bad input under their own names', () => {
  it('absAccreditation, aafpAcceptanceStatement, transcriptFor and formatTranscript', () => {
    expect(issues(() => absAccreditation({ title: '' }))).toEqual({ subject: 'ABS accreditation parameters', issues: [[['title'], 'must not be empty']] });
    expect(issues(() => absAccreditation({ title: 'T', aafpDesignatedMaximum: 'x' })).issues).toEqual([[['aafpDesignatedMaximum'], AMOUNT]]);
    expect(issues(() => absAccreditation({ title: 'T', aafpSessionCap: '3.7' }))).toMatchObject({ subject: 'ABS accreditation parameters', issues: [[expect.anything(), 'must be a whole multiple of 0.25']] });
    expect(issues(() => aafpAcceptanceStatement(''))).toEqual({ subject: 'activity title', issues: [[[], 'must not be empty']] });
    expect(issues(() => transcriptFor({ participant: { name: '' }, accreditation: offering({ kind: 'apa_ce' }), sessions: sessionsOf(60), attendance: [] }))).toEqual({
      subject: 'transcript request',
      issues: [[['participant', 'name'], 'must not be empty']],
    });
    expect(issues(() => transcriptFor({ participant: { name: 'P', id: '' }, accreditation: offering({ kind: 'apa_ce' }), sessions: sessionsOf(60), attendance: [], issuedOn: '2026-13-01' })).issues.map(([p]) => p)).toEqual([
      ['participant', 'id'],
      ['issuedOn'],
    ]);
    expect(issues(() => formatTranscript({} as never)).subject).toBe('transcript');
  });
});
