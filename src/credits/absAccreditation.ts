import * as z from 'zod/mini';
import { ABS_NAME } from '../_lib/organizations.js';
import { validate } from '../_lib/validate.js';
import { NonEmptySchema } from '../_lib/codes.js';
import { CreditAmountSchema } from './amount.js';
import { AccreditationSchema, type Accreditation } from './rules.js';
import { aafpAcceptanceStatement, ABS_APA_SPONSOR_STATEMENT } from './statements.js';

/**
 * Parameters of {@link absAccreditation}. The ABS's pages state no designated
 * maximum for either system: give them only as the accreditation letters do.
 *
 * @example
 * ```ts
 * import { AbsAccreditationParamsSchema } from 'balint-rules/credits';
 *
 * AbsAccreditationParamsSchema.safeParse({ title: 'Balint Group - Decreasing Isolation with Peer Consultation' }).success;
 * //=> true
 * ```
 */
export const AbsAccreditationParamsSchema = z.strictObject({
  /** The activity's title as the AAFP reviewed it. */
  title: NonEmptySchema,
  /** The AAFP designated maximum, from the AAFP's approval (the ABS's pages give none). */
  aafpDesignatedMaximum: z.optional(CreditAmountSchema),
  /** The AAFP per-session cap, when the activity sets one (e.g. '3.75' for a regularly scheduled series). */
  aafpSessionCap: z.optional(CreditAmountSchema),
  /** The APA credit offered, when the program states it (the ABS's pages give none). */
  apaDesignatedMaximum: z.optional(CreditAmountSchema),
});

/**
 * Parameters of {@link absAccreditation}.
 *
 * @example
 * ```ts
 * import type { AbsAccreditationParams } from 'balint-rules/credits';
 *
 * const p: AbsAccreditationParams = { title: 'Balint Group - Decreasing Isolation with Peer Consultation' };
 * ```
 */
export type AbsAccreditationParams = z.input<typeof AbsAccreditationParamsSchema>;

/**
 * The accreditation the American Balint Society's online groups publish:
 * AAFP Prescribed credit (with the AAFP's acceptance wording and the AMA/AAFP
 * equivalency) and APA continuing education for psychologists (with the
 * ABS's sponsor statement), provider "American Balint Society". No number is
 * assumed: maximums and caps apply only when passed.
 *
 * @example
 * ```ts
 * import { absAccreditation } from 'balint-rules/credits';
 *
 * absAccreditation({ title: 'Balint Group - Decreasing Isolation with Peer Consultation' }).systems.map((s) => s.kind);
 * //=> ['aafp_prescribed', 'apa_ce']
 * ```
 */
export function absAccreditation(params: AbsAccreditationParams): Accreditation {
  const p = validate(AbsAccreditationParamsSchema, params, 'ABS accreditation parameters');
  return validate(
    AccreditationSchema,
    {
      title: p.title,
      provider: ABS_NAME,
      systems: [
        {
          kind: 'aafp_prescribed',
          statement: aafpAcceptanceStatement(p.title),
          ...(p.aafpDesignatedMaximum === undefined ? {} : { designatedMaximum: p.aafpDesignatedMaximum }),
          ...(p.aafpSessionCap === undefined ? {} : { sessionCap: p.aafpSessionCap }),
        },
        {
          kind: 'apa_ce',
          statement: ABS_APA_SPONSOR_STATEMENT,
          ...(p.apaDesignatedMaximum === undefined ? {} : { designatedMaximum: p.apaDesignatedMaximum }),
        },
      ],
    },
    'ABS accreditation parameters',
  );
}
