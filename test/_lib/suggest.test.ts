/**
 * "Did you mean ...?": the one rule for what counts as a near miss, shared
 * by the recurrence parser, the validator's unknown keys and codes, zone
 * names and the CLI. How close is close enough, how spellings are compared,
 * which candidate wins, and when a short code is another code rather than
 * a typo.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance, maxDistance, nearMissCode } from '../../src/_lib/suggest.js';

/** The optimal-string-alignment distance, computed in full: insert, delete, substitute, swap two neighbours. */
function osa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => (d[i] as number[])[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

describe('how far a near miss may be', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 0],
    [3, 1],
    [4, 1],
    [5, 2],
    [11, 2],
    [12, 3],
    [40, 3],
  ])('a word of %i letters may be %i edits from the word meant', (length, edits) => {
    expect(maxDistance(length)).toBe(edits);
  });

  it('judges by the folded spelling: "a_c" is two letters long, too short for a guess, but "a_b" is "ab" written another way', () => {
    expect(closest('a_c', ['ab', 'abc'])).toBeUndefined();
    expect(closest('a_b', ['abc', 'ab'])).toBe('ab');
    expect(closest('abd', ['abc'])).toBe('abc');
  });

  it('a candidate exactly at the allowed distance is suggested, one past it is not', () => {
    // Five letters: two edits.
    expect(closest('xxcde', ['abcde'])).toBe('abcde');
    expect(closest('xxxde', ['abcde'])).toBeUndefined();
    // Twelve letters: three edits.
    expect(closest('xxxdefghijkl', ['abcdefghijkl'])).toBe('abcdefghijkl');
    expect(closest('xxxxefghijkl', ['abcdefghijkl'])).toBeUndefined();
  });

  it('words longer than 64 characters get no suggestion', () => {
    const word = 'a'.repeat(64);
    expect(closest(`${word}b`.slice(1), [word])).toBe(word);
    expect(closest(`${word}b`, [`${word}c`])).toBeUndefined();
  });
});

