/**
 * Time-zone arithmetic on top of `Intl`, with caches that never change a
 * result: formatters are cached per zone, offsets are memoised per UTC hour
 * when the hour starts and ends on the same offset (probed the second time
 * an hour is asked about; else on the exact second), and conversions on
 * their exact inputs (bounded, so a
 * long-running process does not grow without limit).
 *
 * The hour memo rests on one premise about the zone database: no zone
 * changes its offset twice within an hour, so an hour that starts and ends
 * on the same offset has that offset throughout. (The VTIMEZONE scan relies
 * on a stronger one, a day for an hour.) A test checks it against every zone
 * the runtime knows.
 */
import { BalintError } from '../errors/BalintError.js';
import { didYouMean } from './suggest.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MEMO_LIMIT = 50_000;
/** Hours memoised only well inside the range `Intl` formats (±8.64e15 ms), so probing an hour's ends never throws. */
const HOUR_MEMO_LIMIT_MS = 8.6e15;

/** Everything cached for one zone: its formatter and the memoised offsets and conversions. */
interface ZoneState {
  readonly format: Intl.DateTimeFormat;
  /** Offset in ms by epoch second, for seconds whose hour changes offset. */
  readonly offsets: Map<number, number>;
  /** Offset in ms by UTC hour (epoch ms / 1 h, floored), for hours that start and end on the same offset; NaN for an hour asked about once (not probed yet). */
  readonly hours: Map<number, number>;
  /** Wall conversion by `days * 1440 + minutes`. */
  readonly walls: Map<number, WallConversion>;
}

const zones = new Map<string, ZoneState>();
let memoEntries = 0;

/** The cached state of a zone; throws a RangeError for a zone `Intl` does not know. */
function state(zone: string): ZoneState {
  let s = zones.get(zone);
  if (s === undefined) {
    // Only the offset is read ("11 GMT-04:00", "8 GMT-05:32:11", "0 GMT"): cheaper to format than a full date-time.
    const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset', hour: 'numeric', hourCycle: 'h23' });
    s = { format, offsets: new Map(), hours: new Map(), walls: new Map() };
    zones.set(zone, s);
  }
  return s;
}

// The memos below never change a result (test/_lib/zoneOffsets.test.ts checks
// every answer against Intl in any order of queries), so a mutant in them can
// only make an answer slower: Stryker leaves them out.
// Stryker disable all: memo bookkeeping; the answers are the same without it
/** Counts a new memo entry; past the limit, empties every zone's memos (formatters stay). */
function admit(): boolean {
  if (++memoEntries <= MEMO_LIMIT) return true;
  clearZoneMemos();
  return false;
}
// Stryker restore all

