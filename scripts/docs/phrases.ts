/**
 * The recurrence phrase reference (docs/recurrence-phrases.md), generated from
 * the parser's own test cases (test/recurrence/phrases.ts) so the two cannot
 * drift: each row shows what `parseRecurrence` returns for the phrase, and
 * the generator fails if that differs from the rule the test case expects.
 */
import { isDeepStrictEqual } from 'node:util';
import { formatRecurrence } from '../../src/recurrence/formatRecurrence.js';
import { parseRecurrence } from '../../src/recurrence/parseRecurrence.js';
import type { RecurrenceRule } from '../../src/recurrence/schema.js';
import { toRRule } from '../../src/recurrence/toRRule.js';
import { PHRASES, type PhraseCase } from '../../test/recurrence/phrases.js';
import { cell, generatedNotice, inlineCode, literal } from './markdown.js';

const GROUPS: readonly { readonly group: PhraseCase['group']; readonly title: string; readonly intro: string }[] = [
  {
    group: 'nth weekday',
    title: 'The nth weekday of the month',
    intro:
      'Rules of kind `nth_weekday`: an ordinal (1st to 5th, or counted from the end: last, second to last, ...) of one weekday, in every month or in the months named.',
  },
  {
    group: 'day of the month',
    title: 'A day of the month',
    intro: 'Rules of kind `day_of_month`: days 1 to 31 or counted from the end, in every month or in the months named. A date without a year repeats every year.',
  },
  {
    group: 'weekly',
    title: 'Every N weeks',
    intro:
      'Rules of kind `weekly`: weekdays every week, every other week or every N weeks. Weeks start on Monday and are counted from the week of the series\u2019 start date.',
  },
  {
    group: 'dates',
    title: 'Explicit dates',
    intro: 'Rules of kind `dates`: a list of dates with no pattern. A list of dates has no RRULE; calendars get its dates as `RDATE` values.',
  },
];

function rruleOf(rule: RecurrenceRule): string {
  return rule.kind === 'dates' ? '(none: RDATE values)' : toRRule(rule);
}

/** One table row; throws if the parser's answer is not the test case's rule. */
function row(phrase: PhraseCase): string {
  const parsed = parseRecurrence(phrase.text);
  if (!isDeepStrictEqual(parsed, phrase.rule)) {
    throw new Error(`parseRecurrence(${JSON.stringify(phrase.text)}) returned ${literal(parsed)}, not ${literal(phrase.rule)} as test/recurrence/phrases.ts says`);
  }
  const text = `${inlineCode(phrase.text)}${phrase.seed ? ' \u2605' : ''}`;
  return `| ${text} | ${cell(formatRecurrence(parsed))} | ${inlineCode(rruleOf(parsed))} | ${inlineCode(literal(parsed))} |`;
}

/** The whole markdown document. */
export function renderPhraseReference(): string {
  const lines = [
    '---',
    'title: Recurrence phrase reference',
    'group: Guides',
    '---',
    generatedNotice('scripts/docs/phrases.ts', 'test/recurrence/phrases.ts'),
    '',
    '# Recurrence phrase reference',
    '',
    `Every phrasing \`parseRecurrence\` is tested on: ${PHRASES.length} of them, in four kinds of rule. Each row shows the phrase, the canonical English \`formatRecurrence\` writes for the rule, its RFC 5545 RRULE (\`toRRule\`), and the rule as JSON. The table is generated from the parser's own test cases, so it cannot drift from what the parser does. Phrases marked \u2605 are taken from the American Balint Society's pages.`,
    '',
    'Case and spacing do not matter, and the variations combine: any ordinal spelling ("second", "2nd") works with any weekday spelling ("Saturday", "Saturdays", "Sat") and any month list. Every word must be understood or the parse fails with a `RecurrenceSyntaxError` saying where, what was expected and, for a near miss, what was probably meant. Try a phrase in the [playground](site:playground/index.html).',
    '',
    'Some readings are decisions, stated here so nobody has to guess:',
    '',
    '- "every second Tuesday" is the second Tuesday of each month; write "every other Tuesday" for every two weeks;',
    '- "quarterly" alone means March, June, September and December; say "quarterly starting in January" for January, April, July and October;',
    '- "biweekly" and "fortnightly" mean every two weeks;',
    '- a date without a year ("July 4") repeats every year; dates with a year are an explicit list;',
    '- a repeated ordinal, weekday, month or date is an error, because it is usually a typo.',
  ];
  for (const { group, title, intro } of GROUPS) {
    const phrases = PHRASES.filter((p) => p.group === group);
    lines.push('', `## ${title}`, '', intro, '', '| Phrase | Canonical English | RRULE | Rule |', '| --- | --- | --- | --- |', ...phrases.map(row));
  }
  lines.push(
    '',
    '## Reading it back',
    '',
    'The canonical English reads back to the same rule, and so does the RRULE:',
    '',
    '```ts',
    "import { formatRecurrence, fromRRule, parseRecurrence, toRRule } from 'balint-rules/recurrence';",
    '',
    "const rule = parseRecurrence('1st & 3rd Wed');",
    'formatRecurrence(rule);',
    "//=> 'the first and third Wednesday of every month'",
    'parseRecurrence(formatRecurrence(rule));',
    "//=> { kind: 'nth_weekday', weekday: 'wednesday', ordinals: [1, 3] }",
    'fromRRule(toRRule(rule));',
    "//=> { kind: 'nth_weekday', weekday: 'wednesday', ordinals: [1, 3] }",
    '```',
    '',
  );
  return lines.join('\n');
}
