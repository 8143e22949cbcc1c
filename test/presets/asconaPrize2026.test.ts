/** The International Balint Award 2026, the "Ascona Prize", as the ABS's page (seed 003) publishes it. */
import { describe, expect, it } from 'vitest';
import { checkEligibility } from '../../src/eligibility/index.js';
import { formatMoney } from '../../src/money/index.js';
import { absAsconaPrize2026 } from '../../src/presets/abs/index.js';
import { checkSubmission, type Submission } from '../../src/submissions/index.js';
import { issuesOf } from '../refunds/_helpers.js';

const prize = absAsconaPrize2026({ timeZone: 'Europe/Zurich' });
const essay: Submission = {
  profile: { professions: ['medical_student'] },
  language: 'en',
  wordCount: 7200,
  fileFormat: 'docx',
  at: '2026-01-20T12:00:00Z',
};
const codes = (submission: Submission, program = prize) => checkSubmission(program.submission, submission).reasons.map((r) => r.code);

describe('the Ascona Prize 2026', () => {
  it('is for medical students', () => {
    expect(checkEligibility(prize.eligibility, { professions: ['medical_student'] }, { at: '2026-01-20' }).verdict).toBe('eligible');
    expect(checkEligibility(prize.eligibility, { study: { field: 'medicine' } }, { at: '2026-01-20' }).verdict).toBe('eligible');
    expect(codes({ ...essay, profile: { professions: ['resident'] } })).toEqual(['author_not_eligible']);
  });

  it('accepts essays of 5,000 to 12,000 words, and not 4,999 or 12,001', () => {
    expect(codes({ ...essay, wordCount: 5000 })).toEqual([]);
    expect(codes({ ...essay, wordCount: 12_000 })).toEqual([]);
    expect(checkSubmission(prize.submission, { ...essay, wordCount: 4999 }).reasons).toEqual([
      { code: 'too_few_words', met: false, message: 'It has 4999 words; at least 5000 are required.' },
    ]);
    expect(codes({ ...essay, wordCount: 12_001 })).toEqual(['too_many_words']);
  });

  it('wants papers in English, sent as a Word attachment', () => {
    expect(codes({ ...essay, language: 'en-GB' })).toEqual([]);
    expect(codes({ ...essay, language: 'de' })).toEqual(['language_not_accepted']);
    expect(codes({ ...essay, fileFormat: 'doc' })).toEqual([]);
    expect(codes({ ...essay, fileFormat: 'pdf' })).toEqual(['format_not_accepted']);
    expect(prize.award.submitTo).toEqual({ method: 'email', recipient: 'Prof Don Nease', address: 'DONALD.NEASE@CUANSCHUTZ.EDU', attachment: 'Word' });
  });

  it('accepts essays received on January 30 and not on January 31, 2026 ("received before 31st January 2026")', () => {
    expect(codes({ ...essay, at: '2026-01-30T00:00:00+01:00' })).toEqual([]);
    expect(codes({ ...essay, at: '2026-01-30T23:59:59.999+01:00' })).toEqual([]);
    expect(checkSubmission(prize.submission, { ...essay, at: '2026-01-31T00:00:00+01:00' }).reasons.map((r) => [r.code, r.message])).toEqual([
      ['received_late', 'Received on or after January 31, 2026 (Europe/Zurich); submissions must be received before January 31, 2026 (Europe/Zurich).'],
    ]);
  });

  it('reads the deadline in the zone given, which the page does not state', () => {
    const denver = absAsconaPrize2026({ timeZone: 'America/Denver' });
    const evening = { ...essay, at: '2026-01-30T18:00:00-07:00' }; // already January 31 in Zurich
    expect(codes(evening, denver)).toEqual([]);
    expect(codes(evening)).toEqual(['received_late']);
    expect(issuesOf(() => absAsconaPrize2026({} as never)).map((i) => i.path)).toEqual([['timeZone']]);
    expect(issuesOf(() => absAsconaPrize2026({ timeZone: 'Europe/Ascona' })).map((i) => i.path)).toEqual([['timeZone']]);
    expect(prize.unpublished.map((u) => [u.fact, u.parameter, u.given])).toEqual([['submission.timeZone', 'timeZone', true]]);
  });

  it('offers prize monies of EUR 5,000 for the authors of the best three essays', () => {
    expect(prize.submission.prizes).toEqual({
      total: { amount: '5000.00', currency: 'EUR' },
      awards: 3,
      note: 'Prize monies of € 5,000 are available for the authors of the best three essays.',
    });
    expect(formatMoney(prize.submission.prizes!.total)).toBe('€5,000.00');
  });

  it('gives the prizes at the International Balint Congress in Aarhus, 30 September - 3 October 2026, to winners who present for at most 15 minutes', () => {
    expect(prize.award.ceremony).toEqual({ event: 'International Balint Congress', place: 'Aarhus, Denmark', from: '2026-09-30', until: '2026-10-03' });
    expect(prize.award.winners.presentationMaxMinutes).toBe(15);
    expect(prize.award.winners.benefits.map((b) => b.text)).toEqual([
      'The Congress fee will be waived for prize-winners and they will be provided with free accommodation.',
      'In addition, each prizewinner may claim reasonable travel expenses (the lowest available air fare) on the production of appropriate receipts.',
    ]);
    expect(prize.award.criteria.map((c) => c.name)).toEqual(['Exposition', 'Reflection', 'Action', 'Progression']);
    expect(prize.organizer).toEqual({ name: 'Foundation Psychosomatic and Social Medicine' });
  });
});
