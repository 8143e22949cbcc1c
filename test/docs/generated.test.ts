/**
 * The documents generated from the code (the recurrence phrase reference from
 * the parser's test cases, the ABS presets guide from the presets) are
 * committed; this fails when one differs from a fresh generation, so they
 * cannot drift. Regenerate with `npm run docs`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderGeneratedDocuments } from '../../scripts/docs/generated.js';
import { renderPhraseReference } from '../../scripts/docs/phrases.js';
import { PHRASES } from '../recurrence/phrases.js';
import { ROOT } from './_snippets.js';

const documents = renderGeneratedDocuments();

describe('the generated documents', () => {
  it.each(documents.map((d) => [d.path, d] as const))('%s is up to date (run npm run docs to regenerate it)', (_path, doc) => {
    expect(readFileSync(join(ROOT, doc.path), 'utf8') === doc.content, `${doc.path} is stale: run npm run docs`).toBe(true);
  });

  it('the phrase reference has one row per phrase of the parser\'s test cases, seed phrases marked', () => {
    const reference = renderPhraseReference();
    for (const phrase of PHRASES) {
      const row = reference.split('\n').find((line) => line.startsWith(`| \`${phrase.text.replace(/\|/g, '\\|')}\``));
      expect(row, phrase.text).toBeDefined();
      expect(row?.includes('\u2605'), phrase.text).toBe(phrase.seed === true);
    }
    expect(reference.split('\n').filter((line) => /^\| `/.test(line))).toHaveLength(PHRASES.length);
  });

  it('the phrase reference shows the canonical English and the RRULE of the seeds\' rules', () => {
    const reference = renderPhraseReference();
    expect(reference).toContain('| `the 4th Thursday of odd months` \u2605 | the fourth Thursday of odd months | `FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYDAY=4TH` |');
    expect(reference).toContain('| `4th Monday of even months` \u2605 | the fourth Monday of even months | `FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=4MO` |');
  });

  it('the presets guide shows every preset and the decisions from the pages', () => {
    const guide = documents.find((d) => d.path === 'docs/abs-presets.md')?.content ?? '';
    for (const id of ['abs-online-group-saturday-2026', 'abs-credentialed-leaders-drop-in-thursdays', 'abs-diversity-discussions-2026', 'ascona-prize-2026']) {
      expect(guide).toContain(`\`${id}\``);
    }
    expect(guide).toContain('| 1 | 2026-01-10 | 11:00am - 12:30pm Eastern / 8:00am - 9:30am Pacific |  |');
    expect(guide).toContain('| 6 | 2026-12-03 | 7:00pm - 8:00pm Eastern | moved from 2026-11-26 (Thanksgiving Day) |');
    expect(guide).toContain('you will get back $550.00 of the $650.00 you paid ($100.00 is withheld as an administration fee)');
  });
});
