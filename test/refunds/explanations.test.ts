/**
 * How a quote names the rule that decided and explains itself: a match by
 * every condition that held, a miss by the first unmet condition of the
 * nearest miss (the rule with the fewest unmet conditions, the later one on
 * a tie), in one sentence that starts with a capital and ends with a period.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteRefund, type Cancellation, type RefundOutcomeInput, type RefundPolicyInput, type RefundRuleInput } from '../../src/refunds/index.js';
import { refundCaseArb } from './_cases.js';
import { usd } from './_seeds.js';

const full: RefundOutcomeInput = { kind: 'refund', percent: '100' };
const policyOf = (rules: RefundRuleInput[]): RefundPolicyInput => ({ timeZone: 'UTC', rules, otherwise: { kind: 'none' } });
const cancel = (extra: Partial<Cancellation> = {}): Cancellation => ({ by: 'registrant', at: '2026-01-01T00:00:00Z', ...extra });
const quote = (rules: RefundRuleInput[], cancellation = cancel()) => quoteRefund(policyOf(rules), { paid: usd('1') }, cancellation);

describe('which rule decided', () => {
  it('reports the rule by index with its id and label as far as it has them', () => {
    const rules = (rule: Partial<RefundRuleInput>): RefundRuleInput[] => [{ when: { inWriting: true }, outcome: full }, { when: {}, outcome: full, ...rule }];
    expect(quote(rules({})).rule).toStrictEqual({ source: 'rule', index: 1 });
    expect(quote(rules({ id: 'late' })).rule).toStrictEqual({ source: 'rule', index: 1, id: 'late' });
    expect(quote(rules({ label: 'Late' })).rule).toStrictEqual({ source: 'rule', index: 1, label: 'Late' });
    expect(quote(rules({ id: 'late', label: 'Late' })).rule).toStrictEqual({ source: 'rule', index: 1, id: 'late', label: 'Late' });
    expect(quote([{ id: 'x', when: { inWriting: true }, outcome: full }]).rule).toStrictEqual({ source: 'otherwise', index: null });
  });

  it('names the matched rule by its label, else its id, else its place (counted from 1)', () => {
    const matched = (rule: Partial<RefundRuleInput>) =>
      quote([{ when: { inWriting: true }, outcome: full }, { when: {}, outcome: full, ...rule }]).reasons.find((r) => r.code === 'rule_matched');
    expect(matched({})).toStrictEqual({ code: 'rule_matched', rule: 1, message: 'rule 2 of the policy applies' });
    expect(matched({ id: 'late' })?.message).toBe('late of the policy applies');
    expect(matched({ id: 'late', label: 'The late rule' })?.message).toBe('The late rule of the policy applies');
  });

  it('says when no rule applied, with no rule index', () => {
    expect(quote([]).reasons).toStrictEqual([
      { code: 'no_rule_matched', rule: null, message: 'no rule of the policy applies, so its "otherwise" outcome does' },
      { code: 'no_refund', rule: null, amount: usd('0.00'), message: 'no refund is available' },
    ]);
  });

  it('stops at the first rule that matches: later rules are not checked', () => {
    const q = quote([
      { when: { cancelledBy: 'registrant' }, outcome: { kind: 'transfer' } },
      { when: { inWriting: false }, outcome: full },
    ]);
    expect(q.verdict).toBe('transfer');
    expect(q.reasons.every((r) => r.rule === 0)).toBe(true);
  });
});

describe('the sentence', () => {
  it('a rule without conditions needs no "because"', () => {
    expect(quote([{ when: {}, outcome: full }]).message).toBe('You will get back the full $1.00 you paid.');
  });

  it('a match names every condition that held', () => {
    const q = quote([{ when: { cancelledBy: 'registrant', inWriting: false, request: 'cancel' }, outcome: full }]);
    expect(q.message).toBe(
      'Because the cancellation was made by the registrant, the request was not in writing and a cancellation was requested, you will get back the full $1.00 you paid.',
    );
  });

  it('a miss names the first unmet condition of the rule that came closest', () => {
    // Rule 1 misses two conditions, rule 2 only one: rule 2 came closest.
    const closerLater = quote([
      { when: { cancelledBy: 'organizer', inWriting: true }, outcome: full },
      { when: { inWriting: true, request: 'cancel' }, outcome: full },
    ]);
    expect(closerLater.message).toBe('Because the request was not in writing, no refund is available.');
    // Rule 1 misses one, rule 2 two: rule 1 came closest.
    const closerFirst = quote([
      { when: { cancelledBy: 'organizer' }, outcome: full },
      { when: { inWriting: true, request: 'transfer' }, outcome: full },
    ]);
    expect(closerFirst.message).toBe('Because the cancellation was made by the registrant, not the organizer, no refund is available.');
    // One each: the later rule, the last one the registrant could still have met.
    const tie = quote([
      { when: { cancelledBy: 'organizer' }, outcome: full },
      { when: { inWriting: true }, outcome: full },
    ]);
    expect(tie.message).toBe('Because the request was not in writing, no refund is available.');
  });

  describe('properties', () => {

    it('a miss is explained by the first unmet condition of the nearest miss (the later rule on a tie)', () => {
      fc.assert(
        fc.property(refundCaseArb, ({ policy, registration, cancellation }) => {
          const q = quoteRefund(policy, registration, cancellation);
          if (q.rule.source !== 'otherwise' || policy.rules.length === 0) return;
          let nearest: string | undefined;
          let fewest = Infinity;
          policy.rules.forEach((_, i) => {
            const unmet = q.reasons.filter((r) => r.rule === i && r.held === false);
            if (unmet.length <= fewest) [fewest, nearest] = [unmet.length, unmet[0]?.message];
          });
          expect(q.message.startsWith(`Because ${nearest}, `)).toBe(true);
        }),
        { numRuns: 200 },
      );
    });

    it('a match is explained by all of its conditions, in order, and the sentence is capitalised and closed', () => {
      fc.assert(
        fc.property(refundCaseArb, ({ policy, registration, cancellation }) => {
          const q = quoteRefund(policy, registration, cancellation);
          expect(q.message.charAt(0)).toBe(q.message.charAt(0).toUpperCase());
          expect(q.message.endsWith('.') && !q.message.endsWith('..')).toBe(true);
          if (q.rule.source !== 'rule') return;
          const index = q.rule.index;
          const held = q.reasons.filter((r) => r.rule === index && r.held === true).map((r) => r.message);
          const because = held.length <= 1 ? held.join('') : `${held.slice(0, -1).join(', ')} and ${held.at(-1)}`;
          if (held.length === 0) expect(q.message.startsWith('Because')).toBe(false);
          else expect(q.message.startsWith(`Because ${because}, `)).toBe(true);
          // Outcomes other than a refund end their reasons with the very clause the sentence ends with.
          const clause = q.reasons.at(-1)?.message ?? '';
          if (q.verdict !== 'refund') expect(q.message.toLowerCase().endsWith(`${clause.toLowerCase()}.`)).toBe(true);
        }),
        { numRuns: 200 },
      );
    });
  });
});
