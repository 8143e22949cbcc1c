import * as z from 'zod/mini';
import { civilFromDays, daysFromCivil, daysInMonth, formatCivil, formatYear, isoWeekday, parseDays } from '../_lib/civil.js';
import { MONTH_NAMES } from '../_lib/names.js';
import { validate } from '../_lib/validate.js';
import { planSeries, type SeriesInput, type Session, type SkippedSession } from '../schedule/index.js';
import { dayText, el, labelled, svgDocument, text, WEEKDAYS } from './_svg.js';

/**
 * Options of {@link seriesCalendarSvg}: the year to draw (default: the year
 * of the first session, or of the series' `from` when it has none).
 *
 * @example
 * ```ts
 * import { SeriesCalendarOptionsSchema } from 'balint-rules/pictures';
 *
 * SeriesCalendarOptionsSchema.safeParse({ year: 2026 }).success;
 * //=> true
 * ```
 */
export const SeriesCalendarOptionsSchema = z.strictObject({ year: z.optional(z.int().check(z.minimum(1), z.maximum(9999))) });

/**
 * Options of {@link seriesCalendarSvg}, see {@link SeriesCalendarOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { SeriesCalendarOptions } from 'balint-rules/pictures';
 *
 * const options: SeriesCalendarOptions = { year: 2026 };
 * ```
 */
export type SeriesCalendarOptions = z.input<typeof SeriesCalendarOptionsSchema>;

const CELL = 24;
const MONTH_W = 7 * CELL;
const MONTH_H = 18 + 16 + 6 * CELL;
const GAP = 20;
const MARGIN = 16;
const TOP = 44;
const WIDTH = 2 * MARGIN + 3 * MONTH_W + 2 * GAP;

/** Why an occurrence was not held, in words. */
function notHeldReason(s: SkippedSession, sessions: readonly Session[]): string {
  if (s.reason === 'holiday') return `holiday${s.holiday === undefined ? '' : ` (${s.holiday})`}`;
  if (s.reason === 'dst_gap') return 'the time does not exist that day (daylight-saving change)';
  if (s.reason === 'moved') {
    const to = sessions.find((x) => x.origin === 'moved' && x.originalDate === s.date);
    return to === undefined ? 'moved' : `moved to ${dayText(parseDays(to.date))}`;
  }
  return 'skipped';
}

/** What is unusual about a session's date, or undefined. */
function sessionNote(s: Session): string | undefined {
  const from = s.originalDate === undefined ? '' : ` from ${dayText(parseDays(s.originalDate))}`;
  if (s.origin === 'moved') return `moved${from}`;
  if (s.origin === 'shifted') return `shifted${from}${s.holiday === undefined ? '' : ` for ${s.holiday}`}`;
  if (s.origin === 'added') return 'added to the series';
  return undefined;
}

function sessionLabel(s: Session): string {
  const days = parseDays(s.date);
  const note = sessionNote(s);
  return `Session ${s.index}: ${WEEKDAYS[isoWeekday(days) % 7] ?? ''}, ${dayText(days)}, ${s.startTime} ${s.timeZone}, ${s.durationMinutes} minutes${note === undefined ? '' : ` (${note})`}`;
}

/** One day of the grid: a session (filled circle), a date not held (crossed out) or a plain number. */
function dayCell(x: number, y: number, day: number, sessions: readonly Session[], notHeld: readonly string[]): string {
  const cx = x + CELL / 2;
  const cy = y + CELL / 2;
  const number = (fill: string, weight?: string): string =>
    text({ x: cx, y: cy + 4, 'text-anchor': 'middle', fill, 'font-weight': weight }, String(day));
  if (sessions.length > 0) {
    const label = [...sessions.map(sessionLabel), ...notHeld].join('; ');
    const moved = sessions.some((s) => s.origin !== 'rule');
    return labelled({ class: 'session', 'data-date': sessions[0]?.date }, label,
      el('circle', { cx, cy, r: CELL / 2 - 2, fill: moved ? '#8250df' : '#1f6feb' }), number('#ffffff', 'bold'));
  }
  if (notHeld.length > 0) {
    return labelled({ class: 'not-held' }, notHeld.join('; '),
      el('rect', { x: x + 2, y: y + 2, width: CELL - 4, height: CELL - 4, fill: '#fff1e5', stroke: '#bc4c00' }),
      number('#bc4c00'), el('line', { x1: x + 5, y1: y + CELL - 5, x2: x + CELL - 5, y2: y + 5, stroke: '#bc4c00' }));
  }
  return number('#57606a');
}

