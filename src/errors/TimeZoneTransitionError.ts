import { BalintError } from './BalintError.js';

/**
 * Thrown, when a series asks for `dst: 'reject'`, for a session whose wall
 * time does not exist (spring-forward gap) or exists twice (fall-back overlap)
 * in its time zone.
 *
 * @example
 * ```ts
 * import { TimeZoneTransitionError, planSessions } from 'balint-rules';
 *
 * try {
 *   planSessions({ recurrence: 'second Sunday of March', from: '2026-03-01', count: 1,
 *     startTime: '02:30', timeZone: 'America/New_York', durationMinutes: 60, dst: 'reject' });
 * } catch (error) {
 *   if (error instanceof TimeZoneTransitionError) console.log(error.transition);
 *   //=> 'gap'
 * }
 * ```
 */
export class TimeZoneTransitionError extends BalintError {
  /** `gap`: the wall time is skipped; `overlap`: it happens twice. */
  readonly transition: 'gap' | 'overlap';
  /** The local date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The wall time, `HH:mm`. */
  readonly time: string;
  /** The IANA zone. */
  readonly timeZone: string;

  constructor(transition: 'gap' | 'overlap', date: string, time: string, timeZone: string) {
    const what = transition === 'gap' ? 'does not exist' : 'occurs twice';
    super('dst_transition', `${date} ${time} ${what} in ${timeZone} because of a daylight-saving change`);
    this.name = 'TimeZoneTransitionError';
    this.transition = transition;
    this.date = date;
    this.time = time;
    this.timeZone = timeZone;
  }
}
