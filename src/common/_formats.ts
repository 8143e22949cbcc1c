/**
 * The written formats of local dates and wall times, with the words that
 * explain a mismatch, shared by the zod schemas that read them.
 */

export const LOCAL_DATE_MESSAGE = 'must be a calendar date written YYYY-MM-DD';

/** `HH:mm`, 00:00 to 23:59. */
export const WALL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const WALL_TIME_MESSAGE = 'must be a 24-hour time written HH:mm';
