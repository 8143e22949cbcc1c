import { describe, expect, it } from 'vitest';
import { sessionsToICalendar } from '../../src/ics/index.js';
import { escapeText, foldLine } from '../../src/ics/_text.js';
import { fnv1a64 } from '../../src/ics/_uid.js';
import { parseCalendar, readOccurrences, unfold } from './_reader.js';

const dtstamp = '2026-01-05T09:00:00Z';
const session = { start: '2026-01-10T16:00:00Z', end: '2026-01-10T17:30:00Z', timeZone: 'America/New_York' };
const octets = (text: string): number => Buffer.byteLength(text, 'utf8');

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and every line break (RFC 5545 3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg: "h"')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng: "h"');
    const { ics } = sessionsToICalendar([session], { dtstamp, summary: 'Balint group; online, via Zoom', location: 'C:\\Rooms\nRoom 2' });
    expect(unfold(ics)).toContain('SUMMARY:Balint group\\; online\\, via Zoom');
    expect(unfold(ics)).toContain('LOCATION:C:\\\\Rooms\\nRoom 2');
  });

  it('folds at 75 octets with a leading space on each continuation', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldLine(line);
    expect(folded.map(octets)).toEqual([75, 75, 64]); // 212 octets: 75, then 74 + a space, then 63 + a space
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });

  it('never folds inside a multi-byte character', () => {
    // 74 ASCII octets then a 4-octet emoji: it does not fit on the first line, so the break comes before it.
    const line = `${'a'.repeat(74)}😀${'é'.repeat(40)}`;
    const folded = foldLine(line);
    expect(folded[0]).toBe('a'.repeat(74));
    expect(folded[1]?.startsWith(' 😀')).toBe(true);
    expect(folded.every((l) => octets(l) <= 75)).toBe(true);
    expect(folded.every((l) => Buffer.from(l, 'utf8').toString('utf8') === l)).toBe(true);
  });

  it('ends every line with CRLF, the last one too', () => {
    const { ics } = sessionsToICalendar([session], { dtstamp, description: 'ü'.repeat(100) });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes DTSTAMP in UTC to the second, whatever offset it was given in', () => {
    const { ics } = sessionsToICalendar([session], { dtstamp: '2026-03-12T23:59:30.999-04:00' });
    expect(unfold(ics).filter((l) => l.startsWith('DTSTAMP'))).toEqual(['DTSTAMP:20260313T035930Z']);
  });

  it('hashes with 64-bit FNV-1a', () => {
    // Published test vectors of FNV-1a 64.
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
});

describe('VTIMEZONE', () => {
  it('writes New York for 2026: the offset in force on January 1 and both changes', () => {
    const lines = unfold(sessionsToICalendar([session], { dtstamp }).ics);
    expect(lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'BEGIN:STANDARD',
      'DTSTART:20251230T190000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260308T020000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20261101T020000',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('covers every year a calendar spans, and zones with 45-minute offsets', () => {
    const { ics } = sessionsToICalendar(
      [
        { start: '2026-01-10T16:00:00Z', end: '2026-01-10T17:00:00Z', timeZone: 'Pacific/Chatham' },
        { start: '2028-07-10T16:00:00Z', end: '2028-07-10T17:00:00Z', timeZone: 'Pacific/Chatham' },
      ],
      { dtstamp },
    );
    const lines = unfold(ics);
    const changes = lines.filter((l) => l.startsWith('TZOFFSETTO')).length;
    expect(changes).toBe(1 + 2 * 3);
    expect(lines).toContain('TZOFFSETTO:+1245');
    expect(lines).toContain('TZOFFSETTO:+1345');
    expect(readOccurrences(ics).map((o) => o.start)).toEqual(['2026-01-10T16:00:00.000Z', '2028-07-10T16:00:00.000Z']);
  });

  it('is what the reader uses: a wrong offset in it moves the occurrences', () => {
    const { ics } = sessionsToICalendar([session], { dtstamp });
    expect(readOccurrences(ics)[0]?.start).toBe('2026-01-10T16:00:00.000Z');
    const wrong = ics.replace('TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0500', 'TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0300');
    expect(readOccurrences(wrong)[0]?.start).toBe('2026-01-10T14:00:00.000Z');
  });

  it('gives UTC a single STANDARD component at +0000', () => {
    const root = parseCalendar(sessionsToICalendar([{ ...session, timeZone: 'UTC' }], { dtstamp }).ics);
    const parts = root.getFirstSubcomponent('vtimezone')?.getAllSubcomponents() ?? [];
    expect(parts.map((p) => [p.name, String(p.getFirstPropertyValue('tzoffsetto'))])).toEqual([['standard', '+00:00']]);
  });
});
