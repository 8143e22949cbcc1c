/** What the preset tests share: money, the seed zones, session times in Eastern and Pacific. */
import { describeSessionTimes, planSeries, type SeriesInput } from '../../src/schedule/index.js';

export const usd = (amount: string) => ({ amount, currency: 'USD' });

/** "Eastern/Pacific", as the pages show times. */
export const EASTERN_PACIFIC = [
  { timeZone: 'America/New_York', label: 'Eastern' },
  { timeZone: 'America/Los_Angeles', label: 'Pacific' },
];

/** Each session of a series as `[date, "11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific"]`. */
export function sessionTimes(series: SeriesInput, zones: readonly (string | { timeZone: string; label: string })[] = EASTERN_PACIFIC): [string, string][] {
  return planSeries(series).sessions.map((s) => [s.date, describeSessionTimes(s, zones).text]);
}
