/**
 * "Did you mean ...?" for a near miss: the closest word, by Damerau-Levenshtein
 * distance (optimal string alignment: insert, delete, substitute, swap two
 * neighbours), among the words that were valid where the parse failed.
 */
import { displayWord } from './vocabulary.js';

/** Words longer than this get no suggestion, so the work stays bounded. */
const MAX_WORD_LENGTH = 24;

/** The largest distance worth suggesting for a word of this length: none below 3 letters, 1 up to 4, else 2. */
export function maxDistance(length: number): number {
  if (length < 3) return 0;
  return length <= 4 ? 1 : 2;
}

/**
 * The optimal-string-alignment distance between `a` and `b` when it is at
 * most `limit`; otherwise a number above `limit` (`limit + 1` as soon as the
 * distance must exceed it, which stops the work early).
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (previous2[j - 2] as number) + 1);
      }
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length] as number;
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
