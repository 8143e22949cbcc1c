import * as z from 'zod/mini';
import { parseDays } from '../../_lib/civil.js';
import { epochMsToInstant } from '../../_lib/instant.js';
import { validate } from '../../_lib/validate.js';
import { wallToInstant } from '../../_lib/zone.js';
import { ABS, credentialedLeaderRule, finishProgram, unpublishedFacts } from './_build.js';
import { ABS_PRESETS_SOURCE } from './constants.js';
import { programParts, type PresetDefinition } from './_parts.js';
import type { EligibilityRule } from '../../eligibility/rule.js';
import type { AbsPresetParameter, EventsProgram } from './program.js';

/**
 * Parameters of {@link absNonCredentialedLeadersConversation2026}: its
 * length, which the page does not publish.
 *
 * @example
 * ```ts
 * import { AbsConversationParamsSchema } from 'balint-rules/presets/abs';
 *
 * AbsConversationParamsSchema.safeParse({ durationMinutes: 0 }).success;
 * //=> false
 * ```
 */
export const AbsConversationParamsSchema = z.strictObject({ durationMinutes: z.int().check(z.minimum(1), z.maximum(1440)) });

/**
 * Parameters of {@link absNonCredentialedLeadersConversation2026}, see {@link AbsConversationParamsSchema}.
 *
 * @example
 * ```ts
 * import type { AbsConversationParams } from 'balint-rules/presets/abs';
 *
 * const params: AbsConversationParams = { durationMinutes: 60 };
 * ```
 */
export type AbsConversationParams = z.input<typeof AbsConversationParamsSchema>;

/** The parameters of {@link absNonCredentialedLeadersConversation2026}, described. */
export const CONVERSATION_PARAMETERS: readonly AbsPresetParameter[] = [
  { name: 'durationMinutes', fact: 'schedule.events[0].end', required: true, description: 'The length of the conversation: not published.' },
];

const ZONE = 'America/New_York';

/** The conversation, part by part: one event at 4:00pm Eastern on January 22, 2026, of the given length. */
export const CONVERSATION: PresetDefinition = {
  subject: 'ABS conversation parameters',
  shape: AbsConversationParamsSchema.shape,
  checks: [],
  parameters: CONVERSATION_PARAMETERS,
  sessions: true,
  builders: {
    schedule: (p: { durationMinutes: number }) => {
      const start = wallToInstant(parseDays('2026-01-22'), 16 * 60, ZONE).earlier;
      return { kind: 'events', events: [{ start: epochMsToInstant(start), end: epochMsToInstant(start + p.durationMinutes * 60_000), timeZone: ZONE }] };
    },
    eligibility: (): EligibilityRule => ({
      kind: 'all',
      label: 'a non-credentialed leader of a Balint group',
      rules: [{ kind: 'leads_group' }, { kind: 'not', rule: credentialedLeaderRule }],
    }),
  },
};

/**
 * The conversation for non-credentialed leaders, as published: "January 22,
 * 2026 at 04:00 PM Eastern Time (US and Canada)", facilitated by Terri Wall
 * and Phil Phelps, for "All non-credentialed leaders of Balint groups":
 * someone who leads a Balint group and is not an ABS Credentialed Leader.
 *
 * Not published, so a parameter: its length (`durationMinutes`), which sets
 * the event's end.
 *
 * @param params - see {@link AbsConversationParamsSchema}
 * @returns the program, validated
 * @throws {ValidationError} when the length is missing or invalid
 *
 * @example
 * ```ts
 * import { checkEligibility } from 'balint-rules/eligibility';
 * import { absNonCredentialedLeadersConversation2026 } from 'balint-rules/presets/abs';
 *
 * const conversation = absNonCredentialedLeadersConversation2026({ durationMinutes: 60 });
 * conversation.schedule.events[0];
 * //=> { start: '2026-01-22T21:00:00.000Z', end: '2026-01-22T22:00:00.000Z', timeZone: 'America/New_York' }
 * checkEligibility(conversation.eligibility, { leadsGroup: true, credentials: [] }, { at: '2026-01-22' }).verdict;
 * //=> 'eligible'
 * ```
 */
export function absNonCredentialedLeadersConversation2026(params: AbsConversationParams): EventsProgram<'eligibility' | 'displayTimeZones'> {
  const p = validate(AbsConversationParamsSchema, params, CONVERSATION.subject);
  return finishProgram({
    id: 'abs-non-credentialed-leaders-conversation-2026',
    name: 'Conversation for Non-Credentialed Balint Group Leaders, January 22, 2026',
    kind: 'conversation',
    organizer: ABS,
    source: ABS_PRESETS_SOURCE,
    description:
      'Connect with fellow Balint leaders for a facilitated, interactive conversation focused on the real-world challenges of Balint group leadership. Together, we’ll explore questions around group structure, growth, and development—within a supportive and confidential space.',
    facilitators: [
      { name: 'Terri Wall', role: 'facilitator' },
      { name: 'Phil Phelps', role: 'facilitator' },
    ],
    ...programParts(CONVERSATION, p),
    displayTimeZones: [ZONE],
    registrationPer: 'program',
    notes: [
      {
        code: 'who_is_welcome',
        kind: 'information',
        text: 'Who’s welcome? All non-credentialed leaders of Balint groups—whether new to the role or seasoned—are warmly invited.',
      },
      { code: 'time', kind: 'information', text: 'Time: January 22, 2026 at 04:00 PM Eastern Time (US and Canada)' },
    ],
    unpublished: unpublishedFacts(CONVERSATION_PARAMETERS, p, [{ fact: 'fees', description: 'No fee is published.' }]),
  });
}
