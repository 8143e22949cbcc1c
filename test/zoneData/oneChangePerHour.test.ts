/**
 * The premise of the hour memo in `offsetAt` (src/_lib/zone.ts): no zone
 * changes its offset twice within an hour, so an hour that starts and ends
 * on the same offset has it throughout. Checked against every zone the
 * runtime knows, 1800 to 2100 (before, no zone changes; after, each repeats
 * its final rule, see test/ics/vtimezone.test.ts): every change found by a
 * weekly scan, bisected to the second, is the only one from an hour before
 * it to an hour after it. (Runs once: the premise does not depend on the
 * machine's zone.)
 */
import { describe, expect, it } from 'vitest';

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
const zones = Intl.supportedValuesOf('timeZone');

function offsetReader(zone: string): (ms: number) => number {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset', hour: 'numeric', hourCycle: 'h23' });
  return (ms) => {
    const text = f.format(Math.floor(ms / 1000) * 1000);
    const m = /GMT(?:([+\u2212-])(\d+)(?::(\d+))?(?::(\d+))?)?$/.exec(text);
    if (m === null) throw new Error(`unexpected offset text ${text}`);
    if (m[1] === undefined) return 0;
    const seconds = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
    return (m[1] === '+' ? 1 : -1) * seconds * 1000;
  };
}

describe('the zone database has the shape the hour memo of offsetAt relies on', () => {
  it('no zone changes its offset twice within an hour (every change from 1800 to 2100)', { timeout: 300_000 }, () => {
    const broken: string[] = [];
    let changes = 0;
    for (const zone of zones) {
      const offset = offsetReader(zone);
      let before = offset(Date.UTC(1800, 0, 1));
      for (let t = Date.UTC(1800, 0, 1); t < Date.UTC(2100, 0, 1); t += WEEK) {
        const after = offset(t + WEEK);
        if (after === before) continue;
        let lo = t;
        let hi = t + WEEK;
        while (hi - lo > 1000) {
          const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
          if (offset(mid) === before) lo = mid;
          else hi = mid;
        }
        changes++;
        const from = offset(lo);
        const to = offset(hi);
        // Nothing else within an hour either side: the offset an hour before is the one before the change, an hour after the one after it, and the change lies alone between.
        if (offset(hi - HOUR) !== from || offset(hi + HOUR) !== to || offset(hi + HOUR - 1000) !== to || offset(lo - HOUR + 1000) !== from) broken.push(`${zone} ${new Date(hi).toISOString()}`);
        before = after;
      }
    }
    expect(changes).toBeGreaterThan(10_000);
    expect(broken).toEqual([]);
  });
});
