/**
 * The decisions an ABS preset makes, computed for the presets guide: its
 * sessions, who may register, what they pay, what a cancellation gets back,
 * the credit for full attendance, and how a prize judges essays. Each
 * returns markdown lines.
 */
import { formatDays, parseDays } from '../../src/_lib/civil.js';
import { checkEligibility } from '../../src/eligibility/checkEligibility.js';
import { describeEligibilityRule } from '../../src/eligibility/describe.js';
import type { RegistrantProfile } from '../../src/eligibility/profile.js';
import { creditsFor } from '../../src/credits/creditsFor.js';
import { quoteFee } from '../../src/fees/quoteFee.js';
import { compareMoney } from '../../src/money/compareMoney.js';
import { formatMoney } from '../../src/money/formatMoney.js';
import { ABS_LEADER_CREDENTIAL, ABS_ORGANIZATION, type Program } from '../../src/presets/abs/index.js';
import { formatRecurrence } from '../../src/recurrence/formatRecurrence.js';
import { quoteRefund } from '../../src/refunds/quoteRefund.js';
import type { Cancellation } from '../../src/refunds/cancellation.js';
import { describeSessionTimes } from '../../src/schedule/describeSessionTimes.js';
import { planSeries, type Session } from '../../src/schedule/planSeries.js';
import { instantToZoned, zonedToInstant } from '../../src/schedule/zonedTime.js';
import { checkSubmission } from '../../src/submissions/checkSubmission.js';
import type { Submission } from '../../src/submissions/schema.js';
import { cell } from './markdown.js';

/** The registrants every program is checked against: examples, not people. */
export const SAMPLE_PROFILES: readonly { readonly name: string; readonly profile: RegistrantProfile }[] = [
  {
    name: 'ABS member, clinically active physician leading a group',
    profile: { professions: ['physician'], clinicallyActive: true, memberships: [{ organization: ABS_ORGANIZATION }], leadsGroup: true, languages: ['en'] },
  },
  {
    name: 'ABS Credentialed Leader',
    profile: {
      professions: ['physician'],
      clinicallyActive: true,
      memberships: [{ organization: ABS_ORGANIZATION }],
      leadsGroup: true,
      credentials: [{ credential: ABS_LEADER_CREDENTIAL, issued: '2019-10-05' }],
      languages: ['en'],
    },
  },
  { name: 'Psychologist, not an ABS member, not in clinical practice', profile: { professions: ['psychologist'], clinicallyActive: false, languages: ['en'] } },
  { name: 'Medical student', profile: { professions: ['medical_student'], study: { field: 'medicine' }, languages: ['en'] } },
];

/** Every session of a program's series, in date order. */
export function programSessions(program: Program): Session[] {
  if (program.schedule?.kind !== 'series') return [];
  return program.schedule.series.flatMap((series) => planSeries(series).sessions).sort((a, b) => (a.start < b.start ? -1 : 1));
}

/** The local date a program starts on, to check eligibility and price on. */
export function firstDate(program: Program): string {
  const schedule = program.schedule;
  const event = schedule?.kind === 'events' ? schedule.events[0] : undefined;
  const session = programSessions(program)[0];
  if (session !== undefined) return session.date;
  if (event !== undefined) return instantToZoned(event.start, event.timeZone).date;
  if (schedule?.kind === 'days') return schedule.from;
  return program.submission?.deadline.date ?? '2026-01-01';
}

function zonesOf(program: Program, fallback: string): string[] {
  return program.displayTimeZones ?? [fallback];
}

/** The schedule: each session (or event, or the days) with its times in the zones the page shows. */
export function scheduleLines(program: Program): string[] {
  const schedule = program.schedule;
  if (schedule === undefined) return [];
  const lines = ['#### When it meets', ''];
  if (schedule.kind === 'days') {
    lines.push(`From ${schedule.from} to ${schedule.until} (${schedule.timeZone}); the pages publish no daily times.`);
    return lines;
  }
  if (schedule.kind === 'series') {
    for (const series of schedule.series) {
      const rule = typeof series.recurrence === 'string' ? `"${series.recurrence}"` : `\`${formatRecurrence(series.recurrence)}\``;
      lines.push(`- ${rule}, at ${series.startTime} in ${series.timeZone}, ${series.durationMinutes} minutes${series.firstSessionMinutes === undefined ? '' : ` (the first ${series.firstSessionMinutes})`}`);
    }
  }
  const rows =
    schedule.kind === 'series'
      ? programSessions(program).map((s) => ({ date: s.date, times: describeSessionTimes(s, zonesOf(program, s.timeZone)).text, note: sessionNote(s) }))
      : schedule.events.map((e) => ({ date: instantToZoned(e.start, e.timeZone).date, times: describeSessionTimes(e, zonesOf(program, e.timeZone)).text, note: '' }));
  lines.push('', '| # | date | times | note |', '| --- | --- | --- | --- |');
  rows.forEach((r, i) => lines.push(`| ${i + 1} | ${r.date} | ${cell(r.times)} | ${cell(r.note)} |`));
  return lines;
}