function monthBlock(year: number, month: number, x: number, y: number, sessionsOn: Map<string, Session[]>, notHeldOn: Map<string, string[]>): string {
  const first = daysFromCivil(year, month, 1);
  const lead = isoWeekday(first) % 7;
  const parts = [text({ x, y: y + 12, 'font-weight': 'bold', 'font-size': 12 }, `${MONTH_NAMES[month - 1] ?? ''} ${formatYear(year)}`)];
  WEEKDAYS.forEach((name, i) => parts.push(text({ x: x + i * CELL + CELL / 2, y: y + 30, 'text-anchor': 'middle', fill: '#57606a' }, name.charAt(0))));
  for (let day = 1; day <= daysInMonth(year, month); day++) {
    const slot = lead + day - 1;
    const date = formatCivil(year, month, day);
    parts.push(dayCell(x + (slot % 7) * CELL, y + 34 + Math.floor(slot / 7) * CELL, day, sessionsOn.get(date) ?? [], notHeldOn.get(date) ?? []));
  }
  return el('g', { class: 'month', 'aria-label': `${MONTH_NAMES[month - 1] ?? ''} ${formatYear(year)}` }, ...parts);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * A year calendar of a series as SVG text: twelve month grids (weeks from
 * Sunday) with every session day marked (a filled circle; purple when the
 * session was moved, shifted for a holiday or added), every occurrence that
 * does not take place crossed out, and below the grid a list of those dates
 * and changes with their reasons (skipped, holiday and which, moved to
 * which date, a daylight-saving gap). Each mark has an `aria-label` and a
 * `<title>` tooltip naming the session, its date, start time and zone.
 *
 * Pure: the same series and year always give the same text; no DOM and no
 * clock. Dates are the series' local dates, so the machine's zone does not
 * matter.
 *
 * @param series - the series, as for `planSeries`
 * @param options - `{ year }`, see {@link SeriesCalendarOptionsSchema}
 * @returns the SVG document
 * @throws {ValidationError} when the series or the options are not valid
 *
 * @example
 * ```ts
 * import { seriesCalendarSvg } from 'balint-rules/pictures';
 *
 * const svg = seriesCalendarSvg({
 *   recurrence: 'second Saturday', from: '2026-01-01', count: 8,
 *   startTime: '11:00', timeZone: 'America/New_York', durationMinutes: 60,
 *   exceptions: { skip: ['2026-07-11'] },
 * });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"');
 * //=> true
 * svg.match(/class="session"/g)?.length;
 * //=> 8
 * svg.includes('July 11, 2026: skipped');
 * //=> true
 * ```
 */
export function seriesCalendarSvg(series: SeriesInput, options: SeriesCalendarOptions = {}): string {
  const { year: chosen } = validate(SeriesCalendarOptionsSchema, options, 'calendar options');
  const plan = planSeries(series);
  const firstDate = plan.sessions[0]?.date ?? (typeof series.from === 'string' ? series.from : undefined);
  const year = chosen ?? (firstDate === undefined ? 1970 : civilFromDays(parseDays(firstDate)).year);
  const inYear = (date: string): boolean => civilFromDays(parseDays(date)).year === year;
  const sessions = plan.sessions.filter((s) => inYear(s.date));
  const skipped = plan.skipped.filter((s) => inYear(s.date));
  const sessionsOn = new Map<string, Session[]>();
  for (const s of sessions) push(sessionsOn, s.date, s);
  const notHeldOn = new Map<string, string[]>();
  const notes: string[] = [];
  for (const s of skipped) {
    const line = `${dayText(parseDays(s.date))}: ${notHeldReason(s, plan.sessions)}`;
    push(notHeldOn, s.date, `No session on ${line}`);
    notes.push(line);
  }
  for (const s of sessions) {
    const note = sessionNote(s);
    if (note !== undefined) notes.push(`${dayText(parseDays(s.date))}: session ${s.index}, ${note}`);
  }
  const name = series.name ?? 'Sessions';
  const title = `${name} in ${formatYear(year)}: ${sessions.length} session${sessions.length === 1 ? '' : 's'}${skipped.length === 0 ? '' : `, ${skipped.length} date${skipped.length === 1 ? '' : 's'} not held`}`;
  const body = [text({ x: MARGIN, y: 26, 'font-size': 16, 'font-weight': 'bold' }, title)];
  for (let month = 1; month <= 12; month++) {
    const col = (month - 1) % 3;
    const row = Math.floor((month - 1) / 3);
    body.push(monthBlock(year, month, MARGIN + col * (MONTH_W + GAP), TOP + row * (MONTH_H + 12), sessionsOn, notHeldOn));
  }
  let y = TOP + 4 * (MONTH_H + 12) + 8;
  body.push(
    el('circle', { cx: MARGIN + 6, cy: y - 4, r: 6, fill: '#1f6feb' }), text({ x: MARGIN + 16, y }, 'session'),
    el('circle', { cx: MARGIN + 86, cy: y - 4, r: 6, fill: '#8250df' }), text({ x: MARGIN + 96, y }, 'moved, shifted or added'),
    el('rect', { x: MARGIN + 250, y: y - 10, width: 12, height: 12, fill: '#fff1e5', stroke: '#bc4c00' }), text({ x: MARGIN + 268, y }, 'not held'),
  );
  if (notes.length > 0) {
    y += 22;
    body.push(text({ x: MARGIN, y, 'font-weight': 'bold' }, 'Changes to the rule\u2019s dates'));
    for (const line of notes) {
      y += 16;
      body.push(text({ class: 'reason', x: MARGIN, y }, line));
    }
  }
  const description = `A calendar of ${formatYear(year)} with the ${sessions.length} session days of ${name === 'Sessions' ? 'the series' : name} marked${notes.length === 0 ? '.' : `; changes: ${notes.join('; ')}.`}`;
  return svgDocument(WIDTH, y + 16, title, description, body);
}
