/**
 * "Did you mean ...?" for near misses: one edit distance and one rule for
 * what counts as close, shared by the recurrence parser, the validator's
 * unknown keys and codes, time-zone names and the CLI.
 */

/**
 * The optimal-string-alignment distance between `a` and `b` (insert, delete,
 * substitute, swap two neighbours) when it is at most `limit`; otherwise a
 * number above `limit` (`limit + 1` as soon as the distance must exceed it,
 * which stops the work early).
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
      // A swap of two neighbours (out of range, a[-1] or b[-1] is undefined and never equal).
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
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

/** Words longer than this get no suggestion, so the work stays bounded. */
const MAX_LENGTH = 64;

/** The largest distance worth suggesting for a word of this length: none below 3 letters, 1 up to 4, 2 up to 11, else 3. */
export function maxDistance(length: number): number {
  if (length < 3) return 0;
  if (length <= 4) return 1;
  return length <= 11 ? 2 : 3;
}

/** The form two spellings are compared in: lower case, with `_`, `-`, `.` and spaces dropped (`clinically_active` is `clinicallyActive`, `A.B.S.` is `ABS`). */
function folded(word: string): string {
  return word.toLowerCase().replace(/[\s_.-]+/g, '');
}

/**
 * The candidate closest to `found` within {@link maxDistance} of its length,
 * compared without case, `_`, `-` or spaces; the first one wins a tie.
 * Undefined when nothing is close, when `found` is itself a candidate, or
 * when it is too short or too long to judge.
 */
export function closest(found: string, candidates: readonly string[]): string | undefined {
  if (typeof found !== 'string' || found.length > MAX_LENGTH || candidates.includes(found)) return undefined;
  const target = folded(found);
  let best: string | undefined;
  let bestDistance = Math.max(maxDistance(target.length), 0) + 1;
  for (const candidate of candidates) {
    const d = editDistance(target, folded(candidate), bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** ` (did you mean "x"?)` for the closest candidate, or the empty string. */
export function didYouMean(found: string, candidates: readonly string[]): string {
  const best = closest(found, candidates);
  return best === undefined ? '' : `; did you mean "${best}"?`;
}

/** Whether two words have the same letters, in any order. */
function sameLetters(a: string, b: string): boolean {
  return [...a].sort().join('') === [...b].sort().join('');
}

/**
 * The sentence for a code (a cancellation reason, an organization, a
 * credential) that `mentioned` does not contain but has a near miss of:
 * `reason "insufficent_registrants" is not one this policy mentions; did you
 * mean "insufficient_registrants"?`. Undefined when the code is mentioned
 * or is no near miss of any (a code the policy simply does not cover is a
 * business outcome, not an error). A code of four letters or fewer is a near
 * miss only when it differs in case or punctuation (`abs`, `A.B.S.`) or
 * swaps two letters (`ASB`): `APS` beside `ABS` is another society, not a typo.
 */
export function nearMissCode(what: string, found: string, mentioned: readonly string[], where = 'this policy'): string | undefined {
  const near = closest(found, mentioned);
  if (near === undefined || (folded(found).length <= 4 && !sameLetters(folded(found), folded(near)))) return undefined;
  return `${what} "${found}" is not one ${where} mentions; did you mean "${near}"?`;
}
