/**
 * The parser's view of the tokens: look ahead, consume, and remember what
 * would have been understood at the current position, so a failure can say
 * what was expected and suggest the nearest word.
 */
import { listAlternatives } from '../../_lib/alternatives.js';
import { RecurrenceSyntaxError } from '../../errors/RecurrenceSyntaxError.js';
import { suggest } from './suggest.js';
import type { Meter, Token } from './tokenize.js';
import { isVocabularyWord } from './vocabulary.js';

/** Something the grammar would have accepted: a readable label and the words it stands for (for hints). */
export interface Expectation {
  readonly label: string;
  readonly words: readonly string[];
  /** Sort order in error messages: 0 content (weekday, month), 1 keywords, 2 punctuation, 3 the end. */
  readonly rank: number;
}

/** The expectation of one literal keyword. */
export function keyword(word: string): Expectation {
  return { label: `"${word}"`, words: [word], rank: 1 };
}

const END: Expectation = { label: 'the end of the text', words: [], rank: 3 };
const MAX_QUOTED = 60;

function quote(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 3)}...` : text;
}

/** A position in the token list, with the expectations recorded at each position reached. */
export class Cursor {
  private index = 0;
  /** What would have been understood, by token position. */
  private readonly expected = new Map<number, Expectation[]>();

  constructor(
    readonly input: string,
    private readonly tokens: readonly Token[],
    private readonly meter: Meter,
  ) {}

  /** The token `k` places ahead (the `end` token past the end). */
  peek(k = 0): Token {
    this.meter.work++;
    const last = this.tokens.length - 1;
    return this.tokens[Math.min(this.index + k, last)] as Token;
  }

  /** Consumes and returns the current token. */
  take(): Token {
    const token = this.peek();
    if (token.kind !== 'end') {
      // The parser never goes back: what was expected here is no longer needed.
      this.expected.delete(this.index);
      this.index++;
    }
    return token;
  }

  /** Records that `expectation` would have been understood at the current position. */
  expect(expectation: Expectation): void {
    this.expectAhead(0, expectation);
  }

  /**
   * Records that `expectation` would have been understood `k` tokens ahead
   * (after a comma that may continue a list). Each position keeps its own
   * expectations, so a failure at a comma after such a look-ahead still says
   * what could have come at the comma.
   */
  expectAhead(k: number, expectation: Expectation): void {
    const at = this.index + k;
    const list = this.expected.get(at);
    if (list === undefined) this.expected.set(at, [expectation]);
    else if (!list.some((e) => e.label === expectation.label)) list.push(expectation);
  }

  /** Whether the token `k` ahead is the word `word` (no recording). */
  isWord(word: string, k = 0): boolean {
    const token = this.peek(k);
    return token.kind === 'word' && token.text === word;
  }

  /** Whether the token `k` ahead is the punctuation `mark` (no recording). */
  isPunct(mark: string, k = 0): boolean {
    const token = this.peek(k);
    return token.kind === 'punct' && token.text === mark;
  }

  /** Consumes the word `word` if it comes next; otherwise records it as expected. */
  word(word: string): Token | undefined {
    if (this.isWord(word)) return this.take();
    this.expect(keyword(word));
    return undefined;
  }

  /** Consumes any one of `words` (e.g. "day", "days"; at least one), recording the first as expected otherwise. */
  anyWord(...words: readonly string[]): Token | undefined {
    const token = this.peek();
    if (token.kind === 'word' && words.includes(token.text)) return this.take();
    this.expect({ label: `"${words[0] as string}"`, words, rank: 1 });
    return undefined;
  }

  /** Consumes the next word if `words` knows it, returning its meaning; otherwise records `expectation`. */
  lookup<V>(words: ReadonlyMap<string, V>, expectation: Expectation): { token: Token; value: V } | undefined {
    const token = this.peek();
    const value = token.kind === 'word' ? words.get(token.text) : undefined;
    if (value === undefined) {
      this.expect(expectation);
      return undefined;
    }
    this.take();
    return { token, value };
  }

  /** Consumes the punctuation `mark` if it comes next; otherwise records it as expected. */
  punct(mark: string): Token | undefined {
    if (this.isPunct(mark)) return this.take();
    this.expect({ label: `"${mark}"`, words: [], rank: 2 });
    return undefined;
  }

  /** Whether the whole text has been read; otherwise records that its end was expected. */
  atEnd(): boolean {
    if (this.peek().kind === 'end') return true;
    this.expect(END);
    return false;
  }

  /** Fails at the current token with what was expected there and, for a near miss, a hint. */
  fail(): never {
    const token = this.peek();
    const expected = [...(this.expected.get(this.index) ?? [])].sort((a, b) => a.rank - b.rank);
    // A word of the vocabulary ("March" where a weekday list cannot take it) is misplaced, not misspelled: no hint.
    const hint =
      token.kind === 'word' && !isVocabularyWord(token.text) ? suggest(token.text, expected.flatMap((e) => e.words)) : undefined;
    const where = token.kind === 'end' ? 'at the end' : `at "${quote(token.text)}" (position ${token.start})`;
    const labels = expected.map((e) => e.label);
    const alternatives = labels.length > 0 ? `; expected ${listAlternatives(labels)}` : '';
    const did = hint === undefined ? undefined : `did you mean "${hint}"?`;
    throw new RecurrenceSyntaxError({
      input: this.input,
      position: token.start,
      found: token.text,
      expected: labels,
      hint: did,
      message: `Cannot understand "${quote(this.input)}" ${where}${alternatives}${did === undefined ? '' : ` (${did})`}`,
    });
  }

  /** Fails at `token`, which was understood but makes no sense there, with the reason. */
  reject(token: Token, reason: string, hint?: string): never {
    const where = token.kind === 'end' ? 'at the end' : `at "${quote(token.text)}" (position ${token.start})`;
    throw new RecurrenceSyntaxError({
      input: this.input,
      position: token.start,
      found: token.text,
      expected: [],
      hint,
      message: `Cannot use "${quote(this.input)}" ${where}: ${reason}${hint === undefined ? '' : ` (${hint})`}`,
    });
  }
}
