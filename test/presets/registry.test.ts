/** ABS_PRESETS and absRefundPolicy: listing, building and the refund policies alone. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { ABS_PRESET_IDS, ABS_PRESETS, absRefundPolicy, AbsRefundPolicyIdSchema, type AbsPresetId } from '../../src/presets/abs/index.js';
import { RefundPolicySchema } from '../../src/refunds/index.js';
import { presetParamsArbs } from '../_arbitraries/presets.js';
import { assertThrowsOnlyBalintErrors, issuesOf } from '../refunds/_helpers.js';

const sample = (id: AbsPresetId): object => fc.sample(presetParamsArbs[id], { numRuns: 1, seed: 7 })[0] as object;
const build = (id: AbsPresetId, params: object = sample(id)) => ABS_PRESETS[id].build(params as never);

describe('ABS_PRESETS', () => {
  it('lists every program of the pages, by id', () => {
    expect(ABS_PRESET_IDS).toEqual([
      'abs-online-group-saturday-2026',
      'abs-online-group-tuesday-2026',
      'abs-credentialed-leaders-drop-in-thursdays',
      'abs-credentialed-leaders-drop-in-mondays',
      'abs-non-credentialed-leaders-conversation-2026',
      'abs-diversity-discussions-2026',
      'abs-spokane-leadership-intensive',
      'abs-new-england-leadership-intensive-2026',
      'abs-healing-mindfulness-compassion-retreat-2026',
      'ascona-prize-2026',
    ]);
    expect(Object.isFrozen(ABS_PRESETS) && Object.isFrozen(ABS_PRESET_IDS)).toBe(true);
  });

  it.each(ABS_PRESET_IDS.map((id) => [id]))('%s builds a program with its id, name and kind', (id) => {
    const entry = ABS_PRESETS[id];
    const program = build(id);
    expect([entry.id, program.id, program.name, program.kind]).toEqual([id, id, entry.name, entry.kind]);
    expect(entry.describe.endsWith('.')).toBe(true);
    expect(Object.isFrozen(entry)).toBe(true);
  });

  it('says which parameters each preset requires', () => {
    expect(Object.fromEntries(ABS_PRESET_IDS.map((id) => [id, ABS_PRESETS[id].requiredParameters]))).toEqual({
      'abs-online-group-saturday-2026': ['fees', 'minRegistrants'],
      'abs-online-group-tuesday-2026': ['minRegistrants'],
      'abs-credentialed-leaders-drop-in-thursdays': ['from', 'startTime', 'timeZone', 'durationMinutes'],
      'abs-credentialed-leaders-drop-in-mondays': ['from', 'startTime', 'timeZone', 'durationMinutes'],
      'abs-non-credentialed-leaders-conversation-2026': ['durationMinutes'],
      'abs-diversity-discussions-2026': [],
      'abs-spokane-leadership-intensive': ['firstDay', 'refundDeadline'],
      'abs-new-england-leadership-intensive-2026': ['firstDay'],
      'abs-healing-mindfulness-compassion-retreat-2026': ['fees', 'from', 'until'],
      'ascona-prize-2026': ['timeZone'],
    });
  });

  it('describes each parameter as the unpublished fact the built program lists', () => {
    for (const id of ABS_PRESET_IDS) {
      const listed = build(id).unpublished.filter((u) => u.parameter !== null).map((u) => [u.parameter, u.fact, u.description]);
      expect(listed, id).toEqual(ABS_PRESETS[id].parameters.map((p) => [p.name, p.fact, p.description]));
    }
  });

  it('refuses a missing required parameter with a ValidationError naming it', () => {
    for (const id of ABS_PRESET_IDS) {
      for (const name of ABS_PRESETS[id].requiredParameters) {
        const params: Record<string, unknown> = { ...sample(id) };
        delete params[name];
        expect(issuesOf(() => build(id, params)).map((i) => i.path[0]), `${id} without ${name}`).toContain(name);
      }
    }
  });

  it('carries the refund policy of the presets whose policy is published in full', () => {
    const published = ABS_PRESET_IDS.filter((id) => ABS_PRESETS[id].refundPolicy !== null);
    expect(published).toEqual([
      'abs-online-group-saturday-2026',
      'abs-online-group-tuesday-2026',
      'abs-new-england-leadership-intensive-2026',
      'abs-healing-mindfulness-compassion-retreat-2026',
    ]);
    for (const id of published) {
      expect(Object.isFrozen(ABS_PRESETS[id].refundPolicy?.rules[0]?.when)).toBe(true);
      expect(ABS_PRESETS[id].refundPolicy).toEqual(build(id).refunds);
      expect(ABS_PRESETS[id].refundPolicy).toEqual(absRefundPolicy(id as never));
    }
  });

  it('throws only BalintErrors, whatever it is given', () => {
    for (const id of ABS_PRESET_IDS) assertThrowsOnlyBalintErrors((a) => ABS_PRESETS[id].build(a));
  });
});

describe('absRefundPolicy', () => {
  it('gives each preset’s refund policy, validated, the same as its program’s', () => {
    for (const id of AbsRefundPolicyIdSchema.options) {
      const params = id === 'abs-spokane-leadership-intensive' ? { refundDeadline: '2026-03-23' } : {};
      const policy = absRefundPolicy(id, params);
      expect(RefundPolicySchema.parse(policy)).toEqual(policy);
      const program = id === 'abs-spokane-leadership-intensive' ? build(id, { firstDay: '2026-04-23', refundDeadline: '2026-03-23' }) : build(id);
      expect(program.refunds).toEqual(policy);
    }
  });

  it('requires the Spokane deadline and refuses one where the policy is published in full', () => {
    expect(issuesOf(() => absRefundPolicy('abs-spokane-leadership-intensive'))).toEqual([
      { path: ['refundDeadline'], code: 'custom', message: 'is required: the Spokane intensive’s cancellation deadline is not published' },
    ]);
    expect(issuesOf(() => absRefundPolicy('abs-healing-mindfulness-compassion-retreat-2026', { refundDeadline: '2026-03-20' }))[0]?.message).toBe(
      'must not be given: the refund policy of abs-healing-mindfulness-compassion-retreat-2026 is published in full',
    );
  });

  it('refuses presets without a refund policy and unknown ids', () => {
    for (const id of ['abs-diversity-discussions-2026', 'ascona-prize-2026', 'retreat']) {
      expect(() => absRefundPolicy(id as never)).toThrow(ValidationError);
    }
    assertThrowsOnlyBalintErrors((a, b) => absRefundPolicy(a, b));
  });
});
