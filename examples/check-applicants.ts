/**
 * Checks lists of applicants against two ABS programs and prints every
 * reason the library gives:
 *
 * - the Diversity Committee's discussion of March 12, 2026, open to "Any ABS
 *   Member leading a Balint Group": each applicant's profile (memberships with
 *   their dates, whether they lead a group) against the preset's eligibility
 *   rule, as of the day of the discussion;
 * - the Ascona Prize 2026 for medical students: each essay (its author,
 *   language, length, file format and when it arrived) against the prize's
 *   rules with `checkSubmission`.
 *
 * The applicants are made up; the rules are the ABS's. The Ascona page does
 * not say which zone "received before 31st January 2026" is read in: this
 * script reads it in Zurich (the prize is Swiss) and shows an essay the
 * choice decides.
 *
 * Run with `npx tsx examples/check-applicants.ts`.
 */
import {
  checkEligibility,
  describeEligibilityRule,
  instantToZoned,
  type EligibilityReason,
  type RegistrantProfile,
} from 'balint-rules';
import { absAsconaPrize2026, absDiversityDiscussions2026 } from 'balint-rules/presets/abs';
import { checkSubmission, type Submission } from 'balint-rules/submissions';

// --- The diversity discussion -------------------------------------------------
const discussion = absDiversityDiscussions2026();
const at = '2026-03-12'; // the day of the discussion: memberships must be valid then

const applicants: [string, RegistrantProfile][] = [
  ['Amara Okafor, MD', { memberships: [{ organization: 'ABS', until: '2026-12-31' }], leadsGroup: true }],
  ['Ben Hall, MD', { memberships: [{ organization: 'ABS', until: '2026-12-31' }], leadsGroup: false }],
  ['Carla Diaz, LCSW', { memberships: [], leadsGroup: true }],
  ['Dev Patel, MD', { memberships: [{ organization: 'ABS', until: '2025-12-31' }], leadsGroup: true }],
  ['Erin Walsh, PhD', { memberships: [{ organization: 'ABS', from: '2026-04-01' }], leadsGroup: true }],
  ['Farid Haddad, DO', {}], // the form asked nothing
];

console.log(`${discussion.name}, ${at}`);
console.log(`Who may register: ${describeEligibilityRule(discussion.eligibility)}`);
for (const [name, profile] of applicants) {
  const result = checkEligibility(discussion.eligibility, profile, { at });
  console.log(`  ${name}: ${result.verdict === 'eligible' ? 'eligible' : 'not eligible'}`);
  printReasons(result.reasons, '    ');
}

/** Every reason, with the reasons nested in it (an `any` none of whose alternatives holds). */
function printReasons(reasons: readonly EligibilityReason[], indent: string): void {
  for (const reason of reasons) {
    console.log(`${indent}- ${reason.code}: ${reason.message}`);
    if ('reasons' in reason) printReasons(reason.reasons, `${indent}  `);
  }
}

// --- The Ascona Prize ----------------------------------------------------------
const { submission: rules } = absAsconaPrize2026({ timeZone: 'Europe/Zurich' });
const student: RegistrantProfile = { professions: ['medical_student'] };
// Sent late on January 30 from Colorado: 23:30 UTC, already January 31 in Zurich.
const maya: Submission = { profile: student, language: 'en', wordCount: 11950, fileFormat: 'docx', at: '2026-01-30T23:30:00Z' };

const essays: [string, Submission][] = [
  ['Grace Lin', { profile: student, language: 'en', wordCount: 7800, fileFormat: 'docx', at: '2026-01-20T10:00:00Z' }],
  ['Hugo Martin', { profile: student, language: 'en', wordCount: 4650, fileFormat: 'docx', at: '2026-01-25T16:20:00Z' }],
  ['Ines Costa', { profile: student, language: 'en', wordCount: 13200, fileFormat: 'pdf', at: '2026-01-28T08:00:00Z' }],
  ['Jonas Weber', { profile: student, language: 'de', wordCount: 6100, fileFormat: 'doc', at: '2026-01-12T09:30:00Z' }],
  ['Kofi Mensah', { profile: { professions: ['resident'] }, language: 'en', wordCount: 9000, fileFormat: 'docx', at: '2026-01-15T12:00:00Z' }],
  ['Lena Novak', { profile: { study: { field: 'nursing' } }, language: 'en', wordCount: 6000, fileFormat: 'docx', at: '2026-01-18T12:00:00Z' }],
  ['Maya Singh', maya],
  ['Noah Reed', { language: 'en', wordCount: 8000, fileFormat: 'docx', at: '2026-01-22T12:00:00Z' }], // no author profile
];

console.log(`\n${rules.name}: ${rules.wordCount?.min}-${rules.wordCount?.max} words; languages ${rules.languages?.join(', ')}; formats ${rules.fileFormats?.join(', ')}`);
for (const [author, essay] of essays) {
  const result = checkSubmission(rules, essay);
  console.log(`  ${author}: ${result.verdict}`);
  for (const reason of result.reasons) console.log(`    - ${reason.code}: ${reason.message}`);
}

console.log(`\nThe zone the deadline is read in decides Maya Singh's essay, received ${maya.at}:`);
for (const timeZone of ['Europe/Zurich', 'America/Denver']) {
  const result = checkSubmission(absAsconaPrize2026({ timeZone }).submission, maya);
  const deadline = instantToZoned(result.deadlineEndsAt, timeZone);
  const local = instantToZoned(maya.at, timeZone);
  console.log(`  ${timeZone}: too late from ${deadline.date} ${deadline.time}; it arrived ${local.date} ${local.time}: ${result.verdict}`);
}
