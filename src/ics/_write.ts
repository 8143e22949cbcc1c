/**
 * Writes a VCALENDAR from event descriptions: the VEVENTs, and a VTIMEZONE
 * for every zone a TZID names, covering every instant written in that zone.
 */
import type { ICalendarSettings } from './schema.js';
import { contentLine, escapeText, serializeLines } from './_text.js';
import { dateTimeValue, formatUtcDateTime, type DateTimeValue } from './_time.js';
import { vtimezoneLines } from './_vtimezone.js';

/** One VEVENT to write. Times are epoch milliseconds; `zone` undefined writes UTC. */
export interface EventSpec {
  readonly uid: string;
  readonly zone: string | undefined;
  readonly start: number;
  readonly end: number;
  /** For an override: the start of the occurrence it replaces. */
  readonly recurrenceId?: number;
  /** RRULE value text, UNTIL included. */
  readonly rrule?: string;
  readonly rdates?: readonly number[];
  readonly exdates?: readonly number[];
  /** Instants the event's expansion reaches that are not written (the last RRULE occurrence's end). */
  readonly reaches?: readonly number[];
}

/** Collects, per zone, the earliest and latest instant written with its TZID. */
class ZoneSpans {
  readonly spans = new Map<string, { min: number; max: number }>();

  value(epochMs: number, zone: string | undefined): DateTimeValue {
    const written = dateTimeValue(epochMs, zone);
    if (written.zone !== undefined) this.cover(written.zone, epochMs);
    return written;
  }

  cover(zone: string, epochMs: number): void {
    const span = this.spans.get(zone);
    if (span === undefined) this.spans.set(zone, { min: epochMs, max: epochMs });
    else this.spans.set(zone, { min: Math.min(span.min, epochMs), max: Math.max(span.max, epochMs) });
  }
}

function dateTimeLine(name: string, written: DateTimeValue): string {
  return contentLine(name, written.value, written.params);
}

/** RDATE or EXDATE lines: one per form (each zone, and UTC), values ascending. */
function dateListLines(name: string, instants: readonly number[], zone: string | undefined, spans: ZoneSpans): string[] {
  const groups = new Map<string, DateTimeValue[]>();
  for (const instant of [...instants].sort((a, b) => a - b)) {
    const written = spans.value(instant, zone);
    const key = written.zone ?? '';
    groups.set(key, [...(groups.get(key) ?? []), written]);
  }
  return [...groups.values()].map((values) =>
    contentLine(name, values.map((v) => v.value).join(','), (values[0] as DateTimeValue).params),
  );
}

function textLines(settings: ICalendarSettings): string[] {
  const lines: string[] = [];
  if (settings.summary !== undefined) lines.push(contentLine('SUMMARY', escapeText(settings.summary)));
  if (settings.description !== undefined) lines.push(contentLine('DESCRIPTION', escapeText(settings.description)));
  if (settings.location !== undefined) lines.push(contentLine('LOCATION', escapeText(settings.location)));
  if (settings.url !== undefined) lines.push(contentLine('URL', settings.url));
  return lines;
}

function eventLines(event: EventSpec, stamp: string, text: readonly string[], spans: ZoneSpans): string[] {
  const lines = ['BEGIN:VEVENT', contentLine('UID', escapeText(event.uid)), contentLine('DTSTAMP', stamp)];
  if (event.recurrenceId !== undefined) lines.push(dateTimeLine('RECURRENCE-ID', spans.value(event.recurrenceId, event.zone)));
  const start = spans.value(event.start, event.zone);
  lines.push(dateTimeLine('DTSTART', start), dateTimeLine('DTEND', spans.value(event.end, event.zone)));
  if (event.rrule !== undefined) lines.push(contentLine('RRULE', event.rrule));
  if (event.rdates !== undefined) lines.push(...dateListLines('RDATE', event.rdates, event.zone, spans));
  if (event.exdates !== undefined) lines.push(...dateListLines('EXDATE', event.exdates, event.zone, spans));
  if (start.zone !== undefined) for (const instant of event.reaches ?? []) spans.cover(start.zone, instant);
  lines.push(...text, 'END:VEVENT');
  return lines;
}

/**
 * The complete VCALENDAR text: PRODID, VERSION, CALSCALE, the VTIMEZONEs
 * (sorted by TZID) and the events, folded, with CRLF line ends.
 */
export function writeCalendar(events: readonly EventSpec[], settings: ICalendarSettings, dtstampMs: number): string {
  const spans = new ZoneSpans();
  const stamp = formatUtcDateTime(dtstampMs);
  const text = textLines(settings);
  const body = events.flatMap((event) => eventLines(event, stamp, text, spans));
  const zones = [...spans.spans.keys()].sort();
  const timezones = zones.flatMap((zone) => {
    const span = spans.spans.get(zone) as { min: number; max: number };
    return vtimezoneLines(zone, span.min, span.max);
  });
  return serializeLines([
    'BEGIN:VCALENDAR',
    contentLine('PRODID', escapeText(settings.prodId)),
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    ...timezones,
    ...body,
    'END:VCALENDAR',
  ]);
}
