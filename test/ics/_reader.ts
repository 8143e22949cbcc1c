/**
 * A real iCalendar reader for the tests: ical.js (Mozilla's parser) parses
 * the text, and each event is expanded with `event.iterator()` and
 * `getOccurrenceDetails`, so overrides (RECURRENCE-ID) replace the
 * occurrences they name. The VTIMEZONEs in the file are registered with
 * `ICAL.TimezoneService`, and every TZID used must have one in the file.
 */
import ICAL from 'ical.js';

/** One occurrence as a reader sees it: UTC instants (ISO-8601, milliseconds) and the event's UID. */
export interface ReadOccurrence {
  readonly uid: string;
  readonly start: string;
  readonly end: string;
}

const MAX_OCCURRENCES = 100_000;

/** The parsed root component, with its VTIMEZONEs registered and every TZID checked to have one. */
export function parseCalendar(ics: string): ICAL.Component {
  const root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const defined = new Set<string>();
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(vtimezone);
    defined.add(String(vtimezone.getFirstPropertyValue('tzid')));
  }
  for (const vevent of root.getAllSubcomponents('vevent')) {
    for (const property of vevent.getAllProperties()) {
      const tzid = property.getParameter('tzid');
      if (tzid !== undefined && !defined.has(String(tzid))) throw new Error(`TZID ${String(tzid)} has no VTIMEZONE`);
    }
  }
  return root;
}

const iso = (time: ICAL.Time): string => time.toJSDate().toISOString();

/** Every occurrence of every event in the calendar, sorted by start. */
export function readOccurrences(ics: string): ReadOccurrence[] {
  const root = parseCalendar(ics);
  const vevents = root.getAllSubcomponents('vevent');
  const out: ReadOccurrence[] = [];
  for (const vevent of vevents.filter((v) => !v.hasProperty('recurrence-id'))) {
    const uid = String(vevent.getFirstPropertyValue('uid'));
    const exceptions = vevents.filter((v) => v.hasProperty('recurrence-id') && v.getFirstPropertyValue('uid') === uid);
    const event = new ICAL.Event(vevent, { strictExceptions: true, exceptions });
    if (!event.isRecurring()) {
      out.push({ uid, start: iso(event.startDate), end: iso(event.endDate) });
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(), n = 0; next; next = iterator.next(), n++) {
      if (n > MAX_OCCURRENCES) throw new Error('runaway expansion');
      const details = event.getOccurrenceDetails(next);
      out.push({ uid, start: iso(details.startDate), end: iso(details.endDate) });
    }
  }
  const masters = new Set(vevents.filter((v) => !v.hasProperty('recurrence-id')).map((v) => v.getFirstPropertyValue('uid')));
  for (const v of vevents) {
    if (v.hasProperty('recurrence-id') && !masters.has(v.getFirstPropertyValue('uid'))) throw new Error('an override without its master');
  }
  return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** Undoes RFC 5545 folding: a CRLF followed by one space or tab is removed. */
export function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);
}

/** The unfolded content lines inside VEVENTs, in order. */
export function eventLines(ics: string): string[] {
  let inside = false;
  return unfold(ics).filter((line) => {
    if (line === 'BEGIN:VEVENT') inside = true;
    else if (line === 'END:VEVENT') inside = false;
    else return inside;
    return false;
  });
}
