import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fastFeeOptions } from '../../src/fees/_fast.js';
import { FeeQuoteOptionsSchema } from '../../src/fees/index.js';
import { assertFastPath } from '../_helpers/bent.js';
import { instant2026Arb } from '../_arbitraries/fees.js';

describe('fast validation path of fee quote options', () => {
  describe('properties', () => {
    it('accepts only what the schema accepts, returns exactly what zod returns, and takes every valid option', () => {
      assertFastPath(fastFeeOptions, FeeQuoteOptionsSchema, fc.record({ at: instant2026Arb, registrationsSoFar: fc.nat(60) }, { requiredKeys: ['at'] }));
    });
  });
});
