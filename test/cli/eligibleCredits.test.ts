import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { creditsFor } from '../../src/credits/index.js';
import { checkEligibility } from '../../src/eligibility/index.js';
import { FIXTURES } from './_bin.js';
import { failedCleanly, json, run } from './_run.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

describe('balint eligible', () => {
  const DIVERSITY = ['eligible', '--rule', 'abs-diversity-discussions-2026', '--at', '2026-03-12'];

  it('lets an ABS Member leading a Balint group into the diversity discussion ("Who: Any ABS Member leading a Balint Group")', () => {
    expect(run([...DIVERSITY, '--profile', 'me.json'])).toEqual({ code: 0, stdout: 'Eligible on 2026-03-12.\n', stderr: '' });
  });

  it('lists every reason someone is not eligible; exit code 0, or 1 with --exit-code', () => {
    const ran = run([...DIVERSITY, '--profile', 'lapsed-member.json']);
    expect(ran).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Not eligible on 2026-03-12:',
        '- You must be an ABS Member; your membership of ABS ended on 2025-12-31, before 2026-03-12.',
        '- You must be leading a Balint group; your profile says you do not lead one.',
        '',
      ].join('\n'),
    });
    expect(run([...DIVERSITY, '--profile', 'lapsed-member.json', '--exit-code']).code).toBe(1);
    expect(run([...DIVERSITY, '--profile', 'me.json', '--exit-code']).code).toBe(0);
  });

  it('prints checkEligibility\'s result with --json, for a rule file too', () => {
    const ran = run(['eligible', '--rule', 'rule.json', '--profile', 'lapsed-member.json', '--at', '2026-03-12', '--json']);
    expect(json(ran)).toEqual(checkEligibility(fixture('rule.json') as never, fixture('lapsed-member.json') as never, { at: '2026-03-12' }));
  });

  it('builds a preset from its parameters: the online groups ask that registrants be clinically active', () => {
    const argv = ['eligible', '--rule', 'abs-online-group-tuesday-2026', '--at', '2026-01-15'];
    expect(run([...argv, '--param', 'minRegistrants=6', '--profile', 'clinician.json']).stdout).toBe('Eligible on 2026-01-15.\n');
    expect(run([...argv, '--params', 'tuesday-params.json', '--profile', 'me.json']).stdout).toBe(
      'Not eligible on 2026-01-15:\n- You must be clinically active; your profile does not say whether you are.\n',
    );
    // The rule is the only part read: the minimum (a capacity parameter) is not needed, and a misspelt parameter is still refused.
    expect(run([...argv, '--profile', 'clinician.json']).stdout).toBe('Eligible on 2026-01-15.\n');
    const misspelt = run([...argv, '--param', 'minRegistrant=6', '--profile', 'me.json']);
    expect(failedCleanly(misspelt)).toBe(true);
    expect(misspelt.stderr).toBe(
      'error: preset abs-online-group-tuesday-2026: minRegistrant: unknown key "minRegistrant"; did you mean "minRegistrants"? (see "balint presets abs-online-group-tuesday-2026")\n',
    );
  });

  it('reads the profile from standard input, and today from the clock in the machine\'s zone', () => {
    const clock = { epochMs: Date.UTC(2026, 0, 1, 3, 0), timeZone: 'America/Los_Angeles' }; // still December 31, 2025 in California
    const ran = run(['eligible', '--rule', 'rule.json', '--profile', '-', '--at', 'today'], { stdin: readFileSync(join(FIXTURES, 'me.json'), 'utf8'), clock });
    expect(ran.stdout).toBe('Eligible on 2025-12-31.\n');
  });

  it('asked for now, where it takes a date, says to write today, and reads no clock', () => {
    expect(run(['eligible', '--rule', 'rule.json', '--profile', 'me.json', '--at', 'now'])).toEqual({ code: 2, stdout: '', stderr: 'error: --at takes a date, YYYY-MM-DD, or today (not now)\n' });
  });

  it('names the file of an invalid profile and every issue in it', () => {
    const ran = run([...DIVERSITY, '--profile', 'invalid-profile.json']);
    expect(failedCleanly(ran)).toBe(true);
    expect(ran.stderr).toBe(
      'error: invalid registrant profile in "invalid-profile.json": memberships[0].until: must be a calendar date written YYYY-MM-DD; leadsGroup: expected boolean, received string\n',
    );
  });
});

