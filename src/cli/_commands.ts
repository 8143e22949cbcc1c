/** Every command of the `balint` bin, in the order help lists them. Internal. */
import { creditsCommand } from './commands/credits.js';
import { datesCommand } from './commands/dates.js';
import { eligibleCommand } from './commands/eligible.js';
import { icsCommand } from './commands/ics.js';
import { presetsCommand } from './commands/presets.js';
import { refundCommand } from './commands/refund.js';
import { ruleCommand } from './commands/rule.js';
import { sessionsCommand } from './commands/sessions.js';
import type { CommandSpec } from './_spec.js';

export const COMMANDS: readonly CommandSpec[] = [
  datesCommand,
  sessionsCommand,
  icsCommand,
  ruleCommand,
  refundCommand,
  eligibleCommand,
  creditsCommand,
  presetsCommand,
];
