/** The optional registration deadline of the presets that take registrations (no ABS page publishes one). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayRegistrations } from '../../src/capacity/index.js';
import { quoteFee } from '../../src/fees/index.js';
import {
  ABS_PRESET_IDS,
  ABS_PRESETS,
  absDiversityDiscussions2026,
  absHealingRetreat2026,
  absOnlineGroupSaturday2026,
  absOnlineGroupTuesday2026,
  absSpokaneLeadershipIntensive,
  type AbsPresetId,
  type Program,
} from '../../src/presets/abs/index.js';
import { presetCaseArb } from '../_arbitraries/presets.js';
import { issuesOf } from '../refunds/_helpers.js';
import { usd } from './_helpers.js';

const build = (id: AbsPresetId, params: object): Program => ABS_PRESETS[id].build(params as never);

/** The presets that take registrations: those with a fee schedule or a capacity policy. */
const TAKING_REGISTRATIONS: readonly AbsPresetId[] = [
  'abs-online-group-saturday-2026',
  'abs-online-group-tuesday-2026',
  'abs-diversity-discussions-2026',
  'abs-spokane-leadership-intensive',
  'abs-new-england-leadership-intensive-2026',
  'abs-healing-mindfulness-compassion-retreat-2026',
];

const flat = (timeZone: string) => ({ currency: 'USD', timeZone, periods: [{ id: 'regular', label: 'Regular' }], categories: [{ id: 'all', label: 'Everyone', prices: { regular: '300.00' } }] });

