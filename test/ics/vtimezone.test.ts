/**
 * The VTIMEZONE scan skips centuries the zone database cannot change in.
 * These tests check that premise against the runtime's own zone data, for
 * every zone it knows, and that the skip loses no change.
 */
import { describe, expect, it } from 'vitest';
import { FINAL_RULE_FROM_MS, FIRST_CHANGE_BOUND_MS, offsetTransitions } from '../../src/ics/_vtimezone.js';
import { offsetAt } from '../../src/_lib/zone.js';

const DAY = 86_400_000;
const zones = Intl.supportedValuesOf('timeZone');
/** Epoch ms of January 1 of a year, years 0-99 included (which Date.UTC reads as 1900-1999). */
const jan1 = (year: number): number => new Date(0).setUTCFullYear(year, 0, 1);

describe('the zone database has the shape the VTIMEZONE scan relies on', () => {
  it('no zone changes offset before 1800 (sampled every 30 days from the year 1600)', () => {
    const changed = zones.filter((zone) => {
      const at1800 = offsetAt(FIRST_CHANGE_BOUND_MS, zone);
      for (let t = jan1(1600); t < FIRST_CHANGE_BOUND_MS; t += 30 * DAY) if (offsetAt(t, zone) !== at1800) return true;
      return false;
    });
    expect(changed).toEqual([]);
  });

  it('from 2100 every zone repeats the same changes each year, or has none', () => {
    const year = 365 * DAY;
    const broken = zones.filter((zone) => {
      const first = offsetTransitions(zone, FINAL_RULE_FROM_MS, FINAL_RULE_FROM_MS + year);
      const later = [jan1(2101), jan1(9998)].map((from) =>
        offsetTransitions(zone, from, from + year).map((t) => [t.from, t.to]),
      );
      const pattern = first.map((t) => [t.from, t.to]);
      return later.some((changes) => JSON.stringify(changes) !== JSON.stringify(pattern));
    });
    expect(broken).toEqual([]);
  });
});

describe('offsetTransitions', () => {
  it('finds the same changes in New York from the year 26 as from 1880', () => {
    const end = Date.UTC(1890, 0, 1);
    expect(offsetTransitions('America/New_York', jan1(26), end)).toEqual(
      offsetTransitions('America/New_York', Date.UTC(1880, 0, 1), end),
    );
    expect(offsetTransitions('America/New_York', Date.UTC(1880, 0, 1), end)).toEqual([
      { at: Date.UTC(1883, 10, 18, 17, 0, 0), from: offsetAt(Date.UTC(1880, 0, 1), 'America/New_York'), to: -5 * 3_600_000 },
    ]);
  });

  it('still finds every yearly change far in the future in a zone with summer time', () => {
    const from = Date.UTC(2300, 0, 1);
    const changes = offsetTransitions('Europe/Berlin', from, from + 3 * 365 * DAY);
    expect(changes).toHaveLength(6);
    expect(changes.map((c) => (c.to - c.from) / 3_600_000)).toEqual([1, -1, 1, -1, 1, -1]);
  });

  it('stops early in a zone without changes, finding none', () => {
    expect(offsetTransitions('Asia/Tokyo', Date.UTC(2100, 0, 1), Date.UTC(9999, 0, 1))).toEqual([]);
    expect(offsetTransitions('UTC', jan1(26), Date.UTC(9999, 0, 1))).toEqual([]);
  });
});