describe('the closest candidate', () => {
  it('compares without case, underscores, dashes, dots or spaces', () => {
    expect(closest('clinically_active', ['clinicallyActive'])).toBe('clinicallyActive');
    expect(closest('Clinically-Active', ['clinicallyActive'])).toBe('clinicallyActive');
    expect(closest('A.B.S.', ['ABS'])).toBe('ABS');
    expect(closest('america new york', ['America/New_York'])).toBe('America/New_York');
  });

  it('is nothing when the word is itself a candidate', () => {
    expect(closest('member', ['member', 'members'])).toBeUndefined();
    expect(didYouMean('member', ['member'])).toBe('');
  });

  it('is the nearest, and the first of equally near ones', () => {
    expect(closest('memberz', ['members', 'member'])).toBe('members');
    expect(closest('abcdx', ['abcdy', 'abcdz'])).toBe('abcdy');
    expect(closest('abcdx', ['abxyz', 'abcdz'])).toBe('abcdz');
    expect(closest('abcdx', ['abcdz', 'abcdy'])).toBe('abcdz');
  });

  it('is nothing for a value that is not a string', () => {
    expect(closest(12 as unknown as string, ['12'])).toBeUndefined();
  });

  it('is worded as a hint after what was said', () => {
    expect(didYouMean('profesion', ['profession', 'member'])).toBe('; did you mean "profession"?');
    expect(didYouMean('zzzzzz', ['profession'])).toBe('');
  });

  it('law: whatever is suggested is a candidate within the allowed distance of the folded word', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_', 'A'), maxLength: 8 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 5 }), (found, candidates) => {
        const best = closest(found, candidates);
        if (best === undefined) return;
        const fold = (w: string): string => w.toLowerCase().replace(/[\s_.-]+/g, '');
        expect(candidates).toContain(best);
        expect(candidates).not.toContain(found);
        expect(editDistance(fold(found), fold(best), 3)).toBeLessThanOrEqual(maxDistance(fold(found).length));
        // No candidate is strictly nearer.
        for (const other of candidates) expect(editDistance(fold(found), fold(other), 10)).toBeGreaterThanOrEqual(editDistance(fold(found), fold(best), 10));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the edit distance', () => {
  const wordArb = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });

  it('law: it is the optimal-string-alignment distance up to the limit, and above the limit past it', () => {
    fc.assert(
      fc.property(wordArb, wordArb, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        const d = editDistance(a, b, limit);
        if (osa(a, b) <= limit) expect(d).toBe(osa(a, b));
        else expect(d).toBeGreaterThan(limit);
      }),
      { numRuns: 300 },
    );
  });

  it('law: swapping two neighbouring letters is one edit', () => {
    const swapArb = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e'), minLength: 2, maxLength: 10 }).chain((word) =>
      fc.integer({ min: 0, max: word.length - 2 }).map((i) => ({ word, swapped: `${word.slice(0, i)}${word[i + 1] as string}${word[i] as string}${word.slice(i + 2)}` })),
    );
    fc.assert(
      fc.property(swapArb, ({ word, swapped }) => {
        expect(editDistance(word, swapped, 2)).toBe(word === swapped ? 0 : 1);
      }),
      { numRuns: 200 },
    );
  });

  it('stops as soon as the limit must be passed, answering one above it', () => {
    expect(editDistance('abcdef', 'a', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('abcdef', 'abcdef', 0)).toBe(0);
    expect(editDistance('abc', 'abd', 0)).toBe(1);
  });

  it('counts inserts, deletes, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('abc', 'abxc', 3)).toBe(1);
    expect(editDistance('abxc', 'abc', 3)).toBe(1);
    expect(editDistance('abc', 'axc', 3)).toBe(1);
    expect(editDistance('abc', 'bac', 3)).toBe(1);
    expect(editDistance('abc', 'acb', 3)).toBe(1);
    expect(editDistance('abcd', 'badc', 3)).toBe(2);
    expect(editDistance('', 'abc', 3)).toBe(3);
    expect(editDistance('abc', '', 3)).toBe(3);
  });
});

describe('near-miss codes', () => {
  it('says a code the policy does not mention is a near miss of one it does', () => {
    expect(nearMissCode('reason', 'insufficent_registrants', ['insufficient_registrants', 'illness'])).toBe(
      'reason "insufficent_registrants" is not one this policy mentions; did you mean "insufficient_registrants"?',
    );
    expect(nearMissCode('credential', 'abpn_certifed', ['md', 'abpn_certified'], 'this path')).toBe(
      'credential "abpn_certifed" is not one this path mentions; did you mean "abpn_certified"?',
    );
  });

  it('says nothing of a code the policy mentions, or of one no code is near', () => {
    expect(nearMissCode('reason', 'illness', ['illness'])).toBeUndefined();
    expect(nearMissCode('reason', 'weather', ['illness'])).toBeUndefined();
  });

  it('takes a short code for a typo only when it differs in case, punctuation or the order of its letters', () => {
    expect(nearMissCode('organization', 'abs', ['ABS'])).toBe('organization "abs" is not one this policy mentions; did you mean "ABS"?');
    expect(nearMissCode('organization', 'A.B.S.', ['ABS'])).toBe('organization "A.B.S." is not one this policy mentions; did you mean "ABS"?');
    expect(nearMissCode('organization', 'ASB', ['ABS'])).toBe('organization "ASB" is not one this policy mentions; did you mean "ABS"?');
    expect(nearMissCode('organization', 'APS', ['ABS'])).toBeUndefined();
    expect(nearMissCode('organization', 'ABSS', ['ABS'])).toBeUndefined();
    expect(nearMissCode('organization', 'SBA', ['BSA'])).toBe('organization "SBA" is not one this policy mentions; did you mean "BSA"?');
    // Five letters and more: any near miss.
    expect(nearMissCode('organization', 'BALNT', ['BALINT'])).toBe('organization "BALNT" is not one this policy mentions; did you mean "BALINT"?');
  });
});
