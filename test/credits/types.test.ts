import { describe, expect, it } from 'vitest';
import { creditsFor, type AccreditationInput, type CreditRule, type SessionAttendance } from '../../src/credits/index.js';
import { credentialStatus, type CredentialStanding } from '../../src/credentialing/index.js';

/** Misuse that must not compile (checked by `tsc -p .`); each line is also rejected at run time. */
describe('types reject misuse', () => {
  it('an attendance status outside full/partial/absent, or partial without minutes, does not compile', () => {
    // @ts-expect-error -- 'late' is not an attendance status
    const late: SessionAttendance = { session: 1, status: 'late' };
    // @ts-expect-error -- partial attendance needs minutesPresent
    const partial: SessionAttendance = { session: 1, kind: 'partial' };
    const sessions = [{ index: 1, date: '2026-01-10', durationMinutes: 90 }];
    const accreditation: AccreditationInput = { title: 'Group', systems: [{ kind: 'apa_ce' }] };
    expect(() => creditsFor(accreditation, sessions, [late])).toThrow();
    expect(() => creditsFor(accreditation, sessions, [partial])).toThrow();
  });

  it('a credit amount given as a number, or a generic rule without its step, does not compile', () => {
    // @ts-expect-error -- amounts are decimal strings
    const numeric: CreditRule = { kind: 'aafp_prescribed', designatedMaximum: 8.5 };
    // @ts-expect-error -- a generic rule needs step, rounding and basis
    const generic: CreditRule = { kind: 'generic', id: 'x', name: 'X', creditsPerHour: '1' };
    for (const rule of [numeric, generic]) expect(() => creditsFor({ title: 'T', systems: [rule] }, [{ index: 1, date: '2026-01-10', durationMinutes: 60 }], [])).toThrow();
  });

  it('credentialStatus needs the date it judges on (at), and its standings are a closed set', () => {
    // @ts-expect-error -- `at` is always a parameter
    expect(() => credentialStatus({ name: 'R', periodMonths: 12, qualifyingKinds: ['x'], components: [{ category: 'c', activities: 1 }] }, { holder: { id: 'h' }, issued: '2026-01-01' }, [], {})).toThrow();
    // @ts-expect-error -- 'expired' is not a standing
    const standing: CredentialStanding = 'expired';
    expect(standing).toBe('expired');
  });
});
