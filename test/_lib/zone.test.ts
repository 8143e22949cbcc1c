/**
 * Time-zone names as the library reads them (any IANA name the runtime
 * knows, in any case, given back canonically; legacy and abbreviation-like
 * names refused with the region meant; a misspelt name told the closest),
 * and wall-clock times placed in a zone across daylight-saving gaps and
 * overlaps, against `Intl` as the reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../src/_lib/civil.js';
import { clearZoneMemos, instantToWall, isValidTimeZone, offsetAt, offsetAtOnce, offsetLabeller, readTimeZone, wallToInstant } from '../../src/_lib/zone.js';

describe('reading a zone name', () => {
  it.each([
    ['America/New_York', 'America/New_York'],
    ['america/new_york', 'America/New_York'],
    ['AMERICA/NEW_YORK', 'America/New_York'],
    ['Europe/London', 'Europe/London'],
    ['UTC', 'UTC'],
    ['utc', 'UTC'],
    ['Etc/UTC', 'Etc/UTC'],
    ['GMT', 'GMT'],
    ['Etc/GMT+5', 'Etc/GMT+5'],
  ])('%s is read as %s', (name, zone) => {
    expect(readTimeZone(name)).toEqual({ zone });
    expect(isValidTimeZone(name)).toBe(true);
  });

  it('keeps every link the runtime knows but does not list when written as IANA spells names, and gives the target of one written otherwise', () => {
    const listed = new Set(Intl.supportedValuesOf('timeZone'));
    const target = (name: string): string => new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    for (const name of ['Asia/Kolkata', 'America/Argentina/Buenos_Aires', 'Europe/Kyiv', 'US/Eastern']) {
      expect(readTimeZone(name)).toEqual({ zone: name });
      // Listed, a name in any case is given back as listed; not listed, as the zone it links to.
      for (const written of [name.toLowerCase(), name.replace(/\/(.)/g, (_, c: string) => `/${c.toLowerCase()}`)]) expect(readTimeZone(written)).toEqual({ zone: listed.has(name) ? name : target(name) });
    }
  });

  it('keeps a link the runtime knows but does not list when written as IANA spells names, else gives its target (US/Eastern)', () => {
    const linked = readTimeZone('US/Eastern');
    expect(linked.zone).toBeDefined();
    const lower = readTimeZone('us/eastern');
    expect(lower.zone === 'US/Eastern' || lower.zone === 'America/New_York').toBe(true);
    if (!Intl.supportedValuesOf('timeZone').includes('US/Eastern')) {
      expect(linked).toEqual({ zone: 'US/Eastern' });
      expect(lower).toEqual({ zone: 'America/New_York' });
    }
  });

  it.each([
    ['EST', 'write "America/New_York" (or "Etc/GMT+5" if you really mean a fixed UTC offset all year)'],
    ['est', 'write "America/New_York" (or "Etc/GMT+5" if you really mean a fixed UTC offset all year)'],
    ['EST5EDT', 'write "America/New_York"'],
    ['CST6CDT', 'write "America/Chicago"'],
    ['MST', 'write "America/Denver" (or "Etc/GMT+7" if you really mean a fixed UTC offset all year)'],
    ['MST7MDT', 'write "America/Denver"'],
    ['PST8PDT', 'write "America/Los_Angeles"'],
    ['HST', 'write "Pacific/Honolulu" (or "Etc/GMT+10" if you really mean a fixed UTC offset all year)'],
    ['CET', 'write "Europe/Paris"'],
    ['MET', 'write "Europe/Paris"'],
    ['EET', 'write "Europe/Athens"'],
    ['WET', 'write "Europe/Lisbon"'],
  ])('the legacy name %s is refused: %s', (name, advice) => {
    const reading = readTimeZone(name);
    expect(reading.zone).toBeUndefined();
    expect(reading.problem).toBe(`"${name}" is a legacy zone name, not a region with its daylight-saving rules; ${advice}`);
    expect(isValidTimeZone(name)).toBe(false);
  });

  it('refuses a region-less link with the zone it stands for', () => {
    expect(readTimeZone('Japan')).toEqual({ problem: '"Japan" is a legacy zone name, not a region with its daylight-saving rules; write "Asia/Tokyo"' });
  });

  it('tells a misspelt name the closest real one, and an empty one what to write', () => {
    expect(readTimeZone('America/New_Yrok')).toEqual({ problem: 'must be an IANA time-zone name such as "America/New_York"; did you mean "America/New_York"?' });
    expect(readTimeZone('Mars/Olympus')).toEqual({ problem: 'must be an IANA time-zone name such as "America/New_York"' });
    expect(readTimeZone('')).toEqual({ problem: 'must be an IANA time-zone name such as "America/New_York"' });
    expect(readTimeZone('   ')).toEqual({ problem: 'must be an IANA time-zone name such as "America/New_York"' });
    expect(readTimeZone('+05:00').zone).toBeUndefined();
    expect(readTimeZone('x'.repeat(65)).zone).toBeUndefined();
    expect(isValidTimeZone(5 as unknown as string)).toBe(false);
  });

  it('answers the same each time', () => {
    for (let i = 0; i < 2; i++) {
      expect(readTimeZone('america/chicago')).toEqual({ zone: 'America/Chicago' });
      expect(readTimeZone('Amerika/Chicago')).toEqual({ problem: 'must be an IANA time-zone name such as "America/New_York"; did you mean "America/Chicago"?' });
    }
  });
});

const ZONES = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];

/** The offset in ms `Intl` gives at `ms` (floored to the second), read from the full wall-clock reading. */
function intlOffset(ms: number, zone: string): number {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const t = Math.floor(ms / 1000) * 1000;
  const p = Object.fromEntries(f.formatToParts(t).map((x) => [x.type, x.value]));
  return Date.UTC(Number(p['year']), Number(p['month']) - 1, Number(p['day']), Number(p['hour']), Number(p['minute']), Number(p['second'])) - t;
}

