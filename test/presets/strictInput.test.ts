/** Preset ids and preset parameters: a near miss is refused with the id or the parameter meant. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABS_PRESET_IDS, ABS_PRESETS, buildAbsPreset, absRefundPolicy, AbsPresetIdSchema, type AbsPresetId } from '../../src/presets/abs/index.js';
import { rejection } from '../_helpers/rejection.js';
import { presetParamsArbs } from '../_arbitraries/presets.js';

const sample = (id: AbsPresetId): Record<string, unknown> => fc.sample(presetParamsArbs[id], { numRuns: 1, seed: 7 })[0] as Record<string, unknown>;
const issues = (run: () => unknown) => rejection(run).issues.map((i) => [i.path, i.message]);

describe('preset ids', () => {
  it('buildAbsPreset builds the preset of a known id, as its entry does', () => {
    for (const id of ABS_PRESET_IDS) {
      const params = sample(id);
      expect(buildAbsPreset(id, params)).toEqual(ABS_PRESETS[id].build(params as never));
    }
  });

  it('an unknown id that is a near miss of a known one is refused with the id meant', () => {
    const refusal = rejection(() => buildAbsPreset('abs-online-group-tuesday-2025'));
    expect([refusal.subject, refusal.issues.map((i) => [i.path, i.message])]).toEqual([
      'ABS preset id',
      [[[], 'unknown preset "abs-online-group-tuesday-2025"; did you mean "abs-online-group-tuesday-2026"?']],
    ]);
    expect(issues(() => buildAbsPreset('Ascona-Prize-2026'))).toEqual([[[], 'unknown preset "Ascona-Prize-2026"; did you mean "ascona-prize-2026"?']]);
  });

  it('an id far from every known one is refused with the ids to choose from', () => {
    expect(issues(() => buildAbsPreset('yoga'))).toEqual([[[], `unknown preset "yoga": one of ${ABS_PRESET_IDS.map((id) => `"${id}"`).join(', ')}`]]);
    expect(AbsPresetIdSchema.safeParse(42).success).toBe(false);
  });

  it('a refund-policy id that is a near miss is refused with the id meant; a preset without a refund policy is refused too', () => {
    expect(issues(() => absRefundPolicy('abs-online-group-saturday-2025' as never))).toEqual([
      [[], 'unknown preset with a refund policy "abs-online-group-saturday-2025"; did you mean "abs-online-group-saturday-2026"?'],
    ]);
    expect(issues(() => absRefundPolicy('abs-diversity-discussions-2026' as never))[0]?.[1]).toMatch(/^unknown preset with a refund policy "abs-diversity-discussions-2026": one of /);
  });
});

describe('preset parameters are strict', () => {
  const withParameters = ABS_PRESET_IDS.filter((id) => ABS_PRESETS[id].parameters.length > 0);

  it.each(withParameters.map((id) => [id]))('%s refuses a misspelt parameter at its own path, naming the parameter meant', (id) => {
    const params = sample(id);
    for (const { name } of ABS_PRESETS[id].parameters) {
      if (params[name] === undefined) continue;
      const misspelt = name.slice(0, -1);
      const { [name]: value, ...rest } = params;
      const refusal = rejection(() => ABS_PRESETS[id].build({ ...rest, [misspelt]: value } as never));
      expect(refusal.issues.map((i) => [i.path, i.message])).toContainEqual([[misspelt], `unknown key "${misspelt}"; did you mean "${name}"?`]);
    }
  });

  it('a preset with no parameters refuses any key, as one this version does not know', () => {
    expect(issues(() => ABS_PRESETS['abs-diversity-discussions-2026'].build({ maxSeats: 20 } as never))).toEqual([
      [['maxSeats'], 'unknown key "maxSeats": not a key this version of balint-rules knows (data written for a newer version is refused, never applied in part)'],
    ]);
  });

  it('the refund-policy parameters', () => {
    expect(issues(() => absRefundPolicy('abs-spokane-leadership-intensive', { refundDeadlin: '2026-03-23' } as never))).toEqual([
      [['refundDeadlin'], 'unknown key "refundDeadlin"; did you mean "refundDeadline"?'],
    ]);
  });
});