describe('registrationDeadline', () => {
  it('is an optional parameter of exactly the presets that take registrations, each described as not published', () => {
    const having = ABS_PRESET_IDS.filter((id) => ABS_PRESETS[id].parameters.some((p) => p.name === 'registrationDeadline'));
    expect(having).toEqual(TAKING_REGISTRATIONS);
    for (const id of ABS_PRESET_IDS) {
      const program = build(id, fc.sample(presetCaseArb.filter((c) => c.id === id), { numRuns: 1, seed: 3 })[0]?.params ?? {});
      expect(program.fees !== undefined || program.capacity !== undefined, id).toBe(having.includes(id));
    }
    for (const id of having) {
      const p = ABS_PRESETS[id].parameters.find((q) => q.name === 'registrationDeadline');
      expect([p?.required, p?.fact, p?.description.includes('Not published')], id).toEqual([false, 'fees.registrationWindow.closes', true]);
      expect(ABS_PRESETS[id].requiredParameters, id).not.toContain('registrationDeadline');
    }
  });

  it('the Spokane intensive (2025 page: "registration deadline March 12, 2025"): a quote on March 13 says registration closed, one on March 12 is priced', () => {
    const spokane = absSpokaneLeadershipIntensive({ firstDay: '2025-04-10', refundDeadline: '2025-03-12', registrationDeadline: '2025-03-12' });
    expect(spokane.fees.registrationWindow).toEqual({ closes: { date: '2025-03-12', timeZone: 'America/Los_Angeles' } });
    const late = quoteFee(spokane.fees, {}, { at: '2025-03-13T00:00:00-07:00' });
    expect([late.price, late.reasons.map((r) => r.code)]).toEqual([null, ['registration_closed']]);
    // The default fee table is the 2026 one: its early-bird period runs until July 31, 2026, so a non-member pays $900.00 early.
    expect(quoteFee(spokane.fees, {}, { at: '2025-03-12T23:59:00-07:00' }).price).toEqual(usd('900.00'));
    const regular = absSpokaneLeadershipIntensive({ firstDay: '2026-09-10', refundDeadline: '2026-08-20', registrationDeadline: '2026-08-25' });
    expect(quoteFee(regular.fees, {}, { at: '2026-08-25T23:59:00-07:00' }).price).toEqual(usd('975.00'));
    expect(quoteFee(regular.fees, {}, { at: '2026-08-26T00:00:00-07:00' }).price).toBeNull();
    expect(spokane.unpublished.find((u) => u.parameter === 'registrationDeadline')?.given).toBe(true);
  });

  it('the online group with a deadline refuses a late registration in the replay, and its fee quote too', () => {
    const group = absOnlineGroupTuesday2026({ minRegistrants: 2, registrationDeadline: '2026-02-05' });
    expect(group.capacity).toEqual({ minRegistrants: 2, waitlist: true, registrationWindow: { closes: { date: '2026-02-05', timeZone: 'America/New_York' } } });
    const roster = replayRegistrations(group.capacity, [
      { kind: 'register', registrantId: 'ana', at: '2026-02-05T23:59:00-05:00' },
      { kind: 'register', registrantId: 'ben', at: '2026-02-06T00:00:00-05:00' },
    ]);
    expect([roster.confirmed, roster.declined, roster.decisions[1]?.code]).toEqual([['ana'], ['ben'], 'registration_closed']);
    expect(quoteFee(group.fees, {}, { at: '2026-02-06T05:00:00Z' }).reasons.map((r) => r.code)).toEqual(['registration_closed']);
  });

  it('the diversity discussions close each discussion’s registration too (capacity per session)', () => {
    const discussions = absDiversityDiscussions2026({ registrationDeadline: '2026-03-11' });
    expect(discussions.capacity.registrationWindow).toEqual({ closes: { date: '2026-03-11', timeZone: 'America/New_York' } });
    expect(discussions.fees.registrationWindow).toEqual(discussions.capacity.registrationWindow);
  });

  it('is refused beside a fee schedule that has its own registrationWindow, at registrationDeadline', () => {
    const windowed = { ...flat('America/New_York'), registrationWindow: { closes: '2026-01-01T00:00:00Z' } };
    const message = expect.stringMatching(/^must not be given with a fee schedule that has its own registrationWindow/);
    expect(issuesOf(() => absOnlineGroupSaturday2026({ minRegistrants: 6, fees: windowed, registrationDeadline: '2026-01-05' }))).toEqual([
      { path: ['registrationDeadline'], code: 'custom', message },
    ]);
    expect(issuesOf(() => absHealingRetreat2026({ from: '2026-04-17', until: '2026-04-19', fees: { ...windowed, timeZone: 'America/Los_Angeles' }, registrationDeadline: '2026-03-01' }))).toEqual([
      { path: ['registrationDeadline'], code: 'custom', message },
    ]);
    // Either alone is fine.
    expect(absOnlineGroupSaturday2026({ minRegistrants: 6, fees: windowed }).fees.registrationWindow).toEqual({ closes: '2026-01-01T00:00:00Z' });
  });

  it('is refused when it is not a date', () => {
    expect(issuesOf(() => absOnlineGroupTuesday2026({ minRegistrants: 6, registrationDeadline: '2026-02-30' })).map((i) => i.path)).toEqual([['registrationDeadline']]);
  });

  it('law: a deadline changes only the registration windows (fees and capacity) and the given flag; without it the program is as before', () => {
    fc.assert(
      fc.property(
        presetCaseArb.filter((c) => TAKING_REGISTRATIONS.includes(c.id)),
        fc.constantFrom('2025-12-31', '2026-03-12'),
        ({ id, params }, deadline) => {
          const { registrationDeadline: _ignored, ...without } = params as { registrationDeadline?: string };
          const plain = build(id, without);
          const dated = build(id, { ...without, registrationDeadline: deadline });
          const zone = plain.schedule?.kind === 'days' ? plain.schedule.timeZone : 'America/New_York';
          const window = { closes: { date: deadline, timeZone: zone } };
          expect(plain.fees?.registrationWindow).toBeUndefined();
          expect(plain.capacity?.registrationWindow).toBeUndefined();
          expect(dated).toEqual({
            ...plain,
            ...(plain.fees === undefined ? {} : { fees: { ...plain.fees, registrationWindow: window } }),
            ...(plain.capacity === undefined ? {} : { capacity: { ...plain.capacity, registrationWindow: window } }),
            unpublished: plain.unpublished.map((u) => (u.parameter === 'registrationDeadline' ? { ...u, given: true } : u)),
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
