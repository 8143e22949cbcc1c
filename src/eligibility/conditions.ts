import { assertNever } from '../_lib/assertNever.js';
import { parseDays } from '../_lib/civil.js';
import { languageTagMatches } from '../_lib/languageTags.js';
import { humanizeCode, joinList, languageName, PROFESSION_NAMES } from './describe.js';
import type { Profession, ProfileCredential, ProfileMembership, RegistrantProfile } from './profile.js';
import type { EligibilityReason, RulePath } from './reasons.js';
import type { CredentialRule, EligibilityCondition, LanguageRule, MemberRule } from './rule.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A reason without its label: the code and its structured fields, then a path and a message still to be set. */
export type ReasonDetail = DistributiveOmit<EligibilityReason, 'label'>;

/** The path and message a finding's detail starts with (the reason built from it sets both, keeping its keys in this order). */
const NO_PATH: RulePath = Object.freeze([]);
const NO_MESSAGE = '';

/** Whether one condition holds for a profile, with the finding in words and as data. */
export interface ConditionFinding {
  readonly holds: boolean;
  /** What the profile says, completing "You must (not) be …; <finding>." */
  readonly finding: string;
  readonly detail: ReasonDetail;
}

/** Where day `on` falls relative to an inclusive window: before it starts, within it, or after it ends. */
export function windowPosition(from: string | undefined, until: string | undefined, on: number): 'before' | 'within' | 'after' {
  if (from !== undefined && on < parseDays(from)) return 'before';
  if (until !== undefined && on > parseDays(until)) return 'after';
  return 'within';
}

/**
 * What a profile's validity windows of one kind (memberships of one
 * organization, credentials of one code) say on a day, tallied in one pass
 * with no lists built: whether there are any, how many are valid, and the
 * dates the findings quote.
 */
interface WindowTally {
  /** Whether there is a window of this kind at all. */
  any: boolean;
  valid: number;
  /** A valid window without an end. */
  open: boolean;
  /** The latest end and the earliest start of the valid windows. */
  latestUntil: string | undefined;
  earliestFrom: string | undefined;
  /** The latest end of the windows that ended, and the earliest start of those not yet started. */
  endedOn: string | undefined;
  startsOn: string | undefined;
}

function windowTally(): WindowTally {
  return { any: false, valid: 0, open: false, latestUntil: undefined, earliestFrom: undefined, endedOn: undefined, startsOn: undefined };
}

function count(t: WindowTally, from: string | undefined, until: string | undefined, day: number): void {
  t.any = true;
  const position = windowPosition(from, until, day);
  if (position === 'within') {
    t.valid++;
    if (until === undefined) t.open = true;
    else if (t.latestUntil === undefined || until > t.latestUntil) t.latestUntil = until;
    // Read for credentials only, whose windows always start (a membership's open start leaves it as it is).
    if (t.earliestFrom === undefined || (from as string) < t.earliestFrom) t.earliestFrom = from;
  } else if (position === 'after') {
    // A window that ended has an end, and one not yet started has a start.
    if (t.endedOn === undefined || (until as string) > t.endedOn) t.endedOn = until;
  } else if (t.startsOn === undefined || (from as string) < t.startsOn) t.startsOn = from;
}

function member(rule: MemberRule, profile: RegistrantProfile, at: string): ConditionFinding {
  const organization = rule.organization;
  const on = rule.on ?? at;
  const day = parseDays(on);
  const t = windowTally();
  const memberships = profile.memberships ?? [];
  for (let i = 0; i < memberships.length; i++) {
    const m = memberships[i] as ProfileMembership;
    if (m.organization === organization) count(t, m.from, m.until, day);
  }
  if (t.valid > 0) {
    const until = t.open ? null : (t.latestUntil as string);
    return { holds: true, finding: `your membership of ${organization} is valid on ${on}`, detail: { code: 'membership_held', organization, on, until, path: NO_PATH, message: NO_MESSAGE } };
  }
  if (!t.any) return { holds: false, finding: `no membership of ${organization} is on record`, detail: { code: 'membership_missing', organization, on, path: NO_PATH, message: NO_MESSAGE } };
  if (t.endedOn !== undefined) {
    return {
      holds: false,
      finding: `your membership of ${organization} ended on ${t.endedOn}, before ${on}`,
      detail: { code: 'membership_expired', organization, on, endedOn: t.endedOn, path: NO_PATH, message: NO_MESSAGE },
    };
  }
  const startsOn = t.startsOn as string;
  return {
    holds: false,
    finding: `your membership of ${organization} starts on ${startsOn}, after ${on}`,
    detail: { code: 'membership_not_yet_valid', organization, on, startsOn, path: NO_PATH, message: NO_MESSAGE },
  };
}

