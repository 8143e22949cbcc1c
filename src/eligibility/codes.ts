/**
 * The organizations and credentials a rule mentions, and the refusal of a
 * profile's code that is a near miss of one of them (`AB S` for `ABS`), which
 * would otherwise read silently as "no membership on record". Internal.
 */
import { nearMissCode } from '../_lib/suggest.js';
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
    if (rule.type === 'all' || rule.type === 'any') pending.push(...rule.rules);
    else if (rule.type === 'not') pending.push(rule.rule);
    else if (rule.type === 'member') organizations.add(rule.organization);
    else if (rule.type === 'credential') credentials.add(rule.credential);
  }
  return { organizations: [...organizations], credentials: [...credentials] };
}

/**
 * Throws a {@link ValidationError} naming every membership organization and
 * credential code of `profile` that `mentioned` does not contain but has a
 * near miss of, each at its path; `where` names the policy (`this rule`).
 * A code that is merely not mentioned is left to the decision.
 */
export function refuseNearMissCodes(profile: RegistrantProfile, mentioned: MentionedCodes, where: string): void {
  const issues: ValidationIssue[] = [];
  for (const [i, m] of (profile.memberships ?? []).entries()) {
    const message = nearMissCode('organization', m.organization, mentioned.organizations, where);
    if (message !== undefined) issues.push({ path: ['memberships', i, 'organization'], code: 'custom', message });
  }
  for (const [i, c] of (profile.credentials ?? []).entries()) {
    const message = nearMissCode('credential', c.credential, mentioned.credentials, where);
    if (message !== undefined) issues.push({ path: ['credentials', i, 'credential'], code: 'custom', message });
  }
  if (issues.length > 0) throw new ValidationError('registrant profile', issues);
}
