/** The ABS's online group as a series: the second Saturday from January 2026, 11:00 Eastern, eight meetings, the first of 90 minutes. */
export const onlineGroupSeries = {
  recurrence: 'second Saturday',
  from: '2026-01-01',
  count: 8,
  startTime: '11:00',
  timeZone: 'America/New_York',
  durationMinutes: 60,
  firstSessionMinutes: 90,
} as const;
