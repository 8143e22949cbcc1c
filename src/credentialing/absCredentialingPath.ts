import { ABS_NAME, ABS_ORGANIZATION } from '../_lib/organizations.js';
import type { CredentialingPath } from './pathSchema.js';

/**
 * The American Balint Society's published steps to become a credentialed
 * Balint group leader, as data:
 * 1. ABS membership kept throughout (organization `'ABS'`, the code the
 *    presets' eligibility rules and fees use too: `ABS_ORGANIZATION`);
 * 2. a leadership intensive attended before applying;
 * 3. leading or co-leading a Balint group at least monthly for 2 years;
 * 4. at least 12 supervised sessions over those 2 years;
 * 5. three intensives in all, the last a credentialing intensive.
 *
 * The value is frozen. The ABS does not say whether the credentialing intensive must follow the
 * two years of leading; this path does not require it.
 *
 * @example
 * ```ts
 * import { absCredentialingPath } from 'balint-rules/credentialing';
 *
 * absCredentialingPath.steps.map((s) => s.id);
 * //=> ['membership', 'intensive_before_applying', 'leading', 'supervision', 'intensives']
 * ```
 */
export const absCredentialingPath: CredentialingPath = /* @__PURE__ */ frozen({
  name: 'ABS Credentialed Balint Group Leader',
  source: ABS_NAME,
  steps: [
    { kind: 'membership', id: 'membership', label: 'ABS membership kept throughout', organization: ABS_ORGANIZATION },
    {
      kind: 'attended_before_applying',
      id: 'intensive_before_applying',
      label: 'A leadership intensive before applying',
      activityKinds: ['leadership_intensive'],
      count: 1,
    },
    {
      kind: 'monthly',
      id: 'leading',
      label: 'Leading or co-leading a Balint group at least monthly for 2 years',
      activityKinds: ['group_led', 'group_co_led'],
      months: 24,
      perMonth: 1,
    },
    {
      kind: 'count_in_window',
      id: 'supervision',
      label: 'At least 12 supervised sessions over those 2 years',
      activityKinds: ['supervised_session'],
      count: 12,
      window: 'leading',
    },
    {
      kind: 'series_ending_with',
      id: 'intensives',
      label: 'Three intensives in all, the last a credentialing intensive',
      activityKinds: ['leadership_intensive', 'credentialing_intensive'],
      count: 3,
      lastKind: 'credentialing_intensive',
    },
  ],
});

/** Freezes a plain value all the way down, so the shared preset cannot be changed by accident. */
function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) frozen((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
