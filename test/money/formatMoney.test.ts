import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, money } from '../../src/money/index.js';
import { signedMoneyArb } from '../_arbitraries/money.js';

describe('formatMoney', () => {
  it('writes the seeds amounts as a reader expects', () => {
    expect(formatMoney(money('250', 'USD'))).toBe('$250.00');
    expect(formatMoney(money('400', 'USD'))).toBe('$400.00');
    expect(formatMoney(money('0', 'USD'))).toBe('$0.00');
    expect(formatMoney(money('5000', 'EUR'))).toBe('€5,000.00');
    expect(formatMoney(money('239', 'USD'))).toBe('$239.00');
  });

  it('groups thousands, signs negatives and writes uncommon currencies by code', () => {
    expect(formatMoney(money('1234567.8', 'USD'))).toBe('$1,234,567.80');
    expect(formatMoney(money('-100', 'USD'))).toBe('-$100.00');
    expect(formatMoney(money('5000', 'JPY'))).toBe('¥5,000');
    expect(formatMoney(money('-1234.5', 'CHF'))).toBe('-CHF 1,234.50');
    expect(formatMoney(money('1.5', 'KWD'))).toBe('KWD 1.500');
    expect(formatMoney(money('999', 'USD'))).toBe('$999.00');
  });

  it('does not depend on the machine locale', () => {
    const saved = Intl.DateTimeFormat().resolvedOptions().locale;
    expect(typeof saved).toBe('string');
    expect(formatMoney(money('1000', 'EUR'))).toBe('€1,000.00');
  });

  describe('properties', () => {
    it('formatting round-trips the amount digits', () => {
      fc.assert(
        fc.property(signedMoneyArb, (m) => {
          const text = formatMoney(m);
          expect(text.replace(/[^\d]/g, '')).toBe(m.amount.replace(/[^\d]/g, ''));
          expect(text.startsWith('-')).toBe(m.amount.startsWith('-') && /[1-9]/.test(m.amount));
          const parsed = text.replace(/[^\d.-]/g, '');
          expect(parsed).toBe(m.amount);
        }),
        { numRuns: 300 },
      );
    });
  });
});
