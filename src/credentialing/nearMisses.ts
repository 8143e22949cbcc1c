/**
 * Codes in a record that are near misses of the ones a requirement or path
 * mentions (`credentialed_leader_drop_in` for `credentialed_leaders_drop_in`,
 * `abs` for `ABS`): invalid input, refused with the code meant. A code that
 * is simply not mentioned (no near miss), or is one of the ABS's own
 * activity kinds, stays an ordinary outcome (the activity does not count,
 * the membership does not match). Internal.
 */
import { nearMissOrganization } from '../_lib/organizations.js';
import { nearMissCode } from '../_lib/suggest.js';
import { ValidationError, type ValidationIssue } from '../errors/ValidationError.js';

/** What to look at: the code of each item, where the item is, and the codes mentioned. */
interface Codes {
  readonly what: 'activity kind' | 'organization';
  readonly items: readonly { readonly code: string; readonly path: readonly (string | number)[] }[];
  readonly mentioned: readonly string[];
  /** Codes that are never a typo, though not mentioned (the ABS's own activity kinds: `group_co_led` is no misspelling of `group_led`). */
  readonly known?: readonly string[];
}

/** The sentence for one code not in `mentioned`, or undefined (mentioned, or no near miss). */
function sentence(what: Codes['what'], code: string, mentioned: readonly string[], where: string): string | undefined {
  return what === 'organization' ? nearMissOrganization(code, mentioned, where) : nearMissCode(what, code, mentioned, where);
}

/**
 * Throws a `ValidationError` naming `subject`, one issue per item whose code
 * is a near miss of a mentioned one (each distinct code judged once), at the
 * item's path; returns when there is none.
 */
export function refuseNearMisses(subject: string, where: string, groups: readonly Codes[]): void {
  const issues: ValidationIssue[] = [];
  for (const { what, items, mentioned, known = [] } of groups) {
    const judged = new Map<string, string | undefined>();
    for (const { code, path } of items) {
      if (mentioned.includes(code) || known.includes(code)) continue;
      if (!judged.has(code)) judged.set(code, sentence(what, code, mentioned, where));
      const message = judged.get(code);
      if (message !== undefined) issues.push({ path: [...path], code: 'custom', message });
    }
  }
  if (issues.length > 0) throw new ValidationError(subject, issues);
}
