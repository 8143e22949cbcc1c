/** "Did you mean ...?" for a mistyped command, option or preset. Internal. */
import { editDistance } from '../_lib/suggest.js';

/** The candidate closest to `found` within a third of its length (at least 1, at most 3 edits), or undefined. */
export function closest(found: string, candidates: readonly string[]): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(found.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = editDistance(found.toLowerCase(), candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** `; did you mean "x"?` or the empty string. */
export function didYouMean(found: string, candidates: readonly string[], quote = (s: string): string => `"${s}"`): string {
  const best = closest(found, candidates);
  return best === undefined ? '' : `; did you mean ${quote(best)}?`;
}
