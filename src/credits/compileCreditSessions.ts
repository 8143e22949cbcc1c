import type { Compiled } from '../_lib/compiled.js';
import type { DeepReadonly } from '../_lib/types.js';
import { validate } from '../_lib/validate.js';
import { compiledSessions, prepareSessions } from './_prepared.js';
import { CreditSessionsSchema, type CreditSession, type CreditSessionInput } from './sessions.js';

/**
 * An activity's sessions validated once by {@link compileCreditSessions}:
 * the list as the schema returns it (in the order given), deep-frozen. It
 * is still plain JSON; the library knows it by identity, so `creditsFor`
 * skips validating and sorting it. A copy is an ordinary list again,
 * validated as usual.
 *
 * @example
 * ```ts
 * import { compileCreditSessions, type CompiledCreditSessions } from 'balint-rules/credits';
 *
 * const sessions: CompiledCreditSessions = compileCreditSessions([{ index: 1, date: '2026-01-10', durationMinutes: 90 }]);
 * ```
 */
export type CompiledCreditSessions = Compiled<CreditSession[], 'CreditSessions'>;

/**
 * Validates an activity's sessions once (as `planSessions` returns them,
 * plus any `excludedMinutes` and `creditCap`), for counting many
 * participants' credit: returns the validated list, deep-frozen, which
 * `creditsFor` accepts without validating it again, sorted and labelled
 * once. Results are the same as with the sessions themselves.
 *
 * @param sessions - the sessions, see {@link CreditSessionsSchema}
 * @returns the compiled sessions: a frozen plain JSON list
 * @throws {ValidationError} when the sessions are not valid
 *
 * @example
 * ```ts
 * import { compileCreditSessions, creditsFor } from 'balint-rules/credits';
 *
 * const sessions = compileCreditSessions([{ index: 1, date: '2026-01-10', durationMinutes: 90, excludedMinutes: 15 }]);
 * creditsFor({ title: 'Balint Group', systems: [{ kind: 'aafp_prescribed' }] }, sessions, [{ session: 1, kind: 'full' }])
 *   .systems.aafp_prescribed?.credits;
 * //=> '1.25'
 * ```
 */
export function compileCreditSessions(sessions: DeepReadonly<CreditSessionInput[]>): CompiledCreditSessions {
  const valid = validate(CreditSessionsSchema, sessions, 'sessions');
  return compiledSessions.add(valid, prepareSessions);
}
