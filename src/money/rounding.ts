import * as z from 'zod/mini';

/**
 * The named rounding modes, applied when an amount has more digits than its
 * currency's minor units:
 * - `half_even`: to the nearest unit, ties to the even neighbour (banker's rounding);
 * - `half_up`: to the nearest unit, ties away from zero;
 * - `down`: toward zero (truncate);
 * - `up`: away from zero.
 *
 * @example
 * ```ts
 * import { ROUNDING_MODES } from 'balint-rules/money';
 *
 * ROUNDING_MODES.length;
 * //=> 4
 * ```
 */
export const ROUNDING_MODES = ['half_even', 'half_up', 'down', 'up'] as const;

/**
 * A rounding mode, see {@link ROUNDING_MODES}.
 *
 * @example
 * ```ts
 * import type { RoundingMode } from 'balint-rules/money';
 *
 * const mode: RoundingMode = 'half_even';
 * ```
 */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/**
 * A rounding mode name.
 *
 * @example
 * ```ts
 * import { RoundingModeSchema } from 'balint-rules/money';
 *
 * RoundingModeSchema.safeParse('half_even').success;
 * //=> true
 * ```
 */
export const RoundingModeSchema = z.enum(ROUNDING_MODES);
