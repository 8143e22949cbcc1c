import { describe, expect, it } from 'vitest';

describe('the machine zone under test', () => {
  it('is the zone this project runs in, so zone-sensitive tests really vary it', () => {
    const january = new Date(Date.UTC(2026, 0, 15, 12)).getTimezoneOffset();
    const expected: Record<string, number> = { UTC: 0, 'America/New_York': 300, 'Asia/Tokyo': -540 };
    expect(process.env.TZ).toBeDefined();
    expect(january).toBe(expected[process.env.TZ as string]);
  });
});
