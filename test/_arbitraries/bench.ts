/**
 * fast-check arbitraries for the benchmarks' generated data: a registration
 * of the registration benchmark, from any seed of its generator (valid
 * values only, as the benchmark feeds them to the library).
 */
import fc from 'fast-check';
import { generateRegistrations, type Registration } from '../../bench/registrations/generate.js';

/** A seed of the registration generator. */
export const registrationSeedArb: fc.Arbitrary<number> = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/** A handful (1 to `max`) of generated registrations, from an arbitrary seed. */
export function registrationsArb(max = 8): fc.Arbitrary<Registration[]> {
  return fc.tuple(registrationSeedArb, fc.integer({ min: 1, max })).map(([seed, count]) => generateRegistrations(count, seed));
}
