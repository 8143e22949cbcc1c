/**
 * A fast acceptance check for the options of `quoteFee`: for plainly valid
 * options it returns exactly what `FeeQuoteOptionsSchema` returns, for
 * anything else `undefined` (the caller validates with zod). A property
 * test pins the equivalence.
 */
import { attempt, instantMs, isSafeInt, plainObject } from '../_lib/fast.js';

function read(value: unknown): { at: string; registrationsSoFar?: number } | undefined {
  if (!plainObject(value)) return undefined;
  const { at, registrationsSoFar } = value;
  if (typeof at !== 'string' || Number.isNaN(instantMs(at))) return undefined;
  if (registrationsSoFar === undefined) return Object.hasOwn(value, 'registrationsSoFar') ? undefined : { at };
  return isSafeInt(registrationsSoFar) && registrationsSoFar >= 0 ? { at, registrationsSoFar } : undefined;
}

/** The options zod would return for plainly valid `quoteFee` options, else `undefined`. */
export function fastFeeOptions(value: unknown): { at: string; registrationsSoFar?: number } | undefined {
  return attempt(read, value);
}
