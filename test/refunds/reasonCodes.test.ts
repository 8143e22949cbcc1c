/**
 * Cancellation reasons are codes a policy matches on. A reason no rule
 * mentions is a business outcome (the rule does not apply); a near miss of
 * one a rule mentions is a typo, refused with the code that was meant,
 * never quoted as "no refund".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { compileRefundPolicy, quoteRefund, type Cancellation, type RefundPolicyInput } from '../../src/refunds/index.js';
import { issuesOf } from './_helpers.js';
import { onlineGroups, retreat, usd } from './_seeds.js';

const paid = { paid: usd('250.00') };
const byOrganizer = (reason: string): Cancellation => ({ by: 'organizer', reason, at: '2026-01-03T15:00:00Z' });

/** A policy whose rules mention these reasons (each rule refunding all), nothing otherwise. */
const mentioning = (...reasons: string[][]): RefundPolicyInput => ({
  timeZone: 'America/New_York',
  rules: reasons.map((list) => ({ when: { cancelledBy: 'organizer' as const, reasons: list }, outcome: { kind: 'refund' as const, percent: '100' } })),
  otherwise: { kind: 'none' },
});

const MENTIONED = ['insufficient_registrants', 'leader_unavailable', 'severe_weather', 'venue_closed'];

/** `code` with one edit: a letter dropped, doubled, replaced, or two neighbours swapped. */
const oneEdit = (code: string): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: code.length - 2 }).chain((i) =>
    fc.oneof(
      fc.constant(code.slice(0, i) + code.slice(i + 1)),
      fc.constant(code.slice(0, i) + (code[i] as string) + code.slice(i)),
      fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz').map((c) => code.slice(0, i) + c + code.slice(i + 1)),
      fc.constant(code.slice(0, i) + (code[i + 1] as string) + (code[i] as string) + code.slice(i + 2)),
    ),
  );

describe('cancellation reasons a policy matches on', () => {
  describe('examples', () => {
    it('"insufficent_registrants" under the online groups\' policy is refused with the reason meant, at the path of the reason', () => {
      let error: unknown;
      try {
        quoteRefund(onlineGroups, paid, byOrganizer('insufficent_registrants'));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).subject).toBe('cancellation');
      expect((error as ValidationError).issues).toEqual([
        { path: ['reason'], code: 'custom', message: 'reason "insufficent_registrants" is not one this policy mentions; did you mean "insufficient_registrants"?' },
      ]);
    });

    it('the same reason written another way (other case, spaces or dashes) is refused as well, not quoted as no refund', () => {
      for (const reason of ['Insufficient_Registrants', 'insufficient registrants', 'insufficient-registrants']) {
        expect(issuesOf(() => quoteRefund(onlineGroups, paid, byOrganizer(reason)))[0]?.message).toBe(
          `reason "${reason}" is not one this policy mentions; did you mean "insufficient_registrants"?`,
        );
      }
    });

    it('the reason as the policy writes it is refunded in full', () => {
      expect(quoteRefund(onlineGroups, paid, byOrganizer('insufficient_registrants')).refund).toEqual(usd('250.00'));
    });

    it('a reason the policy simply does not mention is an answer: the rule does not apply, and "otherwise" says no refund', () => {
      const q = quoteRefund(onlineGroups, paid, byOrganizer('leader_unavailable'));
      expect(q.verdict).toBe('none');
      expect(q.message).toBe('Because the reason, leader unavailable, is not one the rule covers (insufficient registrants), no refund is available.');
    });

    it('the closest of the codes the rules mention is suggested, whichever rule mentions it', () => {
      const policy = mentioning(['insufficient_registrants'], ['leader_unavailable', 'severe_weather']);
      expect(issuesOf(() => quoteRefund(policy, paid, byOrganizer('severe_wether')))[0]?.message).toBe(
        'reason "severe_wether" is not one this policy mentions; did you mean "severe_weather"?',
      );
    });

    it('under a policy that mentions no reason at all, any reason is only read by the quote, never refused', () => {
      const q = quoteRefund(retreat, { paid: usd('875.00') }, { by: 'registrant', reason: 'insufficent_registrants', inWriting: true, at: '2026-03-01T12:00:00Z' });
      expect(q.refund).toEqual(usd('775.00'));
    });

    it('a compiled policy refuses the same near miss in the same words', () => {
      const compiled = compileRefundPolicy(onlineGroups);
      expect(issuesOf(() => quoteRefund(compiled, paid, byOrganizer('insufficent_registrants')))).toEqual(
        issuesOf(() => quoteRefund(onlineGroups, paid, byOrganizer('insufficent_registrants'))),
      );
    });
  });

  describe('laws', () => {
    it('a misspelt reason is never quoted as no refund: one edit of a code a rule mentions is refused, naming a code the policy mentions', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...MENTIONED).chain((code) => oneEdit(code)),
          fc.boolean(),
          (reason, compiled) => {
            fc.pre(!MENTIONED.includes(reason));
            const policy = mentioning(MENTIONED.slice(0, 2), MENTIONED.slice(2));
            const issues = issuesOf(() => quoteRefund(compiled ? compileRefundPolicy(policy) : policy, paid, byOrganizer(reason)));
            expect(issues).toHaveLength(1);
            expect(issues[0]?.path).toEqual(['reason']);
            const meant = /did you mean "([^"]+)"\?$/.exec(issues[0]?.message ?? '')?.[1];
            expect(MENTIONED).toContain(meant);
          },
        ),
        { numRuns: 300 },
      );
    });

    it('a reason far from every code the policy mentions is quoted, and no rule listing reasons applies', () => {
      const far = fc.constantFrom('illness', 'schedule_conflict', 'family_emergency', 'moved_abroad', 'x', 'changed my mind');
      fc.assert(
        fc.property(far, (reason) => {
          const q = quoteRefund(mentioning(MENTIONED), paid, byOrganizer(reason));
          expect(q.verdict).toBe('none');
          expect(q.reasons.find((r) => r.code === 'reason_not_covered')).toBeDefined();
        }),
      );
    });
  });
});
