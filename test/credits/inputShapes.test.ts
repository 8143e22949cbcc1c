import { describe, expect, it } from 'vitest';
import {
  absAccreditation,
  compileAccreditation,
  compileCreditSessions,
  creditsFor,
  type AccreditationInput,
  type SessionAttendance,
} from '../../src/credits/index.js';
import { rejection } from '../_helpers/rejection.js';
import { generic, offering, sessionsOf } from './_one.js';

const TITLE = 'Balint Group - Decreasing Isolation with Peer Consultation';

describe('what the credits entry points accept and how they name a refusal', () => {
  it('absAccreditation adds a maximum or a cap only when one is given', () => {
    const bare = absAccreditation({ title: TITLE });
    expect(bare.systems.map((s) => Object.keys(s).sort())).toEqual([
      ['kind', 'statement'],
      ['excludeMarkedMinutes', 'increment', 'kind', 'statement'],
    ]);
    const full = absAccreditation({ title: TITLE, aafpDesignatedMaximum: '8.5', aafpSessionCap: '3.75', apaDesignatedMaximum: '8' });
    expect(full.systems.map((s) => Object.keys(s).sort())).toEqual([
      ['designatedMaximum', 'kind', 'sessionCap', 'statement'],
      ['designatedMaximum', 'excludeMarkedMinutes', 'increment', 'kind', 'statement'],
    ]);
  });

  it('compiling names what it refuses: the accreditation, the sessions', () => {
    expect(rejection(() => compileAccreditation({ title: '', systems: [{ kind: 'apa_ce' }] })).subject).toBe('accreditation');
    expect(rejection(() => compileCreditSessions([])).subject).toBe('sessions');
  });

  it('refusals found after validation are custom issues, like the schema’s own refinements', () => {
    const attendance = rejection(() => creditsFor(offering({ kind: 'apa_ce' }), sessionsOf(60), [{ session: 2, kind: 'full' }, { session: 1, kind: 'partial', minutesPresent: 61 }]));
    expect(attendance.issues.map((i) => i.code)).toEqual(['custom', 'custom']);
    const minimum = rejection(() => creditsFor(offering({ kind: 'apa_ce', minimumSessions: { sessions: 2 } }), sessionsOf(60), []));
    expect(minimum.issues.map((i) => [i.code, i.message])).toEqual([['custom', 'must not exceed the one session of the activity']]);
  });

  it('a generic rule’s id is snake_case from its first letter to its last, at most 64 characters', () => {
    const withId = (id: string): AccreditationInput => offering({ ...generic('down', '1', 'activity'), id } as AccreditationInput['systems'][number]);
    for (const bad of ['Board', 'board-x', 'board x', '1board', '_board', `b${'x'.repeat(64)}`]) {
      expect(rejection(() => creditsFor(withId(bad), sessionsOf(60), [])).issues.map((i) => i.message), bad).toEqual(['must be a snake_case identifier']);
    }
    for (const good of ['b', 'board_2', `b${'x'.repeat(63)}`]) expect(creditsFor(withId(good), sessionsOf(60), []).systems[good]?.id).toBe(good);
  });

  it('an attendance lists at most 10,000 records', () => {
    const many: SessionAttendance[] = Array.from({ length: 10_001 }, (_, i) => ({ session: i + 1, kind: 'absent' }));
    expect(rejection(() => creditsFor(offering({ kind: 'apa_ce' }), sessionsOf(60), many)).issues.map((i) => [i.path, i.message])).toEqual([[[], 'must have at most 10000 item(s)']]);
  });
});
