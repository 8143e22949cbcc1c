import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fastNonNegativeMoney } from '../../src/money/_fast.js';
import { NonNegativeMoneySchema } from '../../src/money/index.js';
import { assertFastPath } from '../_helpers/bent.js';
import { moneyArb } from '../_arbitraries/money.js';

const withUnitsArb = fc.tuple(moneyArb, fc.integer({ min: 0, max: 6 })).map(([m, minorUnits]) => ({ ...m, minorUnits: Math.max(minorUnits, (m.amount.split('.')[1] ?? '').length) }));

describe('fast validation path of money', () => {
  describe('properties', () => {
    it('accepts only what NonNegativeMoneySchema accepts, returns exactly what zod returns, and takes every valid amount', () => {
      assertFastPath(fastNonNegativeMoney, NonNegativeMoneySchema, fc.oneof(moneyArb, withUnitsArb), { numRuns: 3000 });
    });
  });
});
