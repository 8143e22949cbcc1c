import { describe, expect, it } from 'vitest';
import { FeeScheduleSchema } from '../../src/_all.js';
import { EXAMPLES } from './_fixtures.js';
import { setAt } from './_mutate.js';
import { verdicts } from './_validators.js';

// Found by the mutation properties: the fee table check read prices that were not decimals
// and threw a DecimalError from inside zod. It now skips them; the price's own check reports them.
describe('regressions', () => {
  const notADecimal = setAt(EXAMPLES['fee-schedule'], ['categories', 0, 'prices', 'regular'], 'ABS');

  it('FeeScheduleSchema.safeParse reports a price that is not a decimal instead of throwing a DecimalError', () => {
    expect(() => FeeScheduleSchema.safeParse(notADecimal)).not.toThrow();
  });

  it('both validators reject such a schedule', () => {
    expect(verdicts('fee-schedule', notADecimal)).toMatchObject({ zod: false, ajv: false });
  });
});