function sessionNote(s: Session): string {
  if (s.origin === 'shifted') return `moved from ${s.originalDate ?? '?'} (${s.holiday ?? 'holiday'})`;
  if (s.origin !== 'rule') return s.origin;
  return s.dst === undefined ? '' : s.dst.replace('_', ' ');
}

/** Who may register, and the sample registrants checked against it. */
export function eligibilityLines(program: Program): string[] {
  if (program.eligibility === undefined) return [];
  const asOf = firstDate(program);
  const lines = ['#### Who may register', '', `You must be ${describeEligibilityRule(program.eligibility)}. Checked on ${asOf}:`, ''];
  lines.push('| registrant | eligible | why not |', '| --- | --- | --- |');
  for (const { name, profile } of SAMPLE_PROFILES) {
    const result = checkEligibility(program.eligibility, profile, { at: asOf });
    lines.push(`| ${name} | ${result.verdict === 'eligible' ? 'yes' : 'no'} | ${cell(result.reasons.map((r) => r.message).join(' '))} |`);
  }
  return lines;
}

const addDays = (date: string, days: number): string => formatDays(parseDays(date) + days);

/** Local dates to quote fees on, at noon: each early-bird deadline and the day after, or the start date. */
function feeDates(program: Program): string[] {
  const fees = program.fees;
  if (fees === undefined) return [];
  const dates = fees.periods.flatMap((p) => (p.until === undefined ? [] : [p.until.date]));
  return dates.length === 0 ? [firstDate(program)] : dates.flatMap((d) => [d, addDays(d, 1)]);
}

/** The fee table, and what each sample registrant pays. */
export function feeLines(program: Program): string[] {
  const fees = program.fees;
  if (fees === undefined) return [];
  const lines = ['#### What it costs', '', `In ${fees.currency}; deadlines read in ${fees.timeZone}.`, ''];
  lines.push(`| category | ${fees.periods.map((p) => `${p.label}${p.until === undefined ? '' : ` (until ${p.until.date})`}`).join(' | ')} |`);
  lines.push(`| --- | ${fees.periods.map(() => '---').join(' | ')} |`);
  for (const c of fees.categories) {
    const prices = fees.periods.map((p) => formatMoney({ amount: c.prices[p.id] ?? '0', currency: fees.currency }));
    lines.push(`| ${cell(c.label)}${c.eligibility === undefined ? '' : ` (${cell(describeEligibilityRule(c.eligibility))})`} | ${prices.join(' | ')} |`);
  }
  for (const date of feeDates(program)) {
    const at = zonedToInstant({ date, time: '12:00', timeZone: fees.timeZone });
    lines.push('', `Registering on ${date} at noon (${fees.timeZone}):`, '');
    for (const { name, profile } of SAMPLE_PROFILES) lines.push(`- ${name}: ${quoteFee(fees, profile, { at, position: 1 }).message}`);
  }
  return lines;
}

/** The amount a sample registrant paid: the highest price of the last period, or an example. */
function paidFor(program: Program): { money: { amount: string; currency: string }; example: boolean } {
  const fees = program.fees;
  const last = fees?.periods.at(-1);
  if (fees === undefined || last === undefined) return { money: { amount: '500.00', currency: 'USD' }, example: true };
  const prices = fees.categories.map((c) => ({ amount: c.prices[last.id] ?? '0', currency: fees.currency }));
  return { money: prices.reduce((a, b) => (compareMoney(b, a) > 0 ? b : a)), example: false };
}

