/**
 * The one language-tag rule (RFC 4647 basic filtering), used by
 * eligibility's language condition and by submissions' accepted languages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageTagMatches } from '../../src/_lib/languageTags.js';

const subtag = fc.stringMatching(/^[a-zA-Z]{2,8}$/);
const tag = fc.array(subtag, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('-'));
const flipCase = (s: string, mask: readonly boolean[]): string =>
  [...s].map((c, i) => (mask[i % mask.length] ? c.toUpperCase() : c.toLowerCase())).join('');

describe('languageTagMatches(tag, wanted)', () => {
  it('matches equal tags and more specific ones, never less specific ones', () => {
    expect(languageTagMatches('en', 'en')).toBe(true);
    expect(languageTagMatches('en-US', 'en')).toBe(true);
    expect(languageTagMatches('zh-Hant-TW', 'zh-Hant')).toBe(true);
    expect(languageTagMatches('en', 'en-US')).toBe(false);
    expect(languageTagMatches('en-GB', 'en-US')).toBe(false);
  });

  it('compares whole subtags: wanted "en" does not match "eng"', () => {
    expect(languageTagMatches('eng', 'en')).toBe(false);
    expect(languageTagMatches('en-USA', 'en-US')).toBe(false);
  });

  it('ignores case', () => {
    expect(languageTagMatches('EN-us', 'en')).toBe(true);
    expect(languageTagMatches('en-us', 'EN-US')).toBe(true);
    expect(languageTagMatches('de-CH', 'DE')).toBe(true);
  });

  describe('laws', () => {
    it('a tag always matches itself', () => {
      fc.assert(fc.property(tag, (t) => {
        expect(languageTagMatches(t, t)).toBe(true);
      }));
    });

    it('a wanted primary tag matches every regional variant of it', () => {
      fc.assert(
        fc.property(subtag, fc.stringMatching(/^([A-Za-z]{2}|[0-9]{3})$/), (primary, region) => {
          expect(languageTagMatches(`${primary}-${region}`, primary)).toBe(true);
        }),
      );
    });

    it('matching is case-insensitive', () => {
      fc.assert(
        fc.property(tag, tag, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (t, w, m1, m2) => {
          expect(languageTagMatches(flipCase(t, m1), flipCase(w, m2))).toBe(languageTagMatches(t, w));
        }),
      );
    });

    it('a more specific wanted tag is never met by a less specific one', () => {
      fc.assert(
        fc.property(tag, subtag, (t, extra) => {
          expect(languageTagMatches(t, `${t}-${extra}`)).toBe(false);
        }),
      );
    });
  });
});
