/**
 * Data and commands written for the names before 1.0 are refused with the
 * new name, through the functions and the command line a user meets:
 * never a confident answer from a key the library no longer reads.
 */
import { describe, expect, it } from 'vitest';
import { checkEligibility, creditsFor, flatFeeSchedule, quoteFee, quoteRefund, replayRegistrations } from '../../src/_all.js';
import { run } from '../cli/_run.js';
import { issueLines } from '../_helpers/rejection.js';

const RENAMED = (from: string, what: string): string => `unknown key "${from}": ${what}, not "${from}" (renamed before 1.0; the CHANGELOG's migration table lists every rename)`;

describe('a name used before 1.0', () => {
  it('asOf, in the options of a decision, names at', () => {
    expect(issueLines(() => checkEligibility({ kind: 'profession', in: ['physician'] }, {}, { asOf: '2026-03-01' } as never))).toContain(`asOf: ${RENAMED('asOf', 'the moment of a decision is "at"')}`);
  });

  it('receivedAt, in a cancellation, names at', () => {
    const policy = { timeZone: 'UTC', rules: [], otherwise: { kind: 'none' } } as const;
    const cancellation = { by: 'registrant', receivedAt: '2026-03-01T12:00:00Z' };
    expect(issueLines(() => quoteRefund(policy, { paid: { amount: '100.00', currency: 'USD' } }, cancellation as never))).toContain(`receivedAt: ${RENAMED('receivedAt', 'the moment of a decision is "at"')}`);
  });

  it('registrationsSoFar, in a fee quote, names position', () => {
    const schedule = flatFeeSchedule({ currency: 'USD', timeZone: 'UTC', categories: [{ id: 'all', label: 'Everyone', price: '100.00' }] });
    expect(issueLines(() => quoteFee(schedule, {}, { at: '2026-03-01T12:00:00Z', registrationsSoFar: 3 } as never))).toContain(
      `registrationsSoFar: ${RENAMED('registrationsSoFar', 'a registrant\'s 1-based place (the old count + 1) is "position"')}`,
    );
  });

  it('type, as the discriminator of an event or a rule, names kind', () => {
    const [issue] = issueLines(() => replayRegistrations({ maxSeats: 2 }, [{ type: 'register', registrantId: 'a', at: '2026-01-01T00:00:00Z' } as never]));
    expect(issue).toMatch(/^0\.kind: is required: one of "register", .*; a union's discriminator is "kind", not "type" \(renamed before 1\.0/);
    const [rule] = issueLines(() => checkEligibility({ type: 'profession', in: ['physician'] } as never, {}, { at: '2026-03-01' }));
    expect(rule).toMatch(/^kind: is required: one of .*; a union's discriminator is "kind", not "type"/);
  });

  it('system and status, as the discriminators of credit rules and attendance, name kind', () => {
    const sessions = [{ index: 1, date: '2026-01-10', durationMinutes: 60 }];
    const [system] = issueLines(() => creditsFor({ title: 'Group', systems: [{ system: 'apa_ce' }] } as never, sessions, [{ session: 1, kind: 'full' }]));
    expect(system).toMatch(/^systems\.0\.kind: is required: .*; a union.s discriminator is "kind", not "system"/);
    const [status] = issueLines(() => creditsFor({ title: 'Group', systems: [{ kind: 'apa_ce' }] }, sessions, [{ session: 1, status: 'full' } as never]));
    expect(status).toMatch(/^0\.kind: is required: .*; a union.s discriminator is "kind", not "status"/);
  });

  it('--as-of and --registrations-so-far, on the command line, name --at and --position', () => {
    const eligible = run(['eligible', '--rule', 'rule.json', '--profile', 'me.json', '--as-of', '2026-03-12']);
    expect(eligible.code).toBe(2);
    expect(eligible.stderr).toContain('unknown option --as-of for "balint eligible": the moment of a decision is --at, not --as-of (renamed before 1.0;');
    const fee = run(['fee', '--schedule', 'fees.json', '--profile', 'me.json', '--at', '2026-03-12T12:00:00Z', '--registrations-so-far', '3']);
    expect(fee.code).toBe(2);
    expect(fee.stderr).toContain("unknown option --registrations-so-far for \"balint fee\": a registrant's 1-based place (the old count + 1) is --position, not --registrations-so-far");
    const refund = run(['refund', '--policy', 'abs-online-group-saturday-2026', '--paid', '250', '--by', 'organizer', '--cancelled', '2026-01-03T15:00:00Z']);
    expect(refund.code).toBe(2);
    expect(refund.stderr).toContain('unknown option --cancelled for "balint refund": the moment of a decision is --at, not --cancelled (renamed before 1.0;');
  });
});

