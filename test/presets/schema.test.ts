/** ProgramSchema and its parts accept the presets and refuse what no program can be. */
import { describe, expect, it } from 'vitest';
import {
  absDiversityDiscussions2026,
  absHealingRetreat2026,
  absNonCredentialedLeadersConversation2026,
  ProgramAwardSchema,
  ProgramSchema,
  type Program,
} from '../../src/presets/abs/index.js';
import { flatFeeSchedule } from '../../src/fees/index.js';

const issues = (value: unknown) => {
  const r = ProgramSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};
const conversation = absNonCredentialedLeadersConversation2026({ durationMinutes: 60 });
const retreat = absHealingRetreat2026({
  fees: flatFeeSchedule({ currency: 'USD', timeZone: 'America/Los_Angeles', categories: [{ id: 'all', label: 'Everyone', price: '650' }] }),
  from: '2026-04-17',
  until: '2026-04-19',
});

describe('ProgramSchema', () => {
  it('accepts the presets as they are', () => {
    for (const program of [conversation, retreat, absDiversityDiscussions2026()]) expect(issues(program)).toEqual([]);
  });

  it('refuses unknown keys, bad ids and missing quotes', () => {
    const r = ProgramSchema.safeParse({ ...conversation, colour: 'blue' });
    expect(r.success ? [] : r.error.issues.map((i) => i.code)).toEqual(['unrecognized_keys']);
    expect(issues({ ...conversation, id: 'ABS Conversation' }).map(([p]) => p)).toEqual(['id']);
    expect(issues({ ...conversation, description: '' }).map(([p]) => p)).toEqual(['description']);
    expect(issues({ ...conversation, notes: [{ code: 'Who', kind: 'information', text: 'x' }] }).map(([p]) => p)).toEqual(['notes.0.code']);
  });

  it('refuses an event that ends before it starts, and days that end before they begin', () => {
    const event = conversation.schedule.events[0];
    expect(issues({ ...conversation, schedule: { kind: 'events', events: [{ ...event, end: event.start }] } })).toEqual([['schedule.events.0.end', 'must be after start']]);
    expect(issues({ ...retreat, schedule: { ...retreat.schedule, until: '2026-04-16' } })).toEqual([['schedule.until', 'must not be before from']]);
  });

  it('refuses fees in another currency than the fee a refund policy withholds', () => {
    const euros: Program = { ...retreat, fees: { ...retreat.fees, currency: 'EUR' } };
    expect(issues(euros)).toEqual([['fees.currency', 'must be in the currency of the refund policy’s withheld fees']]);
  });

  it('checks each part with its own area’s schema', () => {
    expect(issues({ ...retreat, capacity: { maxSeats: 12, minRegistrants: 13 } })).toEqual([['capacity.minRegistrants', 'must not exceed maxSeats']]);
    expect(issues({ ...conversation, eligibility: { kind: 'member' } }).map(([p]) => p)).toEqual(['eligibility.organization']);
  });
});

describe('ProgramAwardSchema', () => {
  it('wants an email address and a ceremony that ends after it begins', () => {
    const award = {
      name: 'Prize',
      awardedBy: 'Foundation',
      selection: 'A jury.',
      criteria: [],
      submitTo: { method: 'email', recipient: 'Secretary', address: 'not an address', attachment: 'Word' },
      ceremony: { event: 'Congress', place: 'Aarhus, Denmark', from: '2026-10-03', until: '2026-09-30' },
      winners: { benefits: [], obligations: [] },
    };
    const r = ProgramAwardSchema.safeParse(award);
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['submitTo.address', 'must be an email address'],
      ['ceremony.until', 'must not be before from'],
    ]);
  });
});