describe('balint credits', () => {
  it("gives the Saturday group's full attendance 8.50 AAFP Prescribed and 8.00 APA credits, with reasons", () => {
    const ran = run(['credits', '--accreditation', 'accreditation.json', '--sessions', 'sessions.json', '--attended', 'all']);
    const lines = ran.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Balint Group - Decreasing Isolation with Peer Consultation',
      'Attended 8 of 8 sessions (510 minutes present).',
      '',
      'AAFP Prescribed credit: 8.50 credits (maximum 8.50)',
    ]);
    expect(lines[4]).toBe('  - Session 1 (2026-01-10): present 90 of 90 minutes; 90 minutes count, 1.50 credits.');
    expect(lines).toContain('APA continuing education credit for psychologists: 8.00 credits (maximum 8.00)');
  });

  it('prints creditsFor\'s result with --json, from an attendance file', () => {
    const ran = run(['credits', '--accreditation', 'accreditation.json', '--sessions', 'sessions.json', '--attendance', 'attendance.json', '--json']);
    expect(json(ran)).toEqual(creditsFor(fixture('accreditation.json') as never, fixture('sessions.json') as never, fixture('attendance.json') as never));
  });

  it('takes the sessions "balint sessions --json" prints', () => {
    const planned = run(['sessions', 'second Saturday', '--from', '2026-01-01', '--count', '8', '--time', '11:00', '--tz', 'America/New_York', '--duration', '60', '--first-duration', '90', '--json']);
    const fromPlan = run(['credits', '--accreditation', 'accreditation.json', '--sessions', '-', '--attended', '1-4,6-8', '--json'], { stdin: planned.stdout });
    const fromFile = run(['credits', '--accreditation', 'accreditation.json', '--sessions', 'sessions.json', '--attended', '1-4,6-8', '--json']);
    expect(fromPlan.code).toBe(0);
    expect(json(fromPlan)).toEqual(json(fromFile));
  });

  it("takes a preset's accreditation and sessions: the Tuesday group", () => {
    const out = json(run(['credits', '--accreditation', 'abs-online-group-tuesday-2026', '--param', 'minRegistrants=6', '--attended', 'all', '--json'])) as {
      sessions: number;
      systems: Record<string, { id: string; credits: string }>;
    };
    expect([out.sessions, Object.values(out.systems).map((s) => [s.id, s.credits])]).toEqual([10, [['aafp_prescribed', '10.50'], ['apa_ce', '10.00']]]);
  });

  it('balint credits --accreditation abs-online-group-saturday-2026 --attended all: the accreditation and sessions need neither fees nor minimum', () => {
    const ran = run(['credits', '--accreditation', 'abs-online-group-saturday-2026', '--attended', 'all']);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe('');
    const lines = ran.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Balint Group - Decreasing Isolation with Peer Consultation', 'Attended 8 of 8 sessions (510 minutes present).']);
    expect(lines).toContain('AAFP Prescribed credit: 8.50 credits (maximum 8.50)');
    // A parameter of the credit is still read, and those of other parts (kept in one parameters file) are left aside.
    const capped = json(run(['credits', '--accreditation', 'abs-online-group-saturday-2026', '--param', 'aafpDesignatedMaximum="8.00"', '--param', 'minRegistrants=6', '--attended', 'all', '--json'])) as {
      systems: Record<string, { id: string; credits: string }>;
    };
    expect(Object.values(capped.systems).map((s) => [s.id, s.credits])).toEqual([['aafp_prescribed', '8.00'], ['apa_ce', '8.00']]);
  });

  it('refuses a misspelt parameter of the part, with the parameter meant', () => {
    const ran = run(['credits', '--accreditation', 'abs-online-group-saturday-2026', '--param', 'aafpDesignatedMaximun=8', '--attended', 'all']);
    expect(failedCleanly(ran)).toBe(true);
    expect(ran.stderr).toBe(
      'error: preset abs-online-group-saturday-2026: aafpDesignatedMaximun: unknown key "aafpDesignatedMaximun"; did you mean "aafpDesignatedMaximum"? (see "balint presets abs-online-group-saturday-2026")\n',
    );
  });

  it('refuses a preset that offers no credit, and a list of sessions that do not exist', () => {
    expect(run(['credits', '--accreditation', 'abs-diversity-discussions-2026', '--attended', 'all']).stderr).toBe(
      'error: preset abs-diversity-discussions-2026 offers no continuing-education credit\n',
    );
    const base = ['credits', '--accreditation', 'accreditation.json', '--sessions', 'sessions.json'];
    expect(run([...base, '--attended', '1-9']).stderr).toBe('error: --attended "1-9": there is no session 9 (sessions 1, 2, 3, 4, 5, 6, 7, 8)\n');
    expect(run([...base, '--attended', 'most']).stderr).toBe('error: --attended "most": write session numbers and ranges such as 1-3,5, or all\n');
    expect(run([...base, '--attended', 'all', '--attendance', 'attendance.json']).stderr).toBe(
      'error: give --attendance <file> or --attended <sessions>, not both\n',
    );
  });
});
