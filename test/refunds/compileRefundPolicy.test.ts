import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRefundPolicy, CurrencyMismatchError, quoteRefund, RefundPolicySchema, ValidationError } from '../../src/_all.js';
import { absRefundPolicy } from '../../src/presets/abs/index.js';
import { deepFreeze } from '../_arbitraries/eligibility.js';
import { currencyArb } from '../_arbitraries/money.js';
import { cancellationArb, refundPolicyArb, refundRegistrationArb } from '../_arbitraries/refunds.js';

/** The quote, or the class and message of what it threw. */
function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (error) {
    return { threw: (error as Error).constructor.name, message: (error as Error).message };
  }
}

describe('compileRefundPolicy', () => {
  describe('properties', () => {
    it('a compiled policy quotes exactly as the policy itself (and throws the same errors)', () => {
      fc.assert(
        fc.property(
          currencyArb.chain((c) => fc.tuple(refundPolicyArb(c), fc.array(fc.tuple(refundRegistrationArb(c), cancellationArb), { minLength: 1, maxLength: 4 }))),
          ([policy, cases]) => {
            const compiled = compileRefundPolicy(policy);
            for (const [registration, cancellation] of cases) {
              expect(outcome(() => quoteRefund(compiled, registration, cancellation))).toStrictEqual(outcome(() => quoteRefund(policy, registration, cancellation)));
            }
          },
        ),
        { numRuns: 200 },
      );
    });

    it('a compiled policy is the validated policy, frozen, plain JSON, and leaves its input alone', () => {
      fc.assert(
        fc.property(currencyArb.chain(refundPolicyArb), (policy) => {
          const input = deepFreeze(structuredClone(policy));
          const compiled = compileRefundPolicy(input);
          expect(compiled).toEqual(RefundPolicySchema.parse(policy));
          expect(Object.isFrozen(compiled) && Object.isFrozen(compiled.otherwise)).toBe(true);
          expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
          expect(input).toEqual(policy);
        }),
        { numRuns: 100 },
      );
    });
  });

  it('still checks each registration against the policy', () => {
    const compiled = compileRefundPolicy(absRefundPolicy('abs-new-england-leadership-intensive-2026'));
    const cancellation = { by: 'registrant', inWriting: true, at: '2026-09-01T12:00:00Z' } as const;
    expect(() => quoteRefund(compiled, { paid: { amount: '875.00', currency: 'EUR' } }, cancellation)).toThrow(CurrencyMismatchError);
    expect(() => quoteRefund(compiled, { paid: { amount: '875.001', currency: 'USD' } }, cancellation)).toThrow(ValidationError);
    expect(quoteRefund(compiled, { paid: { amount: '875', currency: 'USD' } }, cancellation).refund).toStrictEqual({ amount: '775.00', currency: 'USD' });
  });

  it('throws a ValidationError for an invalid policy', () => {
    expect(() => compileRefundPolicy({ timeZone: 'Mars/Base', rules: [], otherwise: { kind: 'none' } })).toThrow(ValidationError);
  });
});
