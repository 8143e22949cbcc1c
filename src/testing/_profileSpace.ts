/**
 * The profiles that matter to some eligibility rules: one fact per thing the
 * rules ask about (each profession they name, each membership or credential
 * on each date they check, each language, the field of study), every
 * combination when there are few, a fixed-seed sample when there are many.
 */
import fc from 'fast-check';
import { parseDays, formatDays } from '../_lib/civil.js';
import type { Profession, RegistrantProfile } from '../eligibility/profile.js';
import type { EligibilityRule } from '../eligibility/rule.js';
import { assertNever } from '../_lib/assertNever.js';

/** Most combinations enumerated; beyond, a sample of this many. */
const EXHAUSTIVE_LIMIT = 8192;

interface Facts {
  professions: Set<Profession>;
  fields: Set<string>;
  languages: Set<string>;
  memberships: Map<string, [string, string]>;
  credentials: Map<string, [string, string]>;
  clinicallyActive: boolean;
  leadsGroup: boolean;
}

function collect(rule: EligibilityRule, asOf: string, f: Facts): void {
  switch (rule.kind) {
    case 'all':
    case 'any':
      for (const r of rule.rules) collect(r, asOf, f);
      return;
    case 'not':
      collect(rule.rule, asOf, f);
      return;
    case 'profession':
      for (const p of rule.in) f.professions.add(p);
      return;
    case 'clinically_active':
      f.clinicallyActive = true;
      return;
    case 'member': {
      const on = rule.on ?? asOf;
      f.memberships.set(`${rule.organization}\u0000${on}`, [rule.organization, on]);
      return;
    }
    case 'credential': {
      const on = rule.on ?? asOf;
      f.credentials.set(`${rule.credential}\u0000${on}`, [rule.credential, on]);
      return;
    }
    case 'leads_group':
      f.leadsGroup = true;
      return;
    case 'student':
      f.fields.add(rule.field);
      if (rule.field === 'medicine') f.professions.add('medical_student');
      return;
    case 'language':
      f.languages.add(rule.language);
      return;
    default:
      assertNever(rule);
  }
}

/** Dates named by the rules' `on`. */
function onDates(rule: EligibilityRule): string[] {
  if (rule.kind === 'all' || rule.kind === 'any') return rule.rules.flatMap(onDates);
  if (rule.kind === 'not') return onDates(rule.rule);
  return (rule.kind === 'member' || rule.kind === 'credential') && rule.on !== undefined ? [rule.on] : [];
}

/** An "as of" date that is none of the rules' own dates: the day before the earliest, or 2026-01-01. */
export function neutralAsOf(rules: readonly EligibilityRule[]): string {
  const dates = rules.flatMap(onDates).sort();
  return dates.length === 0 ? '2026-01-01' : formatDays(parseDays(dates[0] as string) - 1);
}

/** The relevant profiles, and whether they are all of them (else a sample). */
export function profileSpace(rules: readonly EligibilityRule[], asOf: string, seed: number): { profiles: RegistrantProfile[]; exhaustive: boolean } {
  const f: Facts = { professions: new Set(), fields: new Set(), languages: new Set(), memberships: new Map(), credentials: new Map(), clinicallyActive: false, leadsGroup: false };
  for (const r of rules) collect(r, asOf, f);
  const professions = [...f.professions];
  const languages = [...f.languages];
  const memberships = [...f.memberships.values()];
  const credentials = [...f.credentials.values()];
  const fields = [undefined, ...f.fields];
  const bits = professions.length + languages.length + memberships.length + credentials.length + (f.clinicallyActive ? 1 : 0) + (f.leadsGroup ? 1 : 0);
  const build = (flags: readonly boolean[], field: string | undefined): RegistrantProfile => {
    let i = 0;
    const take = <T>(items: readonly T[]): T[] => items.filter(() => flags[i++] === true);
    const profile: RegistrantProfile = {
      professions: take(professions),
      languages: take(languages),
      memberships: take(memberships).map(([organization, on]) => ({ organization, from: on, until: on })),
      credentials: take(credentials).map(([credential, on]) => ({ credential, issued: on, expires: on })),
    };
    if (f.clinicallyActive) profile.clinicallyActive = flags[i++] === true;
    if (f.leadsGroup) profile.leadsGroup = flags[i++] === true;
    if (field !== undefined) profile.study = { field };
    return profile;
  };
  const total = 2 ** bits * fields.length;
  if (total <= EXHAUSTIVE_LIMIT) {
    const profiles: RegistrantProfile[] = [];
    for (const field of fields) {
      for (let n = 0; n < 2 ** bits; n++) profiles.push(build(Array.from({ length: bits }, (_, k) => ((n >> k) & 1) === 1), field));
    }
    return { profiles, exhaustive: true };
  }
  const arb = fc.tuple(fc.array(fc.boolean(), { minLength: bits, maxLength: bits }), fc.constantFrom(...fields)).map(([flags, field]) => build(flags, field));
  return { profiles: fc.sample(arb, { numRuns: EXHAUSTIVE_LIMIT, seed }), exhaustive: false };
}
