/**
 * A fast acceptance check for the input of `instantToZoned`: for a plainly
 * valid instant and zone it returns exactly what the zod schema returns,
 * with the instant's epoch milliseconds; for anything else `undefined` (the
 * caller validates with zod, which reports every issue). A property test
 * pins the equivalence.
 */
import { instantMs } from '../_lib/fast.js';
import { isValidTimeZone } from '../_lib/zone.js';

/** What `{ instant, timeZone }` validates to, with the instant in epoch ms. */
export interface FastZonedInput {
  readonly instant: string;
  readonly timeZone: string;
  readonly epochMs: number;
}

/** The validated input when `instant` is a valid instant and `timeZone` a known zone, else `undefined`. */
export function fastZonedInput(instant: unknown, timeZone: unknown): FastZonedInput | undefined {
  if (typeof instant !== 'string' || typeof timeZone !== 'string') return undefined;
  const epochMs = instantMs(instant);
  if (Number.isNaN(epochMs) || !isValidTimeZone(timeZone)) return undefined;
  return { instant, timeZone, epochMs };
}
