/**
 * The offset memo of `offsetAt` (per UTC hour that starts and ends on the
 * same offset, else per second) never changes an answer: every offset it
 * gives is the one `Intl` gives for that instant, in any order of queries,
 * around daylight-saving changes included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearZoneMemos, offsetAt } from '../../src/_lib/zone.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'America/St_Johns',
  'Europe/Berlin',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Pacific/Apia',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'Africa/Casablanca',
  'Antarctica/Troll',
  'UTC',
];

const formatters = new Map<string, Intl.DateTimeFormat>();
/** The offset `Intl` gives at `ms` (floored to the second, as `offsetAt` reads it), from the full wall-clock reading: an oracle independent of the library. */
function intlOffset(ms: number, zone: string): number {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, f);
  }
  const t = Math.floor(ms / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(t)) parts[p.type] = p.value;
  const year = parts['era'] === 'BC' ? 1 - Number(parts['year']) : Number(parts['year']);
  const wall = new Date(0).setUTCFullYear(year, Number(parts['month']) - 1, Number(parts['day']));
  return wall + ((Number(parts['hour']) * 60 + Number(parts['minute'])) * 60 + Number(parts['second'])) * 1000 - t;
}

/** The offset changes of `zone` in the UTC year `year`, each to the second (days scanned, then bisected). */
function changesIn(zone: string, year: number): number[] {
  const found: number[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  for (let t = Date.UTC(year, 0, 1); t < end; t += DAY) {
    if (intlOffset(t, zone) === intlOffset(t + DAY, zone)) continue;
    let lo = t;
    let hi = t + DAY;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (intlOffset(mid, zone) === intlOffset(lo, zone)) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  return found;
}

/** Instants around every change of a few zones in a few years: a second, a millisecond and up to an hour either side. */
const edges: { zone: string; at: number }[] = [];
for (const zone of ZONES) for (const year of [1883, 1945, 2011, 2026, 2027]) for (const at of changesIn(zone, year)) edges.push({ zone, at });

const instantArb = fc.oneof(
  fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2150, 0, 1) }),
  fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }),
);
const nearEdgeArb = fc
  .tuple(fc.constantFrom(...edges), fc.constantFrom(-HOUR, -HOUR + 1000, -1000, -1, 0, 1, 999, 1000, HOUR - 1000, HOUR, 2 * HOUR), fc.integer({ min: -2 * HOUR, max: 2 * HOUR }), fc.boolean())
  .map(([edge, delta, spread, exact]) => ({ zone: edge.zone, ms: edge.at + (exact ? delta : spread) }));
const queryArb = fc.oneof(nearEdgeArb, fc.record({ zone: fc.constantFrom(...ZONES), ms: instantArb }));

describe('zone offsets', () => {
  it('the scan finds the changes it should (New York, 2026: March 8 and November 1)', () => {
    expect(changesIn('America/New_York', 2026)).toEqual([Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 10, 1, 6)]);
    expect(edges.length).toBeGreaterThan(40);
  });

  describe('properties', () => {
    it('the memoised offset is always the offset Intl gives, whatever was asked before (around daylight-saving changes included)', () => {
      fc.assert(
        fc.property(fc.array(queryArb, { minLength: 1, maxLength: 30 }), fc.boolean(), (queries, fresh) => {
          if (fresh) clearZoneMemos();
          for (const { zone, ms } of queries) expect(offsetAt(ms, zone)).toBe(intlOffset(ms, zone));
        }),
        { numRuns: 400 },
      );
    });

    it('every second of an hour with a change gets its own offset, before and after the change', () => {
      fc.assert(
        fc.property(fc.constantFrom(...edges), fc.array(fc.integer({ min: -HOUR, max: HOUR }), { minLength: 1, maxLength: 20 }), ({ zone, at }, deltas) => {
          clearZoneMemos();
          for (const d of deltas) expect(offsetAt(at + d, zone)).toBe(intlOffset(at + d, zone));
          expect(offsetAt(at - 1, zone)).toBe(intlOffset(at - 1, zone));
          expect(offsetAt(at, zone)).toBe(intlOffset(at, zone));
        }),
        { numRuns: 200 },
      );
    });
  });

  it('the memo does not reach the ends of the range Intl formats', () => {
    clearZoneMemos();
    for (const ms of [8.64e15, 8.64e15 - 1, 8.6e15, 8.6e15 - 1, 8.6e15 + 1, -8.6e15, -8.6e15 - 1, -8.6e15 + 1]) expect(offsetAt(ms, 'America/New_York')).toBe(intlOffset(ms, 'America/New_York'));
    expect(() => offsetAt(8.64e15 + 1000, 'America/New_York')).toThrow(RangeError);
    expect(() => offsetAt(Number.NaN, 'America/New_York')).toThrow(RangeError);
  });
});
