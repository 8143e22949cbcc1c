import { describe, expect, it } from 'vitest';
import { fastAttendance } from '../../src/credits/_fast.js';
import { AttendanceSchema } from '../../src/credits/index.js';
import { assertFastPath } from '../_helpers/bent.js';
import { attendanceArb, sessionsArb } from '../_arbitraries/credits.js';

describe('fast validation path of attendance', () => {
  describe('properties', () => {
    it('accepts only what the schema accepts, returns exactly what zod returns, and takes every valid attendance', () => {
      assertFastPath(fastAttendance, AttendanceSchema, sessionsArb().chain(attendanceArb));
    });
  });

  it('returns fresh records, and leaves a repeated session to zod', () => {
    const records = [{ session: 1, status: 'full' as const }];
    expect(fastAttendance(records)?.[0]).not.toBe(records[0]);
    expect(fastAttendance([{ session: 1, status: 'full' }, { session: 1, status: 'absent' }])).toBeUndefined();
  });

  it('finds a repeated session in a short list and in a long one, wherever it is', () => {
    for (const length of [2, 8, 32, 33, 100]) {
      const records = Array.from({ length }, (_, i) => ({ session: i + 1, status: 'full' as const }));
      expect(fastAttendance(records)).toEqual(records);
      for (const [at, copy] of [[length - 1, 0], [1, 0], [length - 1, length - 2]] as const) {
        const repeated = records.map((r, i) => (i === at ? { ...r, session: (records[copy] as (typeof records)[number]).session } : r));
        expect(fastAttendance(repeated)).toBeUndefined();
        expect(AttendanceSchema.safeParse(repeated).success).toBe(false);
      }
    }
  });
});
