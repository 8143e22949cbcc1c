/** Wording for an id that is not one of the presets' ids. Internal. */
import { closest } from '../../_lib/suggest.js';

/**
 * `unknown preset "x"; did you mean "y"?` when `found` is a near miss of
 * one of `ids`; otherwise the ids to choose from.
 */
export function unknownIdMessage(what: string, found: unknown, ids: readonly string[]): string {
  if (typeof found !== 'string') return `must be the id of a ${what}, one of ${ids.map((id) => JSON.stringify(id)).join(', ')}`;
  const near = closest(found, ids);
  return near === undefined ? `unknown ${what} "${found}": one of ${ids.map((id) => JSON.stringify(id)).join(', ')}` : `unknown ${what} "${found}"; did you mean "${near}"?`;
}
