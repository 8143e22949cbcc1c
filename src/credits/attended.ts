/**
 * What counts as attending a session, decided in one place for every rule
 * that asks: a credit rule's `minimumSessions` gate, a rule that credits only
 * sessions attended in full, and an accreditation's attendance requirements.
 * Internal.
 */

/**
 * `full`: present for the whole session (its entirety, every scheduled
 * minute); `any`: present for some minutes of it.
 */
export type AttendanceMeasure = 'full' | 'any';

/** Whether `minutesPresent` of a session of `durationMinutes` counts as attending it. */
export function attends(minutesPresent: number, durationMinutes: number, measure: AttendanceMeasure): boolean {
  return measure === 'full' ? minutesPresent >= durationMinutes : minutesPresent > 0;
}

/**
 * The positions of the sessions attended and of those that fell short, by
 * `measure`, from the minutes present and the sessions' lengths (by position).
 */
export function sessionsAttended(
  present: readonly number[],
  durations: readonly number[],
  measure: AttendanceMeasure,
): { readonly attended: readonly number[]; readonly short: readonly number[] } {
  const attended: number[] = [];
  const short: number[] = [];
  present.forEach((minutes, i) => (attends(minutes, durations[i] as number, measure) ? attended : short).push(i));
  return { attended, short };
}
