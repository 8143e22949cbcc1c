import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cell, headingAnchor, inlineCode, literal } from '../../scripts/docs/markdown.js';
import { rewriteMediaLinks, rewriteSiteLinks, useInlineIcons } from '../../scripts/docs/build.js';
import { headingArb, jsonValueArb } from '../_arbitraries/docs.js';

describe('the markdown helpers', () => {
  it('write values as the docs show results', () => {
    expect(literal({ kind: 'weekly', weekdays: ['tuesday'], interval: 2 })).toBe("{ kind: 'weekly', weekdays: ['tuesday'], interval: 2 }");
    expect(literal({ "it's": null, 'a-b': [] })).toBe("{ 'it\\'s': null, 'a-b': [] }");
  });

  it('escape pipes in table cells', () => {
    expect(cell('a | b\n c')).toBe('a \\| b c');
    expect(inlineCode('x|y')).toBe('`x\\|y`');
    expect(inlineCode('a`b')).toBe('`` a`b ``');
  });

  it('give the anchors typedoc gives the presets\' headings', () => {
    expect(headingAnchor('The International Balint Award 2026 \u2013 "Ascona Prize"')).toBe('the-international-balint-award-2026-ascona-prize');
    expect(headingAnchor('Online Balint Group, second Saturdays, January-August 2026')).toBe('online-balint-group-second-saturdays-january-august-2026');
  });

  it('rewrite site: links relative to each page', () => {
    expect(rewriteSiteLinks('<a href="site:playground/index.html">', 'index.html')).toBe('<a href="./playground/index.html">');
    expect(rewriteSiteLinks('<a href="site:playground/index.html">', 'documents/Guides.Fees.html')).toBe('<a href="../playground/index.html">');
    expect(rewriteSiteLinks('<a href="https://zod.dev">', 'functions/a.b.html')).toBe('<a href="https://zod.dev">');
  });

  it("lead links to typedoc's media copies of playground files to the built playground", () => {
    const targets = new Map([['media/index.html', 'playground/index.html']]);
    expect(rewriteMediaLinks('<a href="media/index.html">', targets)).toBe('<a href="playground/index.html">');
    expect(rewriteMediaLinks('<a href="../media/index.html#x">', targets)).toBe('<a href="../playground/index.html#x">');
    expect(rewriteMediaLinks('<a href="media/index.json">', targets)).toBe('<a href="media/index.json">');
  });

  it("point icons at the sprite in the page, so a page opened from disk loads them", () => {
    expect(useInlineIcons('<svg><use href="../assets/icons.svg#icon-1"></use></svg>')).toBe('<svg><use href="#icon-1"></use></svg>');
    expect(useInlineIcons('<a href="assets/icons.svg#icon-1">')).toBe('<a href="assets/icons.svg#icon-1">');
  });

  describe('properties', () => {
    it('a literal reads back as the value it writes', () => {
      fc.assert(
        fc.property(jsonValueArb, (value) => {
          // eslint-disable-next-line @typescript-eslint/no-implied-eval
          expect(new Function(`return (${literal(value)});`)()).toEqual(value);
        }),
        { numRuns: 200 },
      );
    });

    it('an anchor is lower-case letters, digits and hyphens, or _ when the heading has none', () => {
      fc.assert(
        fc.property(headingArb, (heading) => {
          expect(headingAnchor(heading)).toMatch(/^(?:[a-z0-9-]+|_)$/);
        }),
        { numRuns: 200 },
      );
    });

    it('a table cell never breaks its row', () => {
      fc.assert(
        fc.property(fc.string(), (text) => {
          const out = cell(text);
          expect(out).not.toMatch(/\n/);
          expect(out.replace(/\\\|/g, '')).not.toContain('|');
        }),
        { numRuns: 200 },
      );
    });
  });
});
