import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { absRefundPolicy } from '../../src/presets/abs/index.js';
import { quoteRefund } from '../../src/refunds/index.js';
import { FIXTURES } from './_bin.js';
import { failedCleanly, json, run } from './_run.js';

const SATURDAY = ['refund', '--policy', 'abs-online-group-saturday-2026', '--paid', '250'];
const RETREAT = ['refund', '--policy', 'abs-healing-mindfulness-compassion-retreat-2026', '--paid', '875', '--by', 'registrant', '--in-writing'];

describe('balint refund', () => {
  it('gives the money back when the ABS cancels an online group for insufficient registrants', () => {
    const ran = run([...SATURDAY, '--by', 'organizer', '--reason', 'insufficient_registrants', '--at', '2026-01-03T15:00:00Z']);
    expect(ran).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Because the cancellation was made by the organizer and the reason was insufficient registrants, you will get back the full $250.00 you paid.',
        '  verdict:  refund',
        '  received: Saturday, January 3, 2026 10:00 America/New_York',
        '  paid:     $250.00',
        '  refund:   $250.00',
        '  rule:     rule 1',
        '',
      ].join('\n'),
    });
  });

  it('returns nothing otherwise ("no return of fee is possible"), exit code 0, or 1 with --exit-code', () => {
    const argv = [...SATURDAY, '--by', 'registrant', '--at', '2026-01-03T15:00:00Z', '--sessions-attended', '3'];
    const ran = run(argv);
    expect(ran.code).toBe(0);
    expect(ran.stdout.split('\n')[0]).toBe('Because the cancellation was made by the registrant, not the organizer, no refund is available.');
    expect(run([...argv, '--exit-code']).code).toBe(1);
    expect(run([...SATURDAY, '--by', 'organizer', '--reason', 'insufficient_registrants', '--at', '2026-01-03T15:00:00Z', '--exit-code']).code).toBe(0);
  });

  it('withholds $100 from a written retreat cancellation received by March 12, 2026 (Pacific), due 30 days after acknowledgment', () => {
    const ran = run([...RETREAT, '--at', '2026-03-12T23:30:00-07:00', '--acknowledged', '2026-03-13T16:00:00Z']);
    expect(ran.stdout.split('\n').slice(1)).toEqual([
      '  verdict:  refund',
      '  received: Thursday, March 12, 2026 23:30 America/Los_Angeles',
      '  paid:     $875.00',
      '  refund:   $775.00',
      '  withheld: $100.00',
      '  due:      within 30 days of the acknowledgement, by 2026-04-12',
      '  rule:     rule 1',
      '',
    ]);
  });

  it('gives nothing for a retreat cancellation received after the deadline', () => {
    const out = json(run([...RETREAT, '--at', '2026-03-13T00:00:00-07:00', '--json'])) as { verdict: string; refund: unknown };
    expect([out.verdict, out.refund]).toEqual(['none', { amount: '0.00', currency: 'USD' }]);
  });

  it('reads the New England deadline (September 15, 2026) in New York', () => {
    const ne = ['refund', '--policy', 'abs-new-england-leadership-intensive-2026', '--paid', '875', '--by', 'registrant', '--in-writing', '--json'];
    const refundOf = (at: string) => (json(run([...ne, '--at', at])) as { refund: { amount: string } }).refund.amount;
    expect(refundOf('2026-09-15T23:59:00-04:00')).toBe('775.00');
    expect(refundOf('2026-09-16T00:00:00-04:00')).toBe('0.00');
  });

  it('prints quoteRefund\'s quote with --json, and a policy file decides as the preset does', () => {
    const argv = ['--paid', '875', '--by', 'registrant', '--in-writing', '--at', '2026-03-10T18:00:00Z', '--json'];
    const fromPreset = json(run(['refund', '--policy', 'abs-healing-mindfulness-compassion-retreat-2026', ...argv]));
    expect(fromPreset).toEqual(
      quoteRefund(absRefundPolicy('abs-healing-mindfulness-compassion-retreat-2026'), { paid: { amount: '875', currency: 'USD' } },
        { by: 'registrant', inWriting: true, at: '2026-03-10T18:00:00Z' }),
    );
    const fromFile = json(run(['refund', '--policy', 'retreat-policy.json', ...argv]));
    const policy = JSON.parse(readFileSync(join(FIXTURES, 'retreat-policy.json'), 'utf8')) as Parameters<typeof quoteRefund>[0];
    expect(fromFile).toEqual(quoteRefund(policy, { paid: { amount: '875', currency: 'USD' } }, { by: 'registrant', inWriting: true, at: '2026-03-10T18:00:00Z' }));
  });

  it('takes the Spokane deadline as a parameter, and says it is needed', () => {
    const spokane = ['refund', '--policy', 'abs-spokane-leadership-intensive', '--paid', '800', '--by', 'registrant', '--in-writing', '--at', '2026-03-20T12:00:00-07:00'];
    expect(run([...spokane, '--param', 'refundDeadline=2026-03-23', '--json'])).toMatchObject({ code: 0 });
    expect((json(run([...spokane, '--param', 'refundDeadline=2026-03-23', '--json'])) as { refund: { amount: string } }).refund.amount).toBe('700.00');
    const ran = run(spokane);
    expect(failedCleanly(ran)).toBe(true);
    expect(ran.stderr).toMatch(/^error: preset abs-spokane-leadership-intensive: refundDeadline: is required: .*; it needs --param refundDeadline=\.\.\. \(see "balint presets abs-spokane-leadership-intensive"\)\n$/);
  });

  it('reads the clock only for --at now', () => {
    const clock = { epochMs: Date.UTC(2026, 2, 13, 6, 59), timeZone: 'Europe/Berlin' }; // March 12, 23:59 in California
    expect((json(run([...RETREAT, '--at', 'now', '--json'], { clock })) as { verdict: string }).verdict).toBe('refund');
  });

  it('refuses a preset without a refund policy, and parameters for a policy file', () => {
    const base = ['--paid', '10', '--by', 'registrant', '--at', '2026-03-10T18:00:00Z'];
    expect(run(['refund', '--policy', 'abs-diversity-discussions-2026', ...base]).stderr).toMatch(/^error: preset abs-diversity-discussions-2026 has no refund policy/);
    expect(run(['refund', '--policy', 'retreat-policy.json', '--param', 'refundDeadline=2026-03-23', ...base]).stderr).toBe(
      'error: --param and --params give the parameters of an ABS preset; none is used here\n',
    );
  });

  it('names the options of bad values', () => {
    const base = ['refund', '--policy', 'abs-online-group-saturday-2026', '--by', 'registrant', '--at', '2026-03-10T18:00:00Z'];
    expect(run([...base, '--paid', '250.001']).stderr).toMatch(/^error: --paid "250\.001": has more decimal places than the currency has minor units/);
    expect(run([...base, '--paid', '250', '--currency', 'dollars']).stderr).toMatch(/^error: --currency "dollars": must be an ISO 4217 currency code/);
    expect(run([...base.slice(0, 3), '--by', 'someone', '--paid', '1', '--at', '2026-03-10T18:00:00Z']).stderr).toBe(
      'error: --by "someone": must be one of "organizer", "registrant"\n',
    );
    expect(run([...base.slice(0, 5), '--paid', '1', '--at', 'yesterday']).stderr).toBe(
      'error: --at "yesterday": must be an ISO-8601 instant with an offset, e.g. 2026-01-10T16:00:00Z\n',
    );
  });
});
