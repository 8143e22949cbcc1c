/**
 * The organizations the library's ABS values name, spelled once. A
 * membership record (`{ organization: 'ABS' }`) satisfies the presets'
 * eligibility rules, their fee categories and the credentialing path alike.
 * Internal: the public constants are re-exported where they are documented.
 */
import { nearMissCode } from './suggest.js';

/** The code the American Balint Society goes by in membership records, rules and paths: `'ABS'`, as its pages abbreviate it. */
export const ABS_ORGANIZATION = 'ABS';

/** The American Balint Society's name, for prose (organizers, providers, sentences). */
export const ABS_NAME = 'American Balint Society';

/** Display names of the organization codes, to catch a record that spells an organization by its name. */
const NAMES: Readonly<Record<string, string>> = { [ABS_ORGANIZATION]: ABS_NAME };

/**
 * The sentence for an organization that `mentioned` does not contain but
 * has a near miss of (`nearMissCode`), or whose full name it is (`"American
 * Balint Society"` for `"ABS"`); undefined otherwise.
 */
export function nearMissOrganization(found: string, mentioned: readonly string[], where: string): string | undefined {
  const near = nearMissCode('organization', found, mentioned, where);
  if (near !== undefined || mentioned.includes(found)) return near;
  const code = mentioned.find((m) => NAMES[m]?.toLowerCase() === found.trim().toLowerCase());
  return code === undefined ? undefined : `organization "${found}" is not one ${where} mentions; did you mean "${code}"?`;
}
