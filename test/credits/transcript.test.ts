import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ABS_APA_SPONSOR_STATEMENT,
  AMA_AAFP_EQUIVALENCY_STATEMENT,
  absAccreditation,
  aafpAcceptanceStatement,
  formatTranscript,
  transcriptFor,
  type SessionAttendance,
  type Transcript,
} from '../../src/credits/index.js';
import { ValidationError } from '../../src/errors/index.js';
import { creditCaseArb, seedSessions } from '../_arbitraries/credits.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

const TITLE = 'Balint Group - Decreasing Isolation with Peer Consultation';
const attendance: SessionAttendance[] = seedSessions.filter((s) => s.index !== 4).map((s) => ({ session: s.index, kind: 'full' }));

describe('absAccreditation', () => {
  it('offers AAFP Prescribed and APA credit with the seeds’ wording and assumes no number', () => {
    expect(absAccreditation({ title: TITLE })).toEqual({
      title: TITLE,
      provider: 'American Balint Society',
      systems: [
        { kind: 'aafp_prescribed', statement: 'The AAFP has reviewed Balint Group - Decreasing Isolation with Peer Consultation, and deemed it acceptable for AAFP credit.' },
        { kind: 'apa_ce', statement: ABS_APA_SPONSOR_STATEMENT, increment: '1', excludeMarkedMinutes: true },
      ],
    });
    expect(absAccreditation({ title: TITLE, aafpDesignatedMaximum: '8.5', aafpSessionCap: '3.75', apaDesignatedMaximum: '8' }).systems).toMatchObject([
      { designatedMaximum: '8.5', sessionCap: '3.75' },
      { designatedMaximum: '8' },
    ]);
  });

  it('rejects a missing title and a maximum off the step', () => {
    expect(() => absAccreditation({ title: '' })).toThrow(ValidationError);
    expect(() => absAccreditation({ title: TITLE, apaDesignatedMaximum: '8.5' })).toThrow(/multiple of the increment/);
    expect(() => aafpAcceptanceStatement(42 as never)).toThrow(ValidationError);
  });
});

describe('transcriptFor and formatTranscript', () => {
  const transcript = transcriptFor({
    participant: { name: 'Jane Roe, MD', id: 'abs-1024' },
    accreditation: absAccreditation({ title: TITLE }),
    sessions: seedSessions,
    attendance,
    issuedOn: '2026-08-09',
  });

  it('records the activity, dates, attendance and credit by system, AAFP to be reported as Prescribed', () => {
    expect(transcript).toEqual({
      participant: { name: 'Jane Roe, MD', id: 'abs-1024' },
      activity: { title: TITLE, provider: 'American Balint Society', firstDate: '2026-01-10', lastDate: '2026-08-08', sessions: 8 },
      attendance: {
        sessionsAttended: 7,
        minutesPresent: 450,
        datesAttended: ['2026-01-10', '2026-02-14', '2026-03-14', '2026-05-09', '2026-06-13', '2026-07-11', '2026-08-08'],
      },
      credits: [
        { id: 'aafp_prescribed', name: 'AAFP Prescribed credit', credits: '7.50', maximum: '8.50', reportAs: 'AAFP Prescribed', equivalency: AMA_AAFP_EQUIVALENCY_STATEMENT },
        { id: 'apa_ce', name: 'APA continuing education credit for psychologists', credits: '7.00', maximum: '8.00', reportAs: null, equivalency: null },
      ],
      requirements: [],
      statements: [aafpAcceptanceStatement(TITLE), ABS_APA_SPONSOR_STATEMENT],
      issuedOn: '2026-08-09',
    } satisfies Transcript);
  });

  it('prints as plain text with the equivalency wording exactly', () => {
    expect(formatTranscript(transcript)).toBe(
      [
        'Continuing education transcript',
        '',
        'Participant: Jane Roe, MD (abs-1024)',
        `Activity: ${TITLE}`,
        'Provider: American Balint Society',
        'Dates: 2026-01-10 to 2026-08-08 (8 sessions)',
        'Attended: 7 of 8 sessions, 450 minutes: 2026-01-10, 2026-02-14, 2026-03-14, 2026-05-09, 2026-06-13, 2026-07-11, 2026-08-08',
        '',
        'Credits:',
        '- AAFP Prescribed credit: 7.50 (of 8.50 available); report as AAFP Prescribed',
        '- APA continuing education credit for psychologists: 7.00 (of 8.00 available)',
        '',
        `AMA/AAFP Equivalency: ${AMA_AAFP_EQUIVALENCY_STATEMENT}`,
        '',
        'The AAFP has reviewed Balint Group - Decreasing Isolation with Peer Consultation, and deemed it acceptable for AAFP credit.',
        ABS_APA_SPONSOR_STATEMENT,
        '',
        'Issued: 2026-08-09',
        '',
      ].join('\n'),
    );
  });

  it('leaves out what it was not given, and rejects a malformed transcript', () => {
    const bare = transcriptFor({
      participant: { name: 'A. Psychologist, PhD' },
      accreditation: { title: 'One evening', systems: [{ kind: 'apa_ce' }] },
      sessions: [{ index: 1, date: '2026-03-12', durationMinutes: 60 }],
      attendance: [],
    });
    expect(formatTranscript(bare)).toBe(
      [
        'Continuing education transcript',
        '',
        'Participant: A. Psychologist, PhD',
        'Activity: One evening',
        'Dates: 2026-03-12 (1 session)',
        'Attended: 0 of 1 session, 0 minutes',
        '',
        'Credits:',
        '- APA continuing education credit for psychologists: 0.00 (of 1.00 available)',
        '',
      ].join('\n'),
    );
    expect(() => formatTranscript({ ...bare, issuedOn: '2026-02-30' })).toThrow(ValidationError);
    expect(() => transcriptFor({} as never)).toThrow(ValidationError);
  });

  describe('properties', () => {
    it('a transcript’s credits are the credits creditsFor gives, and it prints without error', () => {
      fc.assert(
        fc.property(creditCaseArb, (c) => {
          const t = transcriptFor({ participant: { name: 'P' }, ...c });
          expect(t.credits.length).toBe(c.accreditation.systems.length);
          expect(t.attendance.datesAttended.length).toBe(t.attendance.sessionsAttended);
          const text = formatTranscript(t);
          for (const credit of t.credits) expect(text).toContain(`${credit.name}: ${credit.credits} (of ${credit.maximum} available)`);
          expect(text.includes(AMA_AAFP_EQUIVALENCY_STATEMENT)).toBe(t.credits.some((x) => x.id === 'aafp_prescribed'));
        }),
        { numRuns: 100 },
      );
    });

    it('inputs are not mutated and the same inputs give the same transcript', () => {
      fc.assert(
        fc.property(creditCaseArb, (c) => {
          const request = deepFreeze({ participant: { name: 'P' }, ...structuredClone(c), issuedOn: '2026-12-31' });
          const t = deepFreeze(transcriptFor(request));
          expect(transcriptFor(request)).toEqual(t);
          expect(formatTranscript(t)).toBe(formatTranscript(structuredClone(t)));
        }),
        { numRuns: 100 },
      );
    });
  });
});
