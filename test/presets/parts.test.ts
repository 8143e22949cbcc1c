/** buildAbsPresetPart and ABS_PRESETS[id].part: each part of a preset alone, asking only for its own parameters. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import {
  ABS_PRESET_IDS,
  ABS_PRESETS,
  AbsPresetPartSchema,
  absRefundPolicy,
  buildAbsPresetPart,
  type AbsPresetId,
  type AbsPresetPart,
  type Program,
} from '../../src/presets/abs/index.js';
import { planSeries } from '../../src/schedule/index.js';
import { presetCaseArb, presetParamsArbs } from '../_arbitraries/presets.js';
import { assertThrowsOnlyBalintErrors, issuesOf } from '../refunds/_helpers.js';

const build = (id: AbsPresetId, params: object): Program => ABS_PRESETS[id].build(params as never);
const sample = (id: AbsPresetId): Record<string, unknown> => fc.sample(presetParamsArbs[id], { numRuns: 1, seed: 11 })[0] as Record<string, unknown>;

/** The parameters of `params` that a part takes. */
function forPart(id: AbsPresetId, part: AbsPresetPart, params: object): Record<string, unknown> {
  const names = ABS_PRESETS[id].parts[part]?.parameters ?? [];
  return Object.fromEntries(Object.entries(params).filter(([name]) => names.includes(name)));
}

/** The program's part of that name; the sessions are the schedule's planned sessions. */
function partOf(program: Program, part: AbsPresetPart): unknown {
  if (part !== 'sessions') return program[part];
  const schedule = program.schedule;
  if (schedule?.kind === 'series') return schedule.series.flatMap((s) => planSeries(s).sessions);
  return schedule?.kind === 'events' ? schedule.events : undefined;
}