describe('offsets', () => {
  it('law: every way of reading an offset agrees with Intl', () => {
    const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) });
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, ms) => {
        const expected = intlOffset(ms, zone);
        expect(offsetAt(ms, zone)).toBe(expected);
        expect(offsetAt(ms, zone)).toBe(expected);
        expect(offsetAtOnce(ms, zone)).toBe(expected);
        const minutes = Math.abs(expected) / 60_000;
        const written = `GMT${expected < 0 ? '-' : '+'}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        expect([written, ...(expected === 0 ? ['GMT'] : [])]).toContain(offsetLabeller(zone)(ms));
      }),
      { numRuns: 300 },
    );
  });

  it('reads offsets with seconds, half hours and a minus sign', () => {
    // New York kept local mean time (-4:56:02) until 1883.
    expect(offsetAtOnce(Date.UTC(1850, 0, 1), 'America/New_York')).toBe(-(4 * 3600 + 56 * 60 + 2) * 1000);
    expect(offsetAt(Date.UTC(1850, 0, 1), 'America/New_York')).toBe(-(4 * 3600 + 56 * 60 + 2) * 1000);
    expect(offsetAt(Date.UTC(2026, 0, 1), 'Asia/Kolkata')).toBe(5.5 * 3600 * 1000);
    expect(offsetAt(Date.UTC(2026, 0, 1), 'America/St_Johns')).toBe(-3.5 * 3600 * 1000);
    expect(offsetLabeller('America/New_York')(Date.UTC(2026, 0, 1))).toBe('GMT-05:00');
    expect(offsetLabeller('Asia/Kolkata')(Date.UTC(2026, 0, 1))).toBe('GMT+05:30');
  });

  it('the memo gives the same answers asked in any order, and after being cleared', () => {
    const zone = 'America/New_York';
    // The hour of the spring-forward change, 2026-03-08 07:00 UTC, asked about three times, before and after.
    const change = Date.UTC(2026, 2, 8, 7);
    const moments = [change - 1000, change, change + 1000, change - 1, change + 3_599_000, change - 3_600_000];
    const first = moments.map((ms) => offsetAt(ms, zone));
    const again = moments.map((ms) => offsetAt(ms, zone));
    const third = [...moments].reverse().map((ms) => offsetAt(ms, zone)).reverse();
    clearZoneMemos();
    const cleared = moments.map((ms) => offsetAt(ms, zone));
    const expected = moments.map((ms) => intlOffset(ms, zone));
    expect(first).toEqual(expected);
    expect(again).toEqual(expected);
    expect(third).toEqual(expected);
    expect(cleared).toEqual(expected);
  });

  it('far from the present, where an hour is not probed, the memo agrees with a one-off reading', () => {
    for (const ms of [8.63e15, -8.63e15, 8.6e15 + 3_600_000]) {
      expect(offsetAt(ms, 'Europe/London')).toBe(offsetAtOnce(ms, 'Europe/London'));
      expect(offsetAt(ms, 'Europe/London')).toBe(offsetAtOnce(ms, 'Europe/London'));
      expect(offsetAt(ms, 'Europe/London')).toBe(offsetAtOnce(ms, 'Europe/London'));
    }
  });
});

describe('wall-clock times in a zone', () => {
  const day = (y: number, m: number, d: number): number => daysFromCivil(y, m, d);

  it('wall times are remembered by day and minute: day 0 at 01:01 and day 1,440 at 01:00 are told apart', () => {
    const first = wallToInstant(0, 61, 'UTC');
    expect(wallToInstant(1440, 60, 'UTC')).toEqual({ kind: 'exact', earlier: 1440 * 86_400_000 + 3_600_000, later: 1440 * 86_400_000 + 3_600_000 });
    expect(first.earlier).toBe(61 * 60_000);
  });

  it('an ordinary time is one instant', () => {
    expect(wallToInstant(day(2026, 7, 11), 11 * 60, 'America/New_York')).toEqual({ kind: 'exact', earlier: Date.UTC(2026, 6, 11, 15), later: Date.UTC(2026, 6, 11, 15) });
    expect(wallToInstant(day(2026, 1, 10), 11 * 60, 'America/New_York')).toEqual({ kind: 'exact', earlier: Date.UTC(2026, 0, 10, 16), later: Date.UTC(2026, 0, 10, 16) });
  });

  it('a time skipped by the spring-forward change is a gap, moved forward by the gap', () => {
    expect(wallToInstant(day(2026, 3, 8), 2 * 60 + 30, 'America/New_York')).toEqual({ kind: 'gap', earlier: Date.UTC(2026, 2, 8, 7, 30), later: Date.UTC(2026, 2, 8, 7, 30) });
  });

  it('a time repeated by the fall-back change is an overlap, earlier and later', () => {
    expect(wallToInstant(day(2026, 11, 1), 60 + 30, 'America/New_York')).toEqual({ kind: 'overlap', earlier: Date.UTC(2026, 10, 1, 5, 30), later: Date.UTC(2026, 10, 1, 6, 30) });
    // Lord Howe changes by half an hour.
    expect(wallToInstant(day(2026, 4, 5), 60 + 45, 'Australia/Lord_Howe')).toMatchObject({ kind: 'overlap' });
  });

  it('law: a wall time read back from its instant is itself, unless it fell in a gap', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: day(1990, 1, 1), max: day(2040, 1, 1) }), fc.integer({ min: 0, max: 1439 }), (zone, days, minutes) => {
        const conversion = wallToInstant(days, minutes, zone);
        const again = wallToInstant(days, minutes, zone);
        expect(again).toEqual(conversion);
        for (const t of [conversion.earlier, conversion.later]) {
          const wall = instantToWall(t, zone);
          if (conversion.kind === 'gap') expect(wall.days * 1440 + wall.msOfDay / 60_000).toBeGreaterThan(days * 1440 + minutes);
          else expect(wall).toEqual({ days, msOfDay: minutes * 60_000 });
        }
        expect(conversion.earlier).toBeLessThanOrEqual(conversion.later);
        expect(conversion.kind === 'overlap').toBe(conversion.earlier !== conversion.later);
      }),
      { numRuns: 400 },
    );
  });

  it('reads an instant as a day and the milliseconds into it, before 1970 too', () => {
    expect(instantToWall(Date.UTC(2026, 6, 11, 15, 0, 0, 5), 'America/New_York')).toEqual({ days: day(2026, 7, 11), msOfDay: 11 * 3_600_000 + 5 });
    expect(instantToWall(Date.UTC(1960, 0, 1, 3), 'America/New_York')).toEqual({ days: day(1959, 12, 31), msOfDay: 22 * 3_600_000 });
  });
});
