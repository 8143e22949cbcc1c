/** waitlist with offers (--claim-hours, --at, accept/decline/transfer events) and transfer quotes; typos. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quoteTransfer, replayRegistrations } from '../../src/capacity/index.js';
import { waitlistTimelineSvg } from '../../src/pictures/index.js';
import { FIXTURES } from './_bin.js';
import { json, run } from './_run.js';

const OFFERS = JSON.parse(readFileSync(join(FIXTURES, 'offers.json'), 'utf8')) as Parameters<typeof replayRegistrations>[1];
const PLAIN = OFFERS.slice(0, 5);

describe('balint waitlist with offers', () => {
  it('--claim-hours offers the freed seat; the log shows the offer, its expiry, the next offer and the accept', () => {
    const ran = run(['waitlist', '--events', 'offers.json', '--seats', '2', '--claim-hours', '48']);
    expect(ran.code).toBe(0);
    expect(ran.stdout.split('\n').slice(0, 4)).toEqual(['seats:      2 of 2 taken', 'confirmed:  ben, dee', 'waitlisted: none', 'cancelled:  ana, cai']);
    expect(ran.stdout).toContain("  6. Tuesday, March 3, 2026 12:00 UTC: cai's offer expired at 2026-03-03T12:00:00.000Z unanswered; cai leaves the waitlist.\n");
    expect(ran.stdout).toContain('  6. Wednesday, March 4, 2026 09:00 UTC: dee accepted the offered seat ana gave up and is confirmed.\n');
  });

  it('shows an outstanding offer; --at lets it expire and offers the seat on; --json is the library\'s roster', () => {
    const files = { 'five.json': JSON.stringify(PLAIN) };
    const open = run(['waitlist', '--events', 'five.json', '--seats', '2', '--claim-hours', '48', '--at', '2026-03-02T00:00:00Z'], { files });
    expect(open.stdout.split('\n').slice(0, 4)).toEqual([
      'seats:      1 of 2 taken, 1 held for an offer',
      'confirmed:  ben',
      'waitlisted: 1. dee',
      'offered:    cai (seat ana gave up, until Tuesday, March 3, 2026 12:00 UTC)',
    ]);
    expect(json(run(['waitlist', '--events', 'five.json', '--seats', '2', '--claim-hours', '48', '--at', '2026-03-04T00:00:00Z', '--json'], { files }))).toEqual(
      JSON.parse(JSON.stringify(replayRegistrations({ maxSeats: 2, waitlistOffers: { claimHours: 48 } }, PLAIN, { at: '2026-03-04T00:00:00Z' }))),
    );
  });

  it('what happens after the last event, by --at, is logged unnumbered "as of" that moment (a 5-event log has no event 6)', () => {
    const files = { 'five.json': JSON.stringify(PLAIN) };
    const log = run(['waitlist', '--events', 'five.json', '--seats', '2', '--claim-hours', '48', '--at', '2026-03-04T00:00:00Z'], { files }).stdout.split('\n');
    expect(log.filter((line) => line.startsWith('  6.'))).toEqual([]);
    expect(log.slice(-3)).toEqual([
      "  as of Wednesday, March 4, 2026 00:00 UTC: cai's offer expired at 2026-03-03T12:00:00.000Z unanswered; cai leaves the waitlist.",
      '  as of Wednesday, March 4, 2026 00:00 UTC: dee is offered the seat ana gave up, to accept before 2026-03-05T12:00:00.000Z.',
      '',
    ]);
  });

  it('--svg draws the seats held for offers and takes --at', () => {
    const files = { 'five.json': JSON.stringify(PLAIN) };
    const svg = run(['waitlist', '--events', 'five.json', '--seats', '2', '--claim-hours', '48', '--at', '2026-03-04T00:00:00Z', '--svg'], { files }).stdout;
    expect(svg).toBe(waitlistTimelineSvg({ maxSeats: 2, waitlistOffers: { claimHours: 48 } }, PLAIN, { timeZone: 'UTC', at: '2026-03-04T00:00:00Z' }));
    expect(svg).toContain('data-offered="1"');
    expect(svg).toContain('class="at"');
  });

  it('refuses bad values and typos with the option named', () => {
    expect(run(['waitlist', '--events', 'offers.json', '--seats', '2', '--claim-hours', '0']).stderr).toBe('error: --claim-hours "0": must be at least 1 hour\n');
    expect(run(['waitlist', '--events', 'offers.json', '--seats', '2', '--claim-hours', '48', '--at', '2026-01-01T00:00:00Z']).stderr).toBe(
      'error: --at "2026-01-01T00:00:00Z": must not be earlier than the last event (2026-03-04T09:00:00Z)\n',
    );
    expect(run(['waitlist', '--events', 'offers.json', '--seats', '2', '--claim-hour', '48']).stderr).toBe(
      'error: unknown option --claim-hour for "balint waitlist"; did you mean --claim-hours? (see "balint waitlist --help")\n',
    );
  });

  it('replays transfers with --allow-transfers', () => {
    const files = { 't.json': JSON.stringify([...PLAIN.slice(0, 3), { kind: 'transfer', registrantId: 'ben', to: 'eve', at: '2026-02-03T00:00:00Z' }]) };
    expect(run(['waitlist', '--events', 't.json', '--seats', '2', '--allow-transfers'], { files }).stdout.split('\n').slice(0, 3)).toEqual([
      'seats:      2 of 2 taken',
      'confirmed:  ana, eve',
      'waitlisted: 1. cai',
    ]);
  });
});

describe('balint transfer', () => {
  it('quotes the fee with --allowed --fee', () => {
    expect(run(['transfer', '--allowed', '--fee', '25.00', '--registrant', 'ana', '--to', 'eve', '--at', '2026-03-01T12:00:00Z'])).toEqual({
      code: 0,
      stdout: 'ana may transfer their place to eve, for a fee of $25.00.\n  verdict: allowed\n  fee:     $25.00\n',
      stderr: '',
    });
  });

  it('--fee 25 is quoted as 25.00, in the currency\'s minor units', () => {
    expect((json(run(['transfer', '--allowed', '--fee', '25', '--registrant', 'ana', '--to', 'eve', '--at', '2026-03-01T12:00:00Z', '--json'])) as { fee: unknown }).fee).toEqual({ amount: '25.00', currency: 'USD' });
  });

  it('reads the policy, rule, profile and log from files; the colleague is checked on the date of --at (in --tz); --json is quoteTransfer\'s answer', () => {
    const argv = ['transfer', '--capacity', 'transfer-policy.json', '--rule', 'rule.json', '--profile', 'clinician.json', '--events', 'registrations.json', '--registrant', 'ben', '--to', 'eve', '--at', '2026-03-12 20:00', '--tz', 'America/Los_Angeles', '--json'];
    const policy = JSON.parse(readFileSync(join(FIXTURES, 'transfer-policy.json'), 'utf8')) as Parameters<typeof quoteTransfer>[0];
    const rule = JSON.parse(readFileSync(join(FIXTURES, 'rule.json'), 'utf8')) as object;
    const profile = JSON.parse(readFileSync(join(FIXTURES, 'clinician.json'), 'utf8')) as object;
    const roster = replayRegistrations(policy, JSON.parse(readFileSync(join(FIXTURES, 'registrations.json'), 'utf8')) as Parameters<typeof replayRegistrations>[1]);
    expect(json(run(argv))).toEqual(
      JSON.parse(JSON.stringify(quoteTransfer(policy, { registrantId: 'ben', to: 'eve', at: '2026-03-13T03:00:00.000Z', profile }, { eligibility: { rule, at: '2026-03-12' } as never, roster }))),
    );
  });

  it('an instant with an offset is judged on the date it is written on, whatever --tz says', () => {
    const files = { 'member.json': JSON.stringify({ memberships: [{ organization: 'ABS', until: '2026-03-12' }] }), 'members.json': JSON.stringify({ kind: 'member', organization: 'ABS' }) };
    const quote = (at: string, ...more: string[]) =>
      json(run(['transfer', '--allowed', '--rule', 'members.json', '--profile', 'member.json', '--registrant', 'ana', '--to', 'eve', '--at', at, ...more, '--json'], { files })) as { verdict: string };
    // 8pm in Los Angeles on the last day of the membership: 2026-03-13 in UTC, the default --tz.
    expect(quote('2026-03-12T20:00:00-07:00').verdict).toBe('allowed');
    expect(quote('2026-03-12T20:00:00-07:00', '--tz', 'Asia/Tokyo').verdict).toBe('allowed');
    // The same instant written in UTC is on the 13th.
    expect(quote('2026-03-13T03:00:00Z').verdict).toBe('refused');
    // A local date-time is read in --tz, and judged on its own date.
    expect(quote('2026-03-12 20:00', '--tz', 'America/Los_Angeles').verdict).toBe('allowed');
  });

  it('a refusal is an answer: every reason listed, exit code 1 with --exit-code', () => {
    const ran = run(['transfer', '--capacity', 'transfer-policy.json', '--events', 'registrations.json', '--registrant', 'ana', '--to', 'cai', '--at', '2026-03-13 09:00', '--tz', 'America/Los_Angeles', '--exit-code']);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe(
      [
        'ana may not transfer their place to cai: Transfers closed at the end of March 12, 2026 (America/Los_Angeles). ana holds no seat or waitlist place (cancelled). cai is already registered (confirmed).',
        '  verdict: refused',
        '- Transfers closed at the end of March 12, 2026 (America/Los_Angeles).',
        '- ana holds no seat or waitlist place (cancelled).',
        '- cai is already registered (confirmed).',
        '',
      ].join('\n'),
    );
  });

  it('typos get "did you mean": a command, an option, a key in the policy file', () => {
    expect(run(['trasnfer']).stderr).toContain('unknown command "trasnfer"; did you mean "transfer"?');
    expect(run(['transfer', '--allowed', '--registrant', 'ana', '--too', 'eve', '--at', '2026-03-01T12:00:00Z']).stderr).toBe(
      'error: unknown option --too for "balint transfer"; did you mean --to? (see "balint transfer --help")\n',
    );
    const files = { 'p.json': JSON.stringify({ transfers: { alowed: true } }) };
    expect(run(['transfer', '--capacity', 'p.json', '--registrant', 'ana', '--to', 'eve', '--at', '2026-03-01T12:00:00Z'], { files }).stderr).toContain('did you mean "allowed"?');
  });

  it('needs a policy, and --rule with --profile', () => {
    expect(run(['transfer', '--registrant', 'ana', '--to', 'eve', '--at', '2026-03-01T12:00:00Z']).stderr).toBe('error: --capacity <file|preset> or --allowed is required (the policy that says whether transfers are taken)\n');
    expect(run(['transfer', '--allowed', '--rule', 'rule.json', '--registrant', 'ana', '--to', 'eve', '--at', '2026-03-01T12:00:00Z']).stderr).toBe('error: give --rule and --profile together (the rule the colleague must meet, and their profile)\n');
  });

  it('--events needs --capacity: a log replayed without the group\'s seats and waitlist would let a declined registrant transfer', () => {
    const files = { 'full.json': JSON.stringify([{ kind: 'register', registrantId: 'ana', at: '2026-03-01T10:00:00Z' }, { kind: 'register', registrantId: 'ben', at: '2026-03-01T11:00:00Z' }]) };
    const ran = run(['transfer', '--allowed', '--events', 'full.json', '--registrant', 'ben', '--to', 'eve', '--at', '2026-03-02T00:00:00Z'], { files });
    expect(ran).toEqual({ code: 2, stdout: '', stderr: "error: --events needs --capacity <file|preset>: the log is replayed under the group's seats, waitlist and offers, which --allowed does not give\n" });
  });

  it('an invalid log is named as the waitlist command names it: "registration events in <file>"', () => {
    const files = { 'bad.json': JSON.stringify([{ kind: 'transfer', registrantId: 'ana', too: 'eve', at: '2026-03-01T10:00:00Z' }]) };
    const argv = ['--events', 'bad.json', '--registrant', 'ana', '--to', 'eve', '--at', '2026-03-02T00:00:00Z'];
    const transfer = run(['transfer', '--capacity', 'transfer-policy.json', ...argv], { files });
    expect(transfer.code).toBe(2);
    expect(transfer.stderr).toBe('error: invalid registration events in "bad.json": [0].to: expected string, received undefined; [0].too: unknown key "too"; did you mean "to"?\n');
    expect(run(['waitlist', '--seats', '2', '--events', 'bad.json'], { files }).stderr).toBe(transfer.stderr);
  });
});
