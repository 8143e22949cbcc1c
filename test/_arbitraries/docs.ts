/**
 * Arbitraries for the docs tooling: the plain JSON values the generated
 * documents write as literals, and markdown headings.
 */
import fc from 'fast-check';

/** A JSON value (no `undefined`, no `-0`), as rules, policies and answers are. */
export const jsonValueArb: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

/** A heading as the guides write them: words, digits, punctuation and dashes. */
export const headingArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom('The', 'ABS', 'Online', 'Group,', '2026', '–', '"Ascona', 'Prize"', 'January-August', "Leaders'", '(Spokane)', 'and'), { minLength: 1, maxLength: 8 })
  .map((words) => words.join(' '));
