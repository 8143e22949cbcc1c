import type { Compiled } from '../_lib/compiled.js';
import type { DeepReadonly } from '../_lib/types.js';
import { validate } from '../_lib/validate.js';
import { compiledAccreditations, prepareAccreditation } from './_prepared.js';
import { AccreditationSchema, type Accreditation, type AccreditationInput } from './rules.js';

/**
 * An accreditation validated once by {@link compileAccreditation}: the
 * accreditation as the schema returns it (defaults filled in), deep-frozen.
 * It is still plain JSON (no extra keys); the library knows it by identity,
 * so `creditsFor` skips validating it. A copy (say, after `JSON.parse`) is
 * an ordinary accreditation again, validated as usual.
 *
 * @example
 * ```ts
 * import { compileAccreditation, type CompiledAccreditation } from 'balint-rules/credits';
 *
 * const apa: CompiledAccreditation = compileAccreditation({ title: 'Balint Group', systems: [{ kind: 'apa_ce' }] });
 * ```
 */
export type CompiledAccreditation = Compiled<Accreditation, 'Accreditation'>;

/**
 * Validates an accreditation once, for counting many participants' credit
 * under it: returns the validated accreditation, deep-frozen, which
 * `creditsFor` accepts without validating it again, with its rules spelled
 * out once. Results are the same as with the accreditation itself
 * (attendance is still validated on every call).
 *
 * @param accreditation - the accreditation, see {@link AccreditationSchema}
 * @returns the compiled accreditation: a frozen plain JSON value
 * @throws {ValidationError} when the accreditation is not valid
 *
 * @example
 * ```ts
 * import { compileAccreditation, compileCreditSessions, creditsFor } from 'balint-rules/credits';
 *
 * const accreditation = compileAccreditation({ title: 'Balint Group', systems: [{ kind: 'aafp_prescribed' }, { kind: 'apa_ce' }] });
 * const sessions = compileCreditSessions([{ index: 1, date: '2026-01-10', durationMinutes: 90 }, { index: 2, date: '2026-02-14', durationMinutes: 60 }]);
 * const { systems } = creditsFor(accreditation, sessions, [{ session: 1, kind: 'full' }, { session: 2, kind: 'partial', minutesPresent: 40 }]);
 * Object.values(systems).map((s) => [s.id, s.credits]);
 * //=> [['aafp_prescribed', '2.25'], ['apa_ce', '1.00']]
 * ```
 */
export function compileAccreditation(accreditation: DeepReadonly<AccreditationInput>): CompiledAccreditation {
  const valid = validate(AccreditationSchema, accreditation, 'accreditation');
  return compiledAccreditations.add(valid, prepareAccreditation);
}
