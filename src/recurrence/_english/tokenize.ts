/**
 * A hand-written, single-pass tokenizer for recurrence English. It looks at
 * each character a bounded number of times (no regular expressions over the
 * input, so no backtracking) and keeps where each token starts in the
 * original text, so errors can point at what the user wrote.
 */
import { ordinalSuffix } from './vocabulary.js';

/** The kinds of token the grammar reads. */
export type TokenKind = 'word' | 'number' | 'ordinal' | 'date' | 'punct' | 'other' | 'end';

/** One token: its kind, its text in lower case, and where it is in the original text. */
export interface Token {
  readonly kind: TokenKind;
  /** Lower-case text (`word`), digits (`number`), `12th` (`ordinal`), `YYYY-MM-DD` (`date`), the character (`punct`, `other`), `''` (`end`). */
  readonly text: string;
  /** Offset of the first character in the original text. */
  readonly start: number;
  /** The number of a `number` or `ordinal` token (Infinity when too long to matter); 0 otherwise. */
  readonly value: number;
  /** For an `ordinal`: whether its suffix is the right one ("2nd", not "2th"). */
  readonly suffixOk: boolean;
}

/** Counts the work done, so tests can check that parsing is linear. */
export interface Meter {
  work: number;
}

const PUNCTUATION = new Set([',', '&', '/', '-', ':']);
const SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
// Tested against one code point (or one UTF-16 unit) at a time, so no anchors are needed.
const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether the code point starting at `i` is a letter (any script); false at the end. */
function isLetterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code);
  return LETTER.test(String.fromCodePoint(text.codePointAt(i) as number));
}

function codePointLength(text: string, i: number): number {
  return (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
}

function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text.charAt(i));
}

/** A full stop is skipped right after a word or number when a space, comma or the end follows ("Thu.", "Sept. 8", "2026."). */
function isSkippableStop(text: string, i: number): boolean {
  return text.charCodeAt(i) === 46 && (i + 1 >= text.length || isSpaceAt(text, i + 1) || text.charCodeAt(i + 1) === 44);
}

function digitsEnd(text: string, i: number): number {
  let j = i;
  // Past the end, charCodeAt gives NaN, which is not a digit.
  while (isDigit(text.charCodeAt(j))) j++;
  return j;
}

/** `YYYY-MM-DD` starting at `i` (exactly 4-2-2 digits, not followed by another digit): its end, or -1. */
function isoDateEnd(text: string, i: number, yearEnd: number): number {
  if (yearEnd - i !== 4 || text.charCodeAt(yearEnd) !== 45) return -1;
  const monthEnd = digitsEnd(text, yearEnd + 1);
  if (monthEnd - yearEnd - 1 !== 2 || text.charCodeAt(monthEnd) !== 45) return -1;
  const dayEnd = digitsEnd(text, monthEnd + 1);
  return dayEnd - monthEnd - 1 === 2 ? dayEnd : -1;
}

/** The number `digits` write, or Infinity past nine significant digits (leading zeros do not count). */
function numberValue(digits: string): number {
  let zeros = 0;
  while (zeros < digits.length - 1 && digits.charCodeAt(zeros) === 48) zeros++;
  return digits.length - zeros > 9 ? Number.POSITIVE_INFINITY : Number(digits);
}

function make(kind: TokenKind, text: string, start: number, value = 0, suffixOk = true): Token {
  return { kind, text, start, value, suffixOk };
}

/**
 * Splits `text` into tokens, ending with one `end` token. Letters and digits
 * written together are separate tokens ("July14" is "july" "14"), except an
 * ordinal suffix ("14th") and an ISO date ("2026-03-12").
 */
export function tokenize(text: string, meter: Meter): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    meter.work++;
    const code = text.charCodeAt(i);
    if (isSpaceAt(text, i)) {
      i++;
    } else if (isDigit(code)) {
      const end = digitsEnd(text, i);
      meter.work += end - i;
      const dateEnd = isoDateEnd(text, i, end);
      if (dateEnd >= 0) {
        tokens.push(make('date', text.slice(i, dateEnd), i));
        i = dateEnd;
      } else {
        const value = numberValue(text.slice(i, end));
        const suffix = text.slice(end, end + 2).toLowerCase();
        if (SUFFIXES.has(suffix) && !isLetterAt(text, end + 2)) {
          const ok = end - i <= 9 && ordinalSuffix(value) === suffix;
          tokens.push(make('ordinal', text.slice(i, end + 2).toLowerCase(), i, value, ok));
          i = end + 2;
        } else {
          tokens.push(make('number', text.slice(i, end), i, value));
          i = end;
        }
      }
      if (isSkippableStop(text, i)) i++;
    } else if (isLetterAt(text, i)) {
      let end = i;
      while (isLetterAt(text, end)) {
        end += codePointLength(text, end);
        meter.work++;
      }
      tokens.push(make('word', text.slice(i, end).toLowerCase(), i));
      i = end;
      if (isSkippableStop(text, i)) i++;
    } else {
      const size = codePointLength(text, i);
      const char = text.slice(i, i + size);
      tokens.push(make(PUNCTUATION.has(char) ? 'punct' : 'other', char, i));
      i += size;
    }
  }
  tokens.push(make('end', '', text.length));
  return tokens;
}
