import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disagreements, hundredthsText } from '../../bench/registrations/agree.js';
import { decidePlainly } from '../../bench/registrations/baseline.js';
import { EARLY_BIRD_END_MS, formatInstant, generateRegistrations, REFUND_DEADLINE_END_MS } from '../../bench/registrations/generate.js';
import { compilePolicies, decideWithLibrary } from '../../bench/registrations/library.js';
import { seedPolicies } from '../../bench/registrations/policies.js';
import { AttendanceSchema } from '../../src/credits/index.js';
import { RegistrantProfileSchema } from '../../src/eligibility/index.js';
import { CancellationSchema } from '../../src/refunds/index.js';
import { InstantSchema } from '../../src/common/index.js';
import { registrationsArb } from '../_arbitraries/bench.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

const policies = seedPolicies();
const sample = generateRegistrations(1000);
/** The library's decisions on the sample, made once for the tests that read them. */
const decided = sample.map((r) => decideWithLibrary(policies, r));

describe('the registration benchmark', () => {
  it('generates the same registrations from the same seed, and others from another', () => {
    expect(generateRegistrations(50)).toEqual(generateRegistrations(50));
    expect(generateRegistrations(50, 1)).not.toEqual(generateRegistrations(50));
  });

  it('generates only input the library accepts', () => {
    for (const r of sample) {
      expect(RegistrantProfileSchema.safeParse(r.profile).success).toBe(true);
      expect(InstantSchema.safeParse(r.registeredAt).success).toBe(true);
      expect(CancellationSchema.safeParse(r.cancellation).success).toBe(true);
      expect(AttendanceSchema.safeParse(r.attendance).success).toBe(true);
    }
  });

  it('covers every branch the decisions have: both periods, every category, refunds and none, eligible or not', () => {
    expect(new Set(decided.map((d) => d.fee.period?.id))).toEqual(new Set(['early', 'regular']));
    expect(new Set(decided.map((d) => d.fee.category?.id))).toEqual(new Set(['member', 'non_member', 'resident_student_fellow', 'member_resident_student_fellow']));
    expect(new Set(decided.map((d) => d.refund.verdict))).toEqual(new Set(['refund', 'none']));
    expect(new Set(decided.map((d) => d.eligibility.verdict))).toEqual(new Set(['eligible', 'not_eligible']));
    const edges = sample.filter((r) => Math.abs(Date.parse(r.registeredAt) - EARLY_BIRD_END_MS) <= 1000);
    expect(edges.length).toBeGreaterThan(15);
    expect(sample.some((r) => Date.parse(r.cancellation.at) === REFUND_DEADLINE_END_MS - 1)).toBe(true);
  });

  it('the baseline gives the library’s answers on 1,000 generated registrations', () => {
    const differing = sample.filter((r, i) => disagreements(decided[i] as (typeof decided)[number], decidePlainly(r)).length > 0);
    expect(differing.map((r) => r.id)).toEqual([]);
  });

  it('the policies compiled, as the benchmark times them, decide every registration as the policies as data do', () => {
    const compiled = compilePolicies(policies);
    sample.slice(0, 300).forEach((r, i) => expect(decideWithLibrary(compiled, r)).toStrictEqual(decided[i]));
  });

  it('a baseline that is wrong is caught', () => {
    const [r] = sample;
    if (r === undefined) throw new Error('no registration');
    const plain = decidePlainly(r);
    const library = decided[0] as (typeof decided)[number];
    expect(disagreements(library, { ...plain, priceCents: plain.priceCents + 1 })).toEqual([
      { field: 'price', library: library.fee.price?.amount, baseline: hundredthsText(plain.priceCents + 1) },
    ]);
    expect(disagreements(library, { ...plain, eligible: !plain.eligible }).map((d) => d.field)).toEqual(['eligible']);
  });

  it('writes instants at a fixed offset that read back as the same instant', () => {
    expect(formatInstant(EARLY_BIRD_END_MS, -240, false)).toBe('2026-08-01T00:00:00-04:00');
    expect(formatInstant(EARLY_BIRD_END_MS - 1, 330, true)).toBe('2026-08-01T09:29:59.999+05:30');
    expect(formatInstant(REFUND_DEADLINE_END_MS, 'Z', false)).toBe('2026-09-16T04:00:00Z');
  });

  describe('properties', () => {
    it('the baseline agrees with the library on the registrations of any seed', () => {
      fc.assert(
        fc.property(registrationsArb(5), (registrations) => {
          for (const r of registrations) expect(disagreements(decideWithLibrary(policies, r), decidePlainly(r))).toEqual([]);
        }),
        { numRuns: 100 },
      );
    });

    it('neither side changes a registration it decides', () => {
      fc.assert(
        fc.property(registrationsArb(3), (registrations) => {
          const frozen = deepFreeze(structuredClone(registrations));
          for (const r of frozen) {
            decideWithLibrary(policies, r);
            decidePlainly(r);
          }
          expect(frozen).toEqual(registrations);
        }),
        { numRuns: 100 },
      );
    });

    it('every instant written at an offset reads back as the instant it was made from', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
          fc.constantFrom<number | 'Z'>('Z', -240, -420, 120, 330, 0, 840, -720),
          (ms, offset) => {
            expect(Date.parse(formatInstant(ms, offset, true))).toBe(ms);
            expect(Date.parse(formatInstant(ms, offset, false))).toBe(ms - (ms % 1000));
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
