import { BalintError } from '../errors/BalintError.js';

/** Exhaustiveness check for switches over closed unions: a missing case does not type-check. */
export function assertNever(value: never): never {
  throw new BalintError('internal', `Unexpected value ${JSON.stringify(value)}`);
}
