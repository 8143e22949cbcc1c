/**
 * Schemas for the plain values every area shares: local dates, wall times,
 * time zones and instants.
 *
 * @module common
 */
export {
  LocalDateSchema,
  WallTimeSchema,
  TimeZoneSchema,
  InstantSchema,
  isInstant,
  type LocalDate,
  type WallTime,
  type TimeZone,
  type Instant,
} from './schemas.js';
export type { Compiled } from '../_lib/compiled.js';
