import { daysFromCivil } from './civil.js';

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/** Epoch milliseconds of an ISO-8601 instant already validated by `InstantSchema`. */
export function instantToEpochMs(instant: string): number {
  const m = INSTANT.exec(instant);
  if (m === null) return Number.NaN;
  const days = daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
  const fraction = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  const local = days * 86_400_000 + (Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0)) * 1000 + fraction;
  if (m[8] === 'Z') return local;
  const sign = m[9] === '-' ? -1 : 1;
  return local - sign * (Number(m[10]) * 60 + Number(m[11])) * 60_000;
}

/** The calendar date an ISO-8601 instant is written on, at its own offset (`2026-03-12T20:00:00-07:00` is on 2026-03-12), or undefined when `text` is not an instant. */
export function instantWrittenDate(text: string): string | undefined {
  const m = INSTANT.exec(text);
  return m === null ? undefined : `${m[1] as string}-${m[2] as string}-${m[3] as string}`;
}

/** `YYYY-MM-DDTHH:mm:ss.sssZ` for epoch milliseconds: the text `Date#toISOString` writes. */
export function epochMsToInstant(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