describe('the parts of a preset', () => {
  it('lists each preset’s parts, each with the parameters it takes and requires', () => {
    const listing = Object.fromEntries(ABS_PRESET_IDS.map((id) => [id, Object.fromEntries(Object.entries(ABS_PRESETS[id].parts).map(([part, info]) => [part, info.requiredParameters]))]));
    expect(listing).toEqual({
      'abs-online-group-saturday-2026': { schedule: [], sessions: [], eligibility: [], fees: ['fees'], capacity: ['minRegistrants'], refunds: [], accreditation: [] },
      'abs-online-group-tuesday-2026': { schedule: [], sessions: [], eligibility: [], fees: [], capacity: ['minRegistrants'], refunds: [], accreditation: [] },
      'abs-credentialed-leaders-drop-in-thursdays': { schedule: ['from', 'startTime', 'timeZone', 'durationMinutes'], sessions: ['from', 'startTime', 'timeZone', 'durationMinutes'], eligibility: [] },
      'abs-credentialed-leaders-drop-in-mondays': { schedule: ['from', 'startTime', 'timeZone', 'durationMinutes'], sessions: ['from', 'startTime', 'timeZone', 'durationMinutes'], eligibility: [] },
      'abs-non-credentialed-leaders-conversation-2026': { schedule: ['durationMinutes'], sessions: ['durationMinutes'], eligibility: [] },
      'abs-diversity-discussions-2026': { schedule: [], sessions: [], eligibility: [], fees: [], capacity: [] },
      'abs-spokane-leadership-intensive': { schedule: ['firstDay'], fees: [], refunds: ['refundDeadline'] },
      'abs-new-england-leadership-intensive-2026': { schedule: ['firstDay'], fees: [], refunds: [] },
      'abs-healing-mindfulness-compassion-retreat-2026': { schedule: ['from', 'until'], fees: ['fees'], refunds: [] },
      'ascona-prize-2026': { eligibility: [], submission: ['timeZone'] },
    });
    expect(ABS_PRESETS['abs-online-group-saturday-2026'].parts.capacity?.parameters).toEqual(['minRegistrants', 'maxSeats', 'decisionDate', 'registrationDeadline']);
    expect(ABS_PRESETS['abs-online-group-saturday-2026'].parts.fees?.parameters).toEqual(['fees', 'registrationDeadline']);
  });

  it('every parameter bears on a part its preset has, and every part is one the program carries', () => {
    for (const id of ABS_PRESET_IDS) {
      const parts = ABS_PRESETS[id].parts;
      const covered = new Set(Object.values(parts).flatMap((info) => info.parameters));
      expect([...covered].sort(), id).toEqual(ABS_PRESETS[id].parameters.map((p) => p.name).sort());
      const program = build(id, sample(id));
      for (const part of Object.keys(parts) as AbsPresetPart[]) expect(partOf(program, part), `${id} ${part}`).toBeDefined();
      for (const part of AbsPresetPartSchema.options.filter((p) => !(p in parts) && p !== 'sessions')) expect(program[part as Exclude<AbsPresetPart, 'sessions'>], `${id} ${part}`).toBeUndefined();
    }
  });

  it('law: each part built alone from its own parameters is the same as that part of the whole program', () => {
    fc.assert(
      fc.property(presetCaseArb, ({ id, params }) => {
        const program = build(id, params);
        for (const part of Object.keys(ABS_PRESETS[id].parts) as AbsPresetPart[]) {
          const alone = ABS_PRESETS[id].part(part, forPart(id, part, params));
          if (part === 'sessions' && program.schedule?.kind === 'events') {
            expect((alone as { start: string; end: string; timeZone: string }[]).map((s) => [s.start, s.end, s.timeZone])).toEqual(program.schedule.events.map((e) => [e.start, e.end, e.timeZone]));
          } else {
            expect(alone, `${id} ${part}`).toEqual(partOf(program, part));
          }
          expect(buildAbsPresetPart(id, part, forPart(id, part, params))).toEqual(alone);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('each part needs only its own required parameters, and refuses without one of them', () => {
    for (const id of ABS_PRESET_IDS) {
      const full = sample(id);
      for (const [part, info] of Object.entries(ABS_PRESETS[id].parts) as [AbsPresetPart, { requiredParameters: readonly string[] }][]) {
        // The drop-ins' schedule also needs one of `until` and `count` (each optional alone): the series is ongoing.
        const bound: Record<string, unknown> = info.requiredParameters.includes('from') && id.includes('drop-in') ? { count: 3 } : {};
        const only: Record<string, unknown> = { ...Object.fromEntries(info.requiredParameters.map((name) => [name, full[name]])), ...bound };
        expect(() => buildAbsPresetPart(id, part, only), `${id} ${part}`).not.toThrow();
        for (const name of info.requiredParameters) {
          const { [name]: _dropped, ...without } = only;
          expect(issuesOf(() => buildAbsPresetPart(id, part, without)).map((i) => i.path[0]), `${id} ${part} without ${name}`).toContain(name);
        }
      }
    }
  });

  it('the questions that used to need the whole program: the retreat’s refunds, the Saturday group’s credit and sessions, the drop-ins’ rule', () => {
    expect(buildAbsPresetPart('abs-healing-mindfulness-compassion-retreat-2026', 'refunds')).toEqual(absRefundPolicy('abs-healing-mindfulness-compassion-retreat-2026'));
    expect(buildAbsPresetPart('abs-online-group-saturday-2026', 'accreditation').title).toBe('Balint Group - Decreasing Isolation with Peer Consultation');
    expect(buildAbsPresetPart('abs-online-group-saturday-2026', 'sessions').map((s) => s.date)).toEqual([
      '2026-01-10', '2026-02-14', '2026-03-14', '2026-04-11', '2026-05-09', '2026-06-13', '2026-07-11', '2026-08-08',
    ]);
    expect(buildAbsPresetPart('abs-credentialed-leaders-drop-in-thursdays', 'eligibility')).toEqual({ kind: 'credential', credential: 'abs_credentialed_balint_leader', label: 'an ABS Credentialed Leader' });
    expect(buildAbsPresetPart('abs-online-group-tuesday-2026', 'capacity', { minRegistrants: 6, registrationDeadline: '2026-01-05' })).toEqual({
      minRegistrants: 6,
      waitlist: true,
      registrationWindow: { closes: { date: '2026-01-05', timeZone: 'America/New_York' } },
    });
  });

  it('the conversation’s one session, from its event', () => {
    expect(buildAbsPresetPart('abs-non-credentialed-leaders-conversation-2026', 'sessions', { durationMinutes: 75 })).toEqual([
      { index: 1, date: '2026-01-22', start: '2026-01-22T21:00:00.000Z', end: '2026-01-22T22:15:00.000Z', durationMinutes: 75, startTime: '16:00', timeZone: 'America/New_York', origin: 'rule' },
    ]);
  });

  it('refuses a parameter of another part, naming its part, and a misspelt one with the parameter meant', () => {
    expect(issuesOf(() => buildAbsPresetPart('abs-online-group-saturday-2026', 'accreditation', { minRegistrants: 6 }))).toEqual([
      { path: ['minRegistrants'], code: 'invalid_type', message: 'is a parameter of the capacity policy, not of the accreditation' },
    ]);
    expect(issuesOf(() => buildAbsPresetPart('abs-online-group-saturday-2026', 'accreditation', { aafpDesignatedMaximun: '8' }))).toEqual([
      { path: ['aafpDesignatedMaximun'], code: 'unrecognized_keys', message: 'unknown key "aafpDesignatedMaximun"; did you mean "aafpDesignatedMaximum"?' },
    ]);
    expect(issuesOf(() => buildAbsPresetPart('abs-online-group-saturday-2026', 'capacity', { minRegistrants: 6, fees: {} }))[0]?.message).toBe(
      'is a parameter of the fee schedule, not of the capacity policy',
    );
  });

  it('a deadline beside a fee schedule with its own window is refused in the fees part too', () => {
    const fees = { currency: 'USD', timeZone: 'America/New_York', registrationWindow: { closes: '2026-01-01T00:00:00Z' }, periods: [{ id: 'regular', label: 'Regular' }], categories: [{ id: 'all', label: 'Everyone', prices: { regular: '300' } }] };
    expect(issuesOf(() => buildAbsPresetPart('abs-online-group-saturday-2026', 'fees', { fees, registrationDeadline: '2026-01-05' })).map((i) => i.path)).toEqual([['registrationDeadline']]);
    expect(issuesOf(() => buildAbsPresetPart('abs-healing-mindfulness-compassion-retreat-2026', 'fees', { fees: { ...fees, currency: 'EUR', registrationWindow: undefined } })).map((i) => i.path)).toEqual([['fees', 'currency']]);
  });

  it('refuses a part the preset does not have, saying which it has, and an unknown part or id with the one meant', () => {
    expect(issuesOf(() => buildAbsPresetPart('abs-healing-mindfulness-compassion-retreat-2026', 'sessions'))).toEqual([
      {
        path: ['part'],
        code: 'custom',
        message: 'abs-healing-mindfulness-compassion-retreat-2026 has no sessions (its schedule is days without published times); its parts: schedule, fees, refunds',
      },
    ]);
    expect(issuesOf(() => buildAbsPresetPart('abs-credentialed-leaders-drop-in-mondays', 'fees'))[0]?.message).toBe(
      'abs-credentialed-leaders-drop-in-mondays has no fee schedule; its parts: schedule, sessions, eligibility',
    );
    expect(issuesOf(() => buildAbsPresetPart('abs-online-group-tuesday-2026', 'refund' as never))[0]?.message).toBe('unknown part "refund"; did you mean "refunds"?');
    expect(() => buildAbsPresetPart('abs-online-group-tuesday-2025', 'fees')).toThrow(ValidationError);
  });

  it('throws only BalintErrors, whatever it is given', () => {
    assertThrowsOnlyBalintErrors((a, b) => buildAbsPresetPart('abs-online-group-saturday-2026', a as never, b));
    for (const id of ABS_PRESET_IDS) assertThrowsOnlyBalintErrors((a) => ABS_PRESETS[id].part('schedule', a));
  });
});
