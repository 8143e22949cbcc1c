import type * as z from 'zod/mini';
import { instantToEpochMs } from '../_lib/instant.js';
import { RegistrationWindowSchema, windowStatus, type RegistrationWindowStatus } from '../_lib/registrationWindow.js';
import { validate } from '../_lib/validate.js';
import { InstantSchema } from '../common/schemas.js';

export { RegistrationWindowSchema, WindowDateSchema, type RegistrationWindow, type RegistrationWindowStatus } from '../_lib/registrationWindow.js';

/**
 * A registration window as accepted on input, see {@link RegistrationWindowSchema}.
 *
 * @example
 * ```ts
 * import type { RegistrationWindowInput } from 'balint-rules/capacity';
 *
 * const window: RegistrationWindowInput = { opens: '2026-11-01T14:00:00Z', closes: { date: '2026-12-31', timeZone: 'America/New_York' } };
 * ```
 */
export type RegistrationWindowInput = z.input<typeof RegistrationWindowSchema>;

/**
 * Whether registration is open at an instant: `status` is `open`,
 * `not_open_yet` or `closed`. When it is not open, the answer also says why (`registration_not_open_yet` or `registration_closed`), when the
 * window opens or closed, and a sentence to show. A closed window is an
 * answer, not an error; a malformed window or instant is a `ValidationError`.
 *
 * @param window - when registration opens and closes, see {@link RegistrationWindowSchema}
 * @param at - the moment of the registration (ISO-8601 instant)
 * @example
 * ```ts
 * import { registrationWindowStatus } from 'balint-rules/capacity';
 *
 * // The 2025 Spokane intensive: registration deadline March 12, 2025 (Pacific).
 * const window = { closes: { date: '2025-03-12', timeZone: 'America/Los_Angeles' } };
 * registrationWindowStatus(window, '2025-03-12T23:30:00-07:00').status;
 * //=> 'open'
 * registrationWindowStatus(window, '2025-03-13T09:00:00-07:00');
 * //=> { status: 'closed', code: 'registration_closed', boundaryAt: '2025-03-13T07:00:00.000Z', message: 'Registration closed at the end of March 12, 2025 (America/Los_Angeles).' }
 * ```
 */
export function registrationWindowStatus(window: RegistrationWindowInput, at: string): RegistrationWindowStatus {
  const w = validate(RegistrationWindowSchema, window, 'registration window');
  const instant = validate(InstantSchema, at, 'registration instant');
  return windowStatus(w, instantToEpochMs(instant));
}
