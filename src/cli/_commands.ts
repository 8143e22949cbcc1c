/** Every command of the `balint` bin, in the order help lists them. Internal. */
import { calendarCommand } from './commands/calendar.js';
import { creditsCommand } from './commands/credits.js';
import { datesCommand } from './commands/dates.js';
import { eligibleCommand } from './commands/eligible.js';
import { feeCommand } from './commands/fee.js';
import { icsCommand } from './commands/ics.js';
import { presetsCommand } from './commands/presets.js';
import { refundCommand } from './commands/refund.js';
import { refundTimelineCommand } from './commands/refundTimeline.js';
import { ruleCommand } from './commands/rule.js';
import { sessionsCommand } from './commands/sessions.js';
import { transferCommand } from './commands/transfer.js';
import { waitlistCommand } from './commands/waitlist.js';
import type { CommandSpec } from './_spec.js';

export const COMMANDS: readonly CommandSpec[] = [
  datesCommand,
  sessionsCommand,
  calendarCommand,
  icsCommand,
  ruleCommand,
  refundCommand,
  refundTimelineCommand,
  feeCommand,
  eligibleCommand,
  waitlistCommand,
  transferCommand,
  creditsCommand,
  presetsCommand,
];
