/**
 * "Did you mean ...?" for a near miss: the closest word, by Damerau-Levenshtein
 * distance (optimal string alignment: insert, delete, substitute, swap two
 * neighbours), among the words that were valid where the parse failed.
 */
import { editDistance } from '../../_lib/suggest.js';
import { displayWord } from './vocabulary.js';

/** Words longer than this get no suggestion, so the work stays bounded. */
const MAX_WORD_LENGTH = 24;

/** The largest distance worth suggesting for a word of this length: none below 3 letters, 1 up to 4, else 2. */
export function maxDistance(length: number): number {
  if (length < 3) return 0;
  return length <= 4 ? 1 : 2;
}

/**
 * The candidate closest to `found` (lower case) within the allowed distance,
 * shown as it is usually written ("Saturday"); the first one wins a tie.
 * Undefined when nothing is close or `found` is too short or too long.
 */
export function suggest(found: string, candidates: readonly string[]): string | undefined {
  if (found.length > MAX_WORD_LENGTH || maxDistance(found.length) === 0) return undefined;
  let best: string | undefined;
  let bestDistance = maxDistance(found.length) + 1;
  for (const candidate of candidates) {
    if (candidate === found) continue;
    const d = editDistance(found, candidate, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined ? undefined : displayWord(best);
}
