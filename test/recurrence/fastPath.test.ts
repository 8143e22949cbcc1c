import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastRule } from '../../src/recurrence/_fastRule.js';
import { canonical } from '../../src/recurrence/_canonical.js';
import { RecurrenceRuleSchema } from '../../src/recurrence/index.js';
import { recurrenceRuleArb } from '../_arbitraries/recurrence.js';

/** Valid values with one field bent: what a fast path must hand on to zod rather than accept. */
function bent(value: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(value);
  const odd = fc.oneof(fc.anything(), fc.constantFrom(0, -1, 13, 99, 1.5, Number.NaN, '', 'x', null, [], [0], [1, 1], ['monday', 'monday'], '2026-02-30', '24:00', 'Mars/Base'));
  return fc.oneof(
    fc.constant(value),
    fc.tuple(fc.constantFrom(...keys), odd).map(([key, v]) => ({ ...value, [key]: v })),
    odd.map((v) => ({ ...value, extra: v })),
    fc.anything(),
  );
}

describe('fast validation paths', () => {
  describe('properties', () => {
    it('the fast rule check accepts only what the schema accepts, and returns the canonical rule zod would give', () => {
      fc.assert(
        fc.property(recurrenceRuleArb.chain((r) => bent(r as Record<string, unknown>)), (value) => {
          const fast = fastRule(value);
          if (fast === undefined) return;
          const parsed = RecurrenceRuleSchema.safeParse(value);
          expect(parsed.success).toBe(true);
          if (parsed.success) expect(fast).toEqual(canonical(parsed.data));
        }),
        { numRuns: 1000 },
      );
    });

    it('the fast rule check takes every valid pattern rule', () => {
      fc.assert(
        fc.property(recurrenceRuleArb, (rule) => {
          if (rule.kind !== 'dates') expect(fastRule(rule)).toEqual(rule);
        }),
      );
    });
  });
});
