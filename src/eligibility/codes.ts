/**
 * The organizations and credentials a rule mentions, and the refusal of a
 * profile's code that is a near miss of one of them (`AB S` for `ABS`), which
 * would otherwise read silently as "no membership on record". Internal.
 */
import { closest, nearMissCode } from '../_lib/suggest.js';
import { ValidationError, type ValidationIssue } from '../errors/ValidationError.js';
import type { RegistrantProfile } from './profile.js';
import type { EligibilityRule } from './rule.js';

/** The organization names and credential codes some conditions mention. */
export interface MentionedCodes {
  readonly organizations: readonly string[];
  readonly credentials: readonly string[];
}

/** The organizations and credentials the conditions of `rules` mention, each once. */
export function mentionedCodes(rules: readonly EligibilityRule[]): MentionedCodes {
  const organizations = new Set<string>();
  const credentials = new Set<string>();
  const pending = [...rules];
  for (let rule = pending.pop(); rule !== undefined; rule = pending.pop()) {
    if (rule.kind === 'all' || rule.kind === 'any') pending.push(...rule.rules);
    else if (rule.kind === 'not') pending.push(rule.rule);
    else if (rule.kind === 'member') organizations.add(rule.organization);
    else if (rule.kind === 'credential') credentials.add(rule.credential);
  }
  return { organizations: [...organizations], credentials: [...credentials] };
}

/** The sentence for `found` when it is a near miss of a mentioned code that `held` (the profile's own codes of that kind) does not contain. */
function nearMiss(what: string, found: string, mentioned: readonly string[], held: readonly string[], where: string): string | undefined {
  const near = closest(found, mentioned);
  // A profile listing the code meant as well (`APS` beside `ABS`) did not misspell it.
  return near === undefined || held.includes(near) ? undefined : nearMissCode(what, found, mentioned, where);
}

/**
 * Throws a {@link ValidationError} naming every membership organization and
 * credential code of `profile` that `mentioned` does not contain but has a
 * near miss of (and that the profile does not also list), each at its path;
 * `where` names the policy (`this rule`). A code that is merely not
 * mentioned is left to the decision.
 */
export function refuseNearMissCodes(profile: RegistrantProfile, mentioned: MentionedCodes, where: string): void {
  const issues: ValidationIssue[] = [];
  const memberships = profile.memberships ?? [];
  const organizations = memberships.map((m) => m.organization);
  for (const [i, m] of memberships.entries()) {
    const message = nearMiss('organization', m.organization, mentioned.organizations, organizations, where);
    if (message !== undefined) issues.push({ path: ['memberships', i, 'organization'], code: 'custom', message });
  }
  const credentials = profile.credentials ?? [];
  const codes = credentials.map((c) => c.credential);
  for (const [i, c] of credentials.entries()) {
    const message = nearMiss('credential', c.credential, mentioned.credentials, codes, where);
    if (message !== undefined) issues.push({ path: ['credentials', i, 'credential'], code: 'custom', message });
  }
  if (issues.length > 0) throw new ValidationError('registrant profile', issues);
}