/** Whether `zone` is a time-zone name `Intl` accepts, exactly as written (see {@link readTimeZone} for what the library accepts). */
function intlKnows(zone: string): boolean {
  if (zones.has(zone)) return true;
  if (zone.length === 0 || zone.length > 64 || /^[+-]?\d/.test(zone)) return false;
  try {
    state(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The region zones people mean by a legacy or abbreviation-like name. `Intl`
 * accepts several of these, but as fixed offsets (`EST` is UTC-5 all year)
 * or as whatever its data links them to (`EST` is `America/Panama`), never
 * as the daylight-saving region the writer had in mind.
 */
const LEGACY_HINTS: Readonly<Record<string, string>> = {
  EST: 'America/New_York', EDT: 'America/New_York', EST5EDT: 'America/New_York',
  CST: 'America/Chicago', CDT: 'America/Chicago', CST6CDT: 'America/Chicago',
  MST: 'America/Denver', MDT: 'America/Denver', MST7MDT: 'America/Denver',
  PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles', PST8PDT: 'America/Los_Angeles',
  AKST: 'America/Anchorage', AKDT: 'America/Anchorage', HST: 'Pacific/Honolulu',
  CET: 'Europe/Paris', MET: 'Europe/Paris', EET: 'Europe/Athens', WET: 'Europe/Lisbon',
};

/** The fixed UTC offsets that the legacy names stand for, spelt as the explicit `Etc/GMT±N` zones (whose sign is inverted, as POSIX has it). */
const FIXED_SPELLING: Readonly<Record<string, string>> = { EST: 'Etc/GMT+5', MST: 'Etc/GMT+7', HST: 'Etc/GMT+10' };

/** Names without a region that are plainly UTC. */
const UTC_NAMES: ReadonlySet<string> = new Set(['UTC', 'GMT', 'Etc/UTC', 'Etc/GMT']);

let spellings: Map<string, string> | undefined;

/** Every zone name the runtime lists, by its lower-case form: how a name written in any case is given back canonically. */
function canonicalSpellings(): Map<string, string> {
  if (spellings === undefined) {
    spellings = new Map();
    for (const name of [...Intl.supportedValuesOf('timeZone'), ...UTC_NAMES]) spellings.set(name.toLowerCase(), name);
  }
  return spellings;
}

/** What {@link readTimeZone} found: the zone in its canonical spelling, or why the name is refused. */
export type ZoneReading = { readonly zone: string; readonly problem?: undefined } | { readonly zone?: undefined; readonly problem: string };

/**
 * Reads a time-zone name as the library accepts it: an IANA name the
 * runtime knows, in any case, given back in its canonical spelling
 * (`america/new_york` is `America/New_York`). Legacy and abbreviation-like
 * names (`EST`, `EST5EDT`, `PST`, `CET`, and region-less links such as
 * `Japan`) are refused with the region zone people mean; a caller who really
 * means a fixed offset opts in by writing it as one (`Etc/GMT+5`). A
 * misspelt name gets the closest real one.
 */
export function readTimeZone(name: string): ZoneReading {
  const example = 'an IANA time-zone name such as "America/New_York"';
  if (name.trim() === '') return { problem: `must be ${example}` };
  const listed = canonicalSpellings().get(name.toLowerCase());
  const known = listed !== undefined || intlKnows(name) || intlKnows(name.toUpperCase());
  if (known && !name.includes('/') && !UTC_NAMES.has(listed ?? name.toUpperCase())) {
    const upper = name.toUpperCase();
    const region = LEGACY_HINTS[upper] ?? resolvedZone(intlKnows(name) ? name : upper);
    const fixed = FIXED_SPELLING[upper];
    return {
      problem:
        `"${name}" is a legacy zone name, not a region with its daylight-saving rules; write "${region}"` +
        (fixed === undefined ? '' : ` (or "${fixed}" if you really mean a fixed UTC offset all year)`),
    };
  }
  if (listed !== undefined) return { zone: listed };
  // A link the runtime does not list (`US/Eastern`, `Asia/Kolkata`) is kept as
  // written when written as IANA spells names; in another case (`us/eastern`),
  // the runtime's name for the same zone is the only spelling known to be right.
  if (intlKnows(name)) return { zone: /^[A-Z][^/]*(?:\/[A-Z][^/]*)*$/.test(name) ? name : resolvedZone(name) };
  return { problem: `must be ${example}${didYouMean(name, [...canonicalSpellings().values()])}` };
}

/** The zone `Intl` resolves a known name to (a link's target). */
function resolvedZone(name: string): string {
  return state(name).format.resolvedOptions().timeZone;
}

/** Whether `zone` is a time-zone name the library accepts (see {@link readTimeZone}). */
export function isValidTimeZone(zone: string): boolean {
  return typeof zone === 'string' && readTimeZone(zone).zone !== undefined;
}

/**
 * UTC offset of `zone` at `epochMs` straight from `Intl`, one format call
 * and no memo: for scans over many distinct instants (a VTIMEZONE's years),
 * where a memo would only fill up and the hour probe of {@link offsetAt}
 * would triple the calls.
 */
export function offsetAtOnce(epochMs: number, zone: string): number {
  return parseOffset(state(zone).format.format(Math.floor(epochMs / 1000) * 1000));
}

/**
 * A reader of `zone`'s offset as `Intl` writes it ("GMT-04:00", "GMT"), for
 * scans that only compare offsets from one instant to the next: no parsing,
 * no memo, one format call per instant.
 */
export function offsetLabeller(zone: string): (epochMs: number) => string {
  const { format } = state(zone);
  return (epochMs) => {
    const text = format.format(epochMs);
    return text.slice(text.lastIndexOf('GMT'));
  };
}

/** UTC offset of `zone` at the instant `epochMs`, in milliseconds (whole seconds). */
export function offsetAt(epochMs: number, zone: string): number {
  const s = state(zone);
  const second = Math.floor(epochMs / 1000);
  const hour = Math.floor(epochMs / HOUR_MS);
  const inHour = s.hours.get(hour);
  // Stryker disable next-line all: memo bookkeeping; the answers are the same without it
  if (inHour !== undefined && !Number.isNaN(inHour)) return inHour;
  const known = s.offsets.get(second);
  // Stryker disable next-line all: memo bookkeeping; the answers are the same without it
  if (known !== undefined) return known;
  const offset = offsetAtOnce(epochMs, zone);
  // Stryker disable next-line all: memo bookkeeping; the answers are the same without it
  if (inHour === undefined) {
    // First miss in this hour: mark it (NaN), so probing its ends waits until the hour is asked about again.
    // Stryker disable next-line all: memo bookkeeping; the answers are the same without it
    if (admit()) s.hours.set(hour, Number.NaN);
  } else if (epochMs > -HOUR_MEMO_LIMIT_MS && epochMs < HOUR_MEMO_LIMIT_MS) {
    // The hour's first and last seconds: on the same offset as this one, the whole hour is (no zone changes twice within an hour).
    const start = hour * HOUR_MS;
    if (offsetAtOnce(start, zone) === offset && offsetAtOnce(start + HOUR_MS - 1000, zone) === offset) {
      s.hours.set(hour, offset);
      return offset;
    }
  }
  // Stryker disable next-line all: memo bookkeeping; the answers are the same without it
  if (admit()) s.offsets.set(second, offset);
  return offset;
}

/** Reads `GMT`, `GMT+5:30`, `GMT-04:00` or `GMT-05:32:11` at the end of a formatted time, in ms. */
function parseOffset(text: string): number {
  const at = text.lastIndexOf('GMT');
  if (at < 0) throw new BalintError('internal', `Unexpected time-zone offset text "${text}"`);
  let i = at + 3;
  if (i >= text.length) return 0;
  const sign = text.charCodeAt(i) === 45 || text.charCodeAt(i) === 0x2212 ? -1 : 1;
  i++;
  let seconds = 0;
  let field = 0;
  let multiplier = 3600;
  for (; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) - 48 : -1;
    if (c >= 0 && c <= 9) {
      field = field * 10 + c;
    } else {
      seconds += field * multiplier;
      multiplier /= 60;
      field = 0;
    }
  }
  return sign * seconds * 1000;
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
  const byZone = state(zone).walls;
  const key = days * 1440 + minutes;
  const known = byZone.get(key);
  // Stryker disable next-line all: memo bookkeeping; the answers are the same without it
  if (known !== undefined) return known;
  const wallMs = days * DAY_MS + minutes * 60_000;
  // Probe the offsets at the UTC midnights a day before and two days after
  // the wall date: every candidate instant (offsets lie within ±14 h) falls
  // between them, and neighbouring dates share the probes, so their memo hits.
  const before = offsetAt((days - 1) * DAY_MS, zone);
  const after = offsetAt((days + 2) * DAY_MS, zone);
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
  // Stryker disable next-line all: memo bookkeeping; the answers are the same without it
  if (admit()) byZone.set(key, result);
  return result;
}

/** The wall-clock reading of instant `epochMs` in `zone`: day number and milliseconds into that day. */
export function instantToWall(epochMs: number, zone: string): { days: number; msOfDay: number } {
  const wall = epochMs + offsetAt(epochMs, zone);
  const days = Math.floor(wall / DAY_MS);
  return { days, msOfDay: wall - days * DAY_MS };
}

/** Empties the memo caches (formatters stay). For benchmarks that measure cold conversions. */
// Stryker disable next-line all: memo bookkeeping; the answers are the same without it
export function clearZoneMemos(): void {
  for (const s of zones.values()) {
    s.offsets.clear();
    s.hours.clear();
    s.walls.clear();
  }
  memoEntries = 0;
}
