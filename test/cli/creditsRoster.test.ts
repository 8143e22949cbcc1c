import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { creditRoster, creditRosterCsv } from '../../src/credits/index.js';
import { FIXTURES } from './_bin.js';
import { json, run } from './_run.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const base = ['credits', '--accreditation', 'accreditation-abfm.json', '--sessions', 'sessions.json'];

describe('balint credits: attendance requirements and the roster', () => {
  it('reports each requirement as met or not met, with the sessions that fell short', () => {
    const ran = run([...base, '--attendance', 'attendance.json']);
    expect(ran.code).toBe(0);
    expect(ran.stdout.split('\n').slice(-6)).toEqual([
      '',
      'ABFM Performance Improvement (MOC Part IV): met',
      '  - ABFM Performance Improvement (MOC Part IV): at least 6 of the 8 sessions must be attended in their entirety; 6 were (sessions 3 and 5 fell short), so the requirement is met.',
      '  - Session 3 (2026-03-14): present 45 of 60 minutes, not the whole session.',
      '  - Session 5 (2026-05-09): absent.',
      '',
    ]);
    const out = json(run([...base, '--attended', '1-5', '--json'])) as { requirements: { id: string; met: boolean; attended: number }[] };
    expect(out.requirements.map((r) => [r.id, r.met, r.attended])).toEqual([['abfm_pi', false, 5]]);
  });

  it('--roster prints the whole group as RFC 4180 CSV, and the roster itself with --json', () => {
    const ran = run([...base, '--roster', 'roster.json']);
    expect(ran.stderr).toBe('');
    expect(ran.stdout.split('\r\n')).toEqual([
      'participant_id,name,system_id,system_name,credits,completion_date,requirement:abfm_pi',
      'abs-1024,"Jane Roe, MD",aafp_prescribed,AAFP Prescribed credit,8.50,2026-08-08,met',
      'abs-1024,"Jane Roe, MD",apa_ce,APA continuing education credit for psychologists,8.00,2026-08-08,met',
      'abs-2048,"Doe, John",aafp_prescribed,AAFP Prescribed credit,3.25,2026-03-14,not met',
      'abs-2048,"Doe, John",apa_ce,APA continuing education credit for psychologists,2.00,2026-03-14,not met',
      '',
    ]);
    const roster = creditRoster(fixture('accreditation-abfm.json') as never, fixture('sessions.json') as never, fixture('roster.json') as never);
    expect(ran.stdout).toBe(creditRosterCsv(roster));
    expect(json(run([...base, '--roster', 'roster.json', '--json']))).toEqual(roster);
  });

  it('refuses a roster together with one participant’s attendance, and names the roster file in its refusals', () => {
    expect(run([...base, '--roster', 'roster.json', '--attended', 'all']).stderr).toBe(
      'error: give --roster <file>, or --attendance <file> or --attended <sessions>, not both\n',
    );
    const refused = run([...base, '--roster', 'attendance.json']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('roster in "attendance.json"');
  });
});
