import { validate } from '../_lib/validate.js';
import { CreditRosterSchema, type CreditRoster } from './roster.js';

/**
 * A credit roster as CSV (RFC 4180): a header row, then one row per
 * participant per credit system, in the roster's order; lines end with
 * CRLF; a field holding a comma, a double quote or a line break is quoted,
 * its quotes doubled. The columns:
 * - `participant_id`, `name`, `system_id`, `system_name`, `credits`;
 * - `completion_date`: `YYYY-MM-DD`, empty when no credit was earned;
 * - one column per attendance requirement, headed `requirement:<id>`,
 *   holding `met` or `not met` (the same on each of a participant's rows).
 *
 * @example
 * ```ts
 * import { creditRoster, creditRosterCsv } from 'balint-rules/credits';
 *
 * const roster = creditRoster(
 *   { title: 'Balint Group', systems: [{ kind: 'apa_ce' }],
 *     requirements: [{ kind: 'every_session', id: 'every_session', name: 'Every session in its entirety' }] },
 *   [{ index: 1, date: '2026-01-10', durationMinutes: 90 }],
 *   [{ participantId: 'p1', name: 'Roe, Jane', attendance: [{ session: 1, kind: 'full' }] }],
 * );
 * const [header, row] = creditRosterCsv(roster).split('\r\n');
 * header;
 * //=> 'participant_id,name,system_id,system_name,credits,completion_date,requirement:every_session'
 * row;
 * //=> 'p1,"Roe, Jane",apa_ce,APA continuing education credit for psychologists,1.00,2026-01-10,met'
 * ```
 */
export function creditRosterCsv(roster: CreditRoster): string {
  const r = validate(CreditRosterSchema, roster, 'credit roster');
  const header = ['participant_id', 'name', 'system_id', 'system_name', 'credits', 'completion_date', ...r.requirements.map((q) => `requirement:${q.id}`)];
  const lines = [header];
  for (const row of r.rows) {
    const met = new Map(row.requirements.map((q) => [q.id, q.met]));
    lines.push([
      row.participantId,
      row.name,
      row.systemId,
      row.systemName,
      row.credits,
      row.completionDate ?? '',
      ...r.requirements.map((q) => {
        const outcome = met.get(q.id);
        return outcome === undefined ? '' : outcome ? 'met' : 'not met';
      }),
    ]);
  }
  return lines.map((fields) => `${fields.map(field).join(',')}\r\n`).join('');
}

/** One field, quoted when it holds a comma, a double quote or a line break. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
