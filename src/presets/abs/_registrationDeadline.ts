/** The optional registration deadline of the presets that take registrations. Internal. */
import * as z from 'zod/mini';
import { LocalDateSchema } from '../../common/schemas.js';
import type { RegistrationWindow } from '../../_lib/registrationWindow.js';
import { optional } from './_build.js';
import { paramCheck } from './_parts.js';
import type { AbsPresetParameter } from './program.js';

/** The parameter's schema: a local date, read in the program's zone. */
export const registrationDeadlineShape = {
  /** The day registration closes, through its end in the program's zone (not published). */
  registrationDeadline: z.optional(LocalDateSchema),
};

/** The parameter, described, for a program whose times are read in `timeZone` (and which has a capacity policy, or not). */
export function registrationDeadlineParameter(timeZone: string, capacity: boolean): AbsPresetParameter {
  return {
    name: 'registrationDeadline',
    fact: 'fees.registrationWindow.closes',
    ...(capacity ? { alsoSupplies: ['capacity.registrationWindow.closes'] } : {}),
    required: false,
    description: `The registration deadline (YYYY-MM-DD): registration closes at the end of that day in ${timeZone}, on the fee schedule and on the capacity policy when there is one. Not published: no page of this program gives one.`,
  };
}

/**
 * Refuses a deadline beside a fee schedule that has its own window: the
 * deadline would replace the schedule's window, or the two would disagree.
 */
export const deadlineBesideFeesCheck = paramCheck<{ registrationDeadline?: string | undefined; fees?: { registrationWindow?: unknown } | undefined }>(
  ['registrationDeadline', 'fees'],
  z.refine((p) => p.registrationDeadline === undefined || p.fees?.registrationWindow === undefined, {
    message: 'must not be given with a fee schedule that has its own registrationWindow: give the deadline in one place only (the parameter, or the fee schedule’s registrationWindow.closes)',
    path: ['registrationDeadline'],
    when: (payload) => payload.issues.length === 0,
  }),
);

/** `{ registrationWindow: { closes: { date, timeZone } } }` for a given deadline, `{}` without one. */
export function registrationWindowOf(deadline: string | undefined, timeZone: string): { registrationWindow?: RegistrationWindow } {
  return optional('registrationWindow', deadline === undefined ? undefined : { closes: { date: deadline, timeZone } });
}

/** The fee schedule with the deadline's window (a schedule given with its own window never reaches here with a deadline). */
export function withRegistrationDeadline<F extends object>(fees: F, deadline: string | undefined, timeZone: string): F {
  return deadline === undefined ? fees : { ...fees, ...registrationWindowOf(deadline, timeZone) };
}