/** Sample cancellations: around each dated deadline, by the organizer when a rule covers it, and a plain one. */
function cancellations(program: Program): { label: string; cancellation: Cancellation }[] {
  const policy = program.refunds;
  if (policy === undefined) return [];
  const zone = policy.timeZone;
  const at = (date: string, time: string): string => zonedToInstant({ date, time, timeZone: zone });
  const out: { label: string; cancellation: Cancellation }[] = [];
  const deadlines = policy.rules.flatMap((r) => (r.when.receivedBy?.kind === 'date' ? [r.when.receivedBy.date] : []));
  for (const date of [...new Set(deadlines)]) {
    out.push({ label: `registrant, in writing, ${date} 9:00pm`, cancellation: { by: 'registrant', inWriting: true, at: at(date, '21:00') } });
    out.push({ label: `registrant, by phone, ${date} 9:00pm`, cancellation: { by: 'registrant', inWriting: false, at: at(date, '21:00') } });
    const after = addDays(date, 1);
    out.push({ label: `registrant, in writing, ${after} 9:00am`, cancellation: { by: 'registrant', inWriting: true, at: at(after, '09:00') } });
  }
  const start = firstDate(program);
  if (deadlines.length === 0) out.push({ label: `registrant, in writing, ${start} 9:00am`, cancellation: { by: 'registrant', inWriting: true, at: at(start, '09:00') } });
  const reasons = policy.rules.flatMap((r) => (r.when.cancelledBy === 'organizer' ? (r.when.reasons ?? []) : []));
  for (const reason of [...new Set(reasons)]) {
    out.push({ label: `organizer, ${reason.replace(/_/g, ' ')}`, cancellation: { by: 'organizer', reason, at: at(start, '09:00') } });
  }
  return out;
}

/** The refund policy's answers to the sample cancellations. */
export function refundLines(program: Program): string[] {
  const policy = program.refunds;
  if (policy === undefined) return [];
  const paid = paidFor(program);
  const money = paid.money;
  const lines = ['#### What a cancellation gets back', '', `${policy.label ?? 'The refund policy'}; deadlines read in ${policy.timeZone}.`];
  lines.push(`Quoted for a payment of ${formatMoney(money)}${paid.example ? ' (an example: the fee is not published)' : ''}:`, '');
  lines.push('| cancellation | refund | withheld | the answer |', '| --- | --- | --- | --- |');
  for (const { label, cancellation } of cancellations(program)) {
    const q = quoteRefund(policy, { paid: money }, cancellation);
    lines.push(`| ${label} | ${formatMoney(q.refund)} | ${formatMoney(q.withheld)} | ${cell(q.message)} |`);
  }
  return lines;
}

/** The credit for attending every session in full. */
export function creditLines(program: Program): string[] {
  const sessions = programSessions(program);
  if (program.accreditation === undefined || sessions.length === 0) return [];
  const result = creditsFor(program.accreditation, sessions, sessions.map((s) => ({ session: s.index, kind: 'full' as const })));
  const lines = ['#### Credit', '', `Attending all ${sessions.length} sessions in full earns:`, ''];
  for (const s of Object.values(result.systems)) lines.push(`- ${s.name}: ${s.credits}${s.equivalency === null ? '' : ` (report as ${s.equivalency.reportAs})`}`);
  return lines;
}

/** How a call for submissions judges sample essays. */
export function submissionLines(program: Program): string[] {
  const policy = program.submission;
  if (policy === undefined) return [];
  const medicalStudent = SAMPLE_PROFILES[3]?.profile;
  const day = (date: string, time: string): string => zonedToInstant({ date, time, timeZone: policy.timeZone });
  const deadline = policy.deadline.date;
  const essays: { label: string; submission: Submission }[] = [
    { label: `a medical student's 6,000-word .docx, received ${addDays(deadline, -1)}`, submission: { profile: medicalStudent, language: 'en', wordCount: 6000, fileFormat: 'docx', at: day(addDays(deadline, -1), '12:00') } },
    { label: `a medical student's 4,200-word .pdf, received ${addDays(deadline, -1)}`, submission: { profile: medicalStudent, language: 'en', wordCount: 4200, fileFormat: 'pdf', at: day(addDays(deadline, -1), '12:00') } },
    { label: `a physician's essay received on ${deadline}`, submission: { profile: SAMPLE_PROFILES[0]?.profile, language: 'en', wordCount: 6000, fileFormat: 'docx', at: day(deadline, '09:00') } },
  ];
  const lines = ['#### Submissions', '', '| essay | accepted | reasons |', '| --- | --- | --- |'];
  for (const { label, submission } of essays) {
    const result = checkSubmission(policy, submission);
    lines.push(`| ${label} | ${result.verdict === 'accepted' ? 'yes' : 'no'} | ${cell(result.reasons.map((r) => r.message).join(' '))} |`);
  }
  return lines;
}
