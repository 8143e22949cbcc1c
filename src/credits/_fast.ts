/**
 * A fast acceptance check for a participant's attendance: for a plainly
 * valid list it returns exactly what `AttendanceSchema` returns (fresh
 * records with the known keys), for anything else `undefined` (the caller
 * validates with zod). A property test pins the equivalence.
 */
import { attempt, isSafeInt, plainObject } from '../_lib/fast.js';
import type { Attendance, SessionAttendance } from './sessions.js';

function record(value: unknown): SessionAttendance | undefined {
  if (!plainObject(value)) return undefined;
  const { session, status } = value;
  if (!isSafeInt(session) || session < 1) return undefined;
  switch (status) {
    case 'full':
      return { session, status };
    case 'absent':
      return { session, status };
    case 'partial': {
      const minutesPresent = value['minutesPresent'];
      return isSafeInt(minutesPresent) && minutesPresent >= 0 && minutesPresent <= 1440 ? { session, status, minutesPresent } : undefined;
    }
    default:
      return undefined;
  }
}

const SCAN_LIMIT = 32;

function read(value: unknown): Attendance | undefined {
  if (!Array.isArray(value) || value.length > 10_000) return undefined;
  const out: SessionAttendance[] = [];
  // Repeated sessions: a scan of what came before for a short list (a series has a few sessions), a set for a long one.
  const seen = value.length > SCAN_LIMIT ? new Set<number>() : undefined;
  for (let i = 0; i < value.length; i++) {
    const r = record(value[i]);
    if (r === undefined) return undefined;
    if (seen === undefined) {
      for (let j = 0; j < out.length; j++) if ((out[j] as SessionAttendance).session === r.session) return undefined;
    } else {
      if (seen.has(r.session)) return undefined;
      seen.add(r.session);
    }
    out.push(r);
  }
  return out;
}

/** The attendance zod would return for a plainly valid list, else `undefined`. */
export function fastAttendance(value: unknown): Attendance | undefined {
  return attempt(read, value);
}
