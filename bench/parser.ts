/**
 * The English recurrence parser on hostile input: time per KB at 1, 10 and
 * 100 KB for each hostile shape (repeated tokens, runs of "and", Unicode
 * noise, near misses, long valid lists failing at their end). Linear
 * parsing shows as a flat time per KB; the last column is the 100 KB figure
 * over the 1 KB one. Run with `npx tsx bench/parser.ts`.
 *
 * The tests (test/fuzz/parser.test.ts) prove linearity with work counters;
 * this script only shows what it costs on this machine.
 */
import { RecurrenceSyntaxError } from '../src/errors/RecurrenceSyntaxError.js';
import { parseRecurrence } from '../src/recurrence/parseRecurrence.js';
import { HOSTILE_SHAPES, PARSER_TEST_SHAPES } from '../test/fuzz/_hostile.js';

const SIZES = [1_000, 10_000, 100_000] as const;

function parse(text: string): void {
  try {
    parseRecurrence(text);
  } catch (error) {
    if (!(error instanceof RecurrenceSyntaxError)) throw error;
  }
}

/** Microseconds per KB of `text`: the best of 5 rounds, each repeating the parse for at least 100 ms. */
function microsecondsPerKb(text: string): number {
  for (let i = 0; i < 3; i++) parse(text);
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < 100) {
      parse(text);
      calls++;
      elapsed = performance.now() - start;
    }
    best = Math.min(best, (elapsed * 1_000) / calls);
  }
  return best / (text.length / 1_000);
}

console.log('\nparseRecurrence on hostile text: microseconds per KB (lower is better; flat across sizes means linear)');
console.log(`| shape | ${SIZES.map((s) => `${s / 1_000} KB`).join(' | ')} | 100 KB / 1 KB |`);
console.log(`| --- | ${SIZES.map(() => '---:').join(' | ')} | ---: |`);
for (const shape of [...PARSER_TEST_SHAPES, ...HOSTILE_SHAPES]) {
  const figures = SIZES.map((size) => microsecondsPerKb(shape.make(size)));
  const ratio = (figures[2] as number) / (figures[0] as number);
  console.log(`| ${shape.name} | ${figures.map((f) => f.toFixed(1)).join(' | ')} | ${ratio.toFixed(2)} |`);
}
