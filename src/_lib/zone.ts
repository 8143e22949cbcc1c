/**
 * Time-zone arithmetic on top of `Intl`, with caches that never change a
 * result: formatters are cached per zone, and offsets and conversions are
 * memoised on their exact inputs (bounded, so a long-running process does not
 * grow without limit).
 */
import { daysFromCivil } from './civil.js';

const DAY_MS = 86_400_000;
const MEMO_LIMIT = 50_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const validity = new Map<string, boolean>();
const offsetMemo = new Map<string, number>();
const wallMemo = new Map<string, WallConversion>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/** Whether `zone` is an IANA time-zone name this runtime knows. */
export function isValidTimeZone(zone: string): boolean {
  const known = validity.get(zone);
  if (known !== undefined) return known;
  let ok = false;
  if (zone.length > 0 && zone.length <= 64 && !/^[+-]?\d/.test(zone)) {
    try {
      formatter(zone);
      ok = true;
    } catch {
      ok = false;
    }
  }
  if (validity.size >= MEMO_LIMIT) validity.clear();
  validity.set(zone, ok);
  return ok;
}

/** UTC offset of `zone` at the instant `epochMs`, in milliseconds (whole seconds). */
export function offsetAt(epochMs: number, zone: string): number {
  const second = Math.floor(epochMs / 1000) * 1000;
  const key = `${zone}|${second}`;
  const known = offsetMemo.get(key);
  if (known !== undefined) return known;
  // "1/10/2026, 11:00:00": read the six numbers in order.
  const text = formatter(zone).format(second);
  const n = [0, 0, 0, 0, 0, 0];
  let index = 0;
  let inNumber = false;
  for (let i = 0; i < text.length && index < 6; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) {
      n[index] = (n[index] as number) * 10 + c;
      inNumber = true;
    } else if (inNumber) {
      index++;
      inNumber = false;
    }
  }
  const [month, day, year, hour, minute, sec] = n as [number, number, number, number, number, number];
  const wallMs = daysFromCivil(year, month, day) * DAY_MS + ((hour % 24) * 3600 + minute * 60 + sec) * 1000;
  return remember(offsetMemo, key, wallMs - second);
}

/** The result of placing a wall-clock time in a zone. */
export interface WallConversion {
  /** `exact`: one instant; `gap`: skipped by a spring-forward; `overlap`: happens twice. */
  readonly kind: 'exact' | 'gap' | 'overlap';
  /** The earlier candidate (for a gap: the instant shifted forward by the gap, Temporal's "compatible"). */
  readonly earlier: number;
  /** The later candidate (equal to `earlier` unless `kind` is `overlap`). */
  readonly later: number;
}

/**
 * Converts a wall-clock time (day number, minutes after midnight) in `zone`
 * to epoch milliseconds, reporting DST gaps and overlaps.
 */
export function wallToInstant(days: number, minutes: number, zone: string): WallConversion {
  const key = `${zone}|${days}|${minutes}`;
  const known = wallMemo.get(key);
  if (known !== undefined) return known;
  const wallMs = days * DAY_MS + minutes * 60_000;
  const before = offsetAt(wallMs - DAY_MS, zone);
  const after = offsetAt(wallMs + DAY_MS, zone);
  const candidates: number[] = [];
  for (const offset of before === after ? [before] : [before, after]) {
    const t = wallMs - offset;
    if (offsetAt(t, zone) === offset) candidates.push(t);
  }
  let result: WallConversion;
  if (candidates.length === 0) {
    const t = wallMs - before;
    result = { kind: 'gap', earlier: t, later: t };
  } else if (candidates.length === 1 || candidates[0] === candidates[1]) {
    const t = candidates[0] as number;
    result = { kind: 'exact', earlier: t, later: t };
  } else {
    const a = candidates[0] as number;
    const b = candidates[1] as number;
    result = { kind: 'overlap', earlier: Math.min(a, b), later: Math.max(a, b) };
  }
  return remember(wallMemo, key, result);
}

/** The wall-clock reading of instant `epochMs` in `zone`: day number and milliseconds into that day. */
export function instantToWall(epochMs: number, zone: string): { days: number; msOfDay: number } {
  const wall = epochMs + offsetAt(epochMs, zone);
  const days = Math.floor(wall / DAY_MS);
  return { days, msOfDay: wall - days * DAY_MS };
}

/** Empties the memo caches (formatters stay). For benchmarks that measure cold conversions. */
export function clearZoneMemos(): void {
  offsetMemo.clear();
  wallMemo.clear();
}
