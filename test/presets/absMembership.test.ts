/** One organization identity: one ABS membership record satisfies every ABS membership condition, in the presets and on the credentialing path. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDays, parseDays } from '../../src/_lib/civil.js';
import { absCredentialingPath, credentialingProgress } from '../../src/credentialing/index.js';
import { checkEligibility, type EligibilityRule } from '../../src/eligibility/index.js';
import { ABS_ORGANIZATION, ABS_PRESET_IDS, ABS_PRESETS, absLeadershipIntensiveFees2026, type AbsPresetId } from '../../src/presets/abs/index.js';
import { presetParamsArbs } from '../_arbitraries/presets.js';

const sample = (id: AbsPresetId): object => fc.sample(presetParamsArbs[id], { numRuns: 1, seed: 11 })[0] as object;

/** Every `member` rule found anywhere in a value (eligibility, fee categories, nested rules). */
function memberRules(value: unknown, found: EligibilityRule[] = []): EligibilityRule[] {
  if (Array.isArray(value)) value.forEach((v) => memberRules(v, found));
  else if (value !== null && typeof value === 'object') {
    if ((value as { kind?: unknown }).kind === 'member') found.push(value as EligibilityRule);
    Object.values(value).forEach((v) => memberRules(v, found));
  }
  return found;
}

/** The ABS membership conditions of every preset and of the intensives' fee table. */
const conditions = [
  ...ABS_PRESET_IDS.flatMap((id) => memberRules(ABS_PRESETS[id].build(sample(id) as never)).map((rule) => ({ where: id, rule }))),
  ...memberRules(absLeadershipIntensiveFees2026()).map((rule) => ({ where: 'absLeadershipIntensiveFees2026', rule })),
];

describe('one ABS membership record satisfies every ABS membership condition', () => {
  it('the presets ask for ABS membership in their eligibility and their fee categories, all by the one code', () => {
    const where = new Set(conditions.map((c) => c.where));
    for (const asks of ['abs-online-group-tuesday-2026', 'abs-diversity-discussions-2026', 'absLeadershipIntensiveFees2026']) expect(where.has(asks), asks).toBe(true);
    expect(new Set(conditions.map((c) => (c.rule as { organization: string }).organization))).toEqual(new Set([ABS_ORGANIZATION]));
    expect(absCredentialingPath.steps.filter((s) => s.kind === 'membership').map((s) => s.organization)).toEqual([ABS_ORGANIZATION]);
  });

  describe('properties', () => {
    it('one ABS membership record satisfies every ABS preset and the credentialing path', () => {
      const day = fc.integer({ min: parseDays('2020-01-01'), max: parseDays('2027-12-31') });
      fc.assert(
        fc.property(day, fc.integer({ min: 0, max: 3000 }), (from, after) => {
          const membership = { organization: ABS_ORGANIZATION, from: formatDays(from) };
          const asOf = formatDays(from + after);
          for (const { where, rule } of conditions) {
            expect(checkEligibility(rule, { memberships: [membership] }, { at: asOf }).verdict, where).toBe('eligible');
          }
          const progress = credentialingProgress(absCredentialingPath, { memberships: [membership], activities: [] }, { at: asOf });
          expect(progress.steps.find((s) => s.kind === 'membership')?.met).toBe(true);
        }),
        { numRuns: 50 },
      );
    });
  });
});
