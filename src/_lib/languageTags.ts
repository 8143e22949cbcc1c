/**
 * The one rule for matching language tags (BCP 47), shared by eligibility's
 * language condition and submissions' accepted languages: RFC 4647 basic
 * filtering. Internal.
 */

/**
 * Whether `tag` (a registrant's or a submission's language) matches
 * `wanted` (the language a rule or a call asks for): they are equal ignoring
 * case, or `wanted` is a prefix of `tag` ending at a subtag boundary. So
 * wanted `en` matches `en-US` and `EN`, wanted `en-US` does not match `en`,
 * and wanted `en` does not match `eng`.
 */
export function languageTagMatches(tag: string, wanted: string): boolean {
  const t = tag.toLowerCase();
  const w = wanted.toLowerCase();
  return t === w || t.startsWith(`${w}-`);
}