function credential(rule: CredentialRule, profile: RegistrantProfile, at: string): ConditionFinding {
  const code = rule.credential;
  const on = rule.on ?? at;
  const day = parseDays(on);
  const t = windowTally();
  const held = profile.credentials ?? [];
  for (let i = 0; i < held.length; i++) {
    const h = held[i] as ProfileCredential;
    if (h.credential === code) count(t, h.issued, h.expires, day);
  }
  if (t.valid > 0) {
    // A credential always has an issue date, so a valid one gives the earliest.
    const issuedOn = t.earliestFrom as string;
    const expiresOn = t.open ? null : (t.latestUntil as string);
    return { holds: true, finding: `you hold it, issued on ${issuedOn}`, detail: { code: 'credential_held', credential: code, on, issuedOn, expiresOn, path: NO_PATH, message: NO_MESSAGE } };
  }
  const name = humanizeCode(code);
  if (!t.any) return { holds: false, finding: `no ${name} credential is on record`, detail: { code: 'credential_missing', credential: code, on, path: NO_PATH, message: NO_MESSAGE } };
  if (t.endedOn !== undefined) {
    return {
      holds: false,
      finding: `your ${name} credential expired on ${t.endedOn}, before ${on}`,
      detail: { code: 'credential_expired', credential: code, on, expiredOn: t.endedOn, path: NO_PATH, message: NO_MESSAGE },
    };
  }
  const issuedOn = t.startsOn as string;
  return {
    holds: false,
    finding: `your ${name} credential is issued on ${issuedOn}, after ${on}`,
    detail: { code: 'credential_not_yet_valid', credential: code, on, issuedOn, path: NO_PATH, message: NO_MESSAGE },
  };
}

function language(rule: LanguageRule, profile: RegistrantProfile): ConditionFinding {
  const languages = profile.languages ?? [];
  const matching = languages.filter((tag) => languageTagMatches(tag, rule.language));
  const listed = joinList(languages.map(languageName), 'and');
  if (matching.length > 0) {
    return {
      holds: true,
      finding: `your profile lists ${joinList(matching.map(languageName), 'and')}`,
      detail: { code: 'language_held', language: rule.language, languages: matching, path: NO_PATH, message: NO_MESSAGE },
    };
  }
  const stated = profile.languages !== undefined;
  const finding = !stated ? 'your profile does not list your languages' : languages.length === 0 ? 'your profile lists no language' : `your profile lists ${listed}`;
  return { holds: false, finding, detail: { code: 'language_missing', language: rule.language, languages, stated, path: NO_PATH, message: NO_MESSAGE } };
}

function names(professions: readonly Profession[]): string {
  return joinList(professions.map((p) => PROFESSION_NAMES[p]), 'and');
}

/** The fields of study a profile implies: its `study.field`, and `medicine` for a medical student. */
export function studiesOf(profile: RegistrantProfile): string[] {
  const fields = profile.study === undefined ? [] : [profile.study.field];
  if ((profile.professions ?? []).includes('medical_student') && !fields.includes('medicine')) fields.push('medicine');
  return fields;
}

/** Evaluates one condition (not a combination) against a profile on `at` (`YYYY-MM-DD`). */
export function checkCondition(rule: EligibilityCondition, profile: RegistrantProfile, at: string): ConditionFinding {
  switch (rule.kind) {
    case 'profession': {
      const professions = profile.professions ?? [];
      const matching = professions.filter((p) => rule.in.includes(p));
      if (matching.length > 0) {
        return { holds: true, finding: `your profile lists ${names(matching)}`, detail: { code: 'profession_held', excluded: rule.in, professions: matching, path: NO_PATH, message: NO_MESSAGE } };
      }
      const stated = profile.professions !== undefined;
      const finding = !stated ? 'your profile does not state a profession' : professions.length === 0 ? 'your profile lists no profession' : `your profile lists ${names(professions)}`;
      return { holds: false, finding, detail: { code: 'profession_not_allowed', allowed: rule.in, professions, stated, path: NO_PATH, message: NO_MESSAGE } };
    }
    case 'clinically_active': {
      const value = profile.clinicallyActive;
      if (value === true) return { holds: true, finding: 'your profile says you are', detail: { code: 'clinically_active_held', path: NO_PATH, message: NO_MESSAGE } };
      const finding = value === undefined ? 'your profile does not say whether you are' : 'your profile says you are not';
      return { holds: false, finding, detail: { code: 'not_clinically_active', stated: value !== undefined, path: NO_PATH, message: NO_MESSAGE } };
    }
    case 'member':
      return member(rule, profile, at);
    case 'credential':
      return credential(rule, profile, at);
    case 'leads_group': {
      const value = profile.leadsGroup;
      if (value === true) return { holds: true, finding: 'your profile says you lead one', detail: { code: 'leads_group_held', path: NO_PATH, message: NO_MESSAGE } };
      const finding = value === undefined ? 'your profile does not say whether you lead one' : 'your profile says you do not lead one';
      return { holds: false, finding, detail: { code: 'not_leading_group', stated: value !== undefined, path: NO_PATH, message: NO_MESSAGE } };
    }
    case 'student': {
      const studying = studiesOf(profile);
      if (studying.includes(rule.field)) {
        return { holds: true, finding: `your profile says you study ${humanizeCode(rule.field)}`, detail: { code: 'student_held', field: rule.field, path: NO_PATH, message: NO_MESSAGE } };
      }
      const finding = studying.length === 0 ? 'your profile does not say you are a student' : `your profile says you study ${joinList(studying.map(humanizeCode), 'and')}`;
      return { holds: false, finding, detail: { code: 'not_student', field: rule.field, studying, path: NO_PATH, message: NO_MESSAGE } };
    }
    case 'language':
      return language(rule, profile);
    default:
      return assertNever(rule);
  }
}
