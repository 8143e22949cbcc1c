import { describe, expect, it } from 'vitest';
import { assertThrowsOnlyBalintErrors, issuesOf } from './_helpers.js';
import { CurrencyMismatchError } from '../../src/money/index.js';
import { quoteRefund, type RefundPolicyInput } from '../../src/refunds/index.js';
import { retreat, usd } from './_seeds.js';

const ok = { by: 'registrant' as const, at: '2026-03-01T12:00:00Z', inWriting: true };

describe('quoteRefund input validation', () => {
  it('rejects a policy with a misspelt condition instead of ignoring it', () => {
    const typo = { ...retreat, rules: [{ when: { inwriting: true }, outcome: { kind: 'none' } }] } as unknown as RefundPolicyInput;
    expect(issuesOf(() => quoteRefund(typo, { paid: usd('1') }, ok))[0]).toMatchObject({
      path: ['rules', 0, 'when', 'inwriting'],
      code: 'unrecognized_keys',
      message: 'unknown key "inwriting"; did you mean "inWriting"?',
    });
  });

  it('requires an otherwise outcome and a valid zone', () => {
    const { otherwise: _o, ...noOtherwise } = retreat;
    expect(issuesOf(() => quoteRefund(noOtherwise as RefundPolicyInput, { paid: usd('1') }, ok)).map((i) => i.path)).toEqual([['otherwise']]);
    expect(issuesOf(() => quoteRefund({ ...retreat, timeZone: 'Pacific/Atlantis' }, { paid: usd('1') }, ok))[0]?.path).toEqual(['timeZone']);
  });

  it('rejects percentages above 100 and negative payments', () => {
    const policy: RefundPolicyInput = { timeZone: 'UTC', rules: [], otherwise: { kind: 'refund', percent: '150' } };
    expect(issuesOf(() => quoteRefund(policy, { paid: usd('1') }, ok))[0]?.path).toEqual(['otherwise', 'percent']);
    expect(issuesOf(() => quoteRefund(retreat, { paid: usd('-1') }, ok))[0]?.path).toEqual(['paid', 'amount']);
  });

  it('rejects an acknowledgement before the request was received', () => {
    expect(issuesOf(() => quoteRefund(retreat, { paid: usd('1') }, { ...ok, acknowledgedAt: '2026-02-01T00:00:00Z' }))[0]).toMatchObject({
      path: ['acknowledgedAt'],
      message: 'must not be before at (when the cancellation was received)',
    });
  });

  it('requires the first session when a deadline counts from it', () => {
    const policy: RefundPolicyInput = {
      timeZone: 'UTC',
      rules: [{ when: { receivedBy: { kind: 'days_before_first_session', days: 7 } }, outcome: { kind: 'refund', percent: '100' } }],
      otherwise: { kind: 'none' },
    };
    expect(issuesOf(() => quoteRefund(policy, { paid: usd('1') }, ok))[0]?.path).toEqual(['firstSessionStart']);
  });

  it('throws CurrencyMismatchError when a fee is in another currency than the payment', () => {
    expect(() => quoteRefund(retreat, { paid: { amount: '500', currency: 'EUR' } }, ok)).toThrow(CurrencyMismatchError);
  });

  it("keeps an app's own data on a registration (a name, an email) and does not read it", () => {
    const record = { paid: usd('650'), registrant: 'Dr. A', email: 'a@example.org' };
    expect(quoteRefund(retreat, record, ok)).toEqual(quoteRefund(retreat, { paid: usd('650') }, ok));
  });

  it("refuses a registration key that is a near miss of one the library reads, rather than taking it for the app's data", () => {
    expect(issuesOf(() => quoteRefund(retreat, { paid: usd('650'), sessionAttended: 2 } as never, ok))).toEqual([
      { path: ['sessionAttended'], code: 'custom', message: 'unknown key "sessionAttended"; did you mean "sessionsAttended"?' },
    ]);
    // The hint comes with the missing key it explains.
    expect(issuesOf(() => quoteRefund(retreat, { payed: usd('650') } as never, ok)).map((i) => [i.path, i.message])).toEqual([
      [['paid'], expect.any(String)],
      [['payed'], 'unknown key "payed"; did you mean "paid"?'],
    ]);
    expect(issuesOf(() => quoteRefund(retreat, { paid: usd('650'), firstSessionstart: '2026-09-01T12:00:00Z' } as never, ok))[0]?.message).toBe(
      'unknown key "firstSessionstart"; did you mean "firstSessionStart"?',
    );
  });

  it('refuses unknown keys on a cancellation, with a hint for a near miss', () => {
    const { at, ...rest } = ok;
    expect(issuesOf(() => quoteRefund(retreat, { paid: usd('650') }, { ...rest, At: at } as never))).toEqual([
      { path: ['at'], code: 'invalid_type', message: expect.any(String) },
      { path: ['At'], code: 'unrecognized_keys', message: 'unknown key "At"; did you mean "at"?' },
    ]);
    expect(issuesOf(() => quoteRefund(retreat, { paid: usd('650') }, { ...ok, note: 'by email' } as never))).toEqual([
      {
        path: ['note'],
        code: 'unrecognized_keys',
        message: 'unknown key "note": not a key this version of balint-rules knows (data written for a newer version is refused, never applied in part)',
      },
    ]);
  });

  describe('properties', () => {
    it('throws only BalintErrors, whatever it is given', () => {
      assertThrowsOnlyBalintErrors(quoteRefund);
    });
  });
});
