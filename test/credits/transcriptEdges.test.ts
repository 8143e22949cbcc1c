import { describe, expect, it } from 'vitest';
import { AMA_AAFP_EQUIVALENCY_STATEMENT, formatTranscript, transcriptFor, type Transcript } from '../../src/credits/index.js';
import { offering, present, sessionsOf } from './_one.js';

const lines = (t: Transcript): string[] => formatTranscript(t).split('\n');

describe('transcripts at their edges', () => {
  it('dates run from the earliest session to the latest, and attended dates are in order, whatever order the sessions are listed in', () => {
    const t = transcriptFor({
      participant: { name: 'P' },
      accreditation: { title: 'Group', provider: 'Somewhere', systems: [{ kind: 'apa_ce', statement: 'Approved.' }] },
      sessions: sessionsOf(60, 60, 60).reverse(),
      attendance: present('full', 'absent', 1),
    });
    expect(t.activity).toEqual({ title: 'Group', provider: 'Somewhere', firstDate: '2026-03-05', lastDate: '2026-03-19', sessions: 3 });
    expect(t.attendance).toEqual({ sessionsAttended: 2, minutesPresent: 61, datesAttended: ['2026-03-05', '2026-03-19'] });
    expect(t.statements).toEqual(['Approved.']);
    expect(t.issuedOn).toBeNull();
    expect(lines(t)).toEqual([
      'Continuing education transcript',
      '',
      'Participant: P',
      'Activity: Group',
      'Provider: Somewhere',
      'Dates: 2026-03-05 to 2026-03-19 (3 sessions)',
      'Attended: 2 of 3 sessions, 61 minutes: 2026-03-05, 2026-03-19',
      '',
      'Credits:',
      '- APA continuing education credit for psychologists: 1.00 (of 3.00 available)',
      '',
      'Approved.',
      '',
    ]);
  });

  it('one session attended for one minute reads in the singular', () => {
    const t = transcriptFor({ participant: { name: 'P', id: 'x-1' }, accreditation: offering({ kind: 'apa_ce' }), sessions: sessionsOf(60), attendance: present(1), issuedOn: '2026-03-06' });
    expect(lines(t).slice(2)).toEqual([
      'Participant: P (x-1)',
      'Activity: Balint Group',
      'Dates: 2026-03-05 (1 session)',
      'Attended: 1 of 1 session, 1 minute: 2026-03-05',
      '',
      'Credits:',
      '- APA continuing education credit for psychologists: 0.00 (of 1.00 available)',
      '',
      'Issued: 2026-03-06',
      '',
    ]);
  });

  it('a transcript with no credit lines says so, and one equivalency shared by two lines is printed once', () => {
    const t = transcriptFor({ participant: { name: 'P' }, accreditation: offering({ kind: 'aafp_prescribed' }), sessions: sessionsOf(60), attendance: present('full') });
    expect(lines({ ...t, credits: [] })).toContain('- none');
    expect(lines(t)).not.toContain('- none');
    const aafp = t.credits[0]!;
    const twice = formatTranscript({ ...t, credits: [aafp, { ...aafp, id: 'again', name: 'Again' }] });
    expect(twice.split(AMA_AAFP_EQUIVALENCY_STATEMENT).length - 1).toBe(1);
    expect(twice).toContain('- Again: 1.00 (of 1.00 available); report as AAFP Prescribed\n');
  });
});
