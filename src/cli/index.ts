/**
 * The `balint` command line for organizers: a series' dates and sessions
 * (in several zones), its iCalendar file, refund quotes, eligibility and
 * continuing-education credit, from files or the ABS presets, as text or
 * JSON. `runCli(argv, io)` is the whole command line as a function (the
 * `balint` bin, `bin.ts`, only wires it to the process), so it can be
 * tested and embedded without spawning a process.
 *
 * @module cli
 */
export { runCli, EXIT_CODES } from './runCli.js';
export type { CliIo, ClockReading } from './io.js';
export { nodeIo } from './nodeIo.js';
export { readSystemClock } from './systemClock.js';
export { CliUsageError } from './CliUsageError.js';
