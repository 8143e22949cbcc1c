/**
 * Laws of the path to a credential, as a candidate would check them by hand
 * on their own record: what each step counts, the membership gaps, and what
 * each step says is missing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absCredentialingPath,
  credentialingProgress,
  type CredentialingRecordInput,
  type StepProgress,
} from '../../src/credentialing/index.js';
import { pathCaseArb } from '../_arbitraries/credentialing.js';

const DAY = 86_400_000;
const days = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const date = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
const month = (d: string) => d.slice(0, 7);

type Of<K extends StepProgress['kind']> = Extract<StepProgress, { kind: K }>;
const stepOf = <K extends StepProgress['kind']>(steps: readonly StepProgress[], kind: K): Of<K> => steps.find((s) => s.kind === kind) as Of<K>;
const pathStep = (id: string) => absCredentialingPath.steps.find((s) => s.id === id)!;
const kindsOf = (id: string): readonly string[] => {
  const s = pathStep(id);
  return s.kind === 'membership' ? [] : s.activityKinds;
};

const caseArb = pathCaseArb.map(({ record, extra, at }) => ({ record: { ...record, activities: [...record.activities, extra] } as CredentialingRecordInput, at }));

describe('credentialingProgress on the ABS path: laws', () => {
  it('a step counts only activities of its own kinds, each once, dated no later than the day judged', () => {
    fc.assert(
      fc.property(caseArb, ({ record, at }) => {
        const p = credentialingProgress(absCredentialingPath, record, { at });
        const byId = new Map(record.activities.map((a) => [a.id, a]));
        for (const s of p.steps) {
          expect(new Set(s.counted).size).toBe(s.counted.length);
          for (const id of s.counted) {
            const a = byId.get(id);
            expect(a, `${s.id} counted ${id}`).toBeDefined();
            expect(kindsOf(s.id)).toContain(a!.kind);
            expect(a!.date <= at).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a counting step counts what it says it counts, and is met exactly when that reaches what is required', () => {
    fc.assert(
      fc.property(caseArb, ({ record, at }) => {
        const p = credentialingProgress(absCredentialingPath, record, { at });
        for (const s of p.steps) {
          if (s.kind === 'attended_before_applying' || s.kind === 'count_in_window' || s.kind === 'series_ending_with') {
            expect(s.attended).toBe(s.counted.length);
          }
          if (s.kind === 'attended_before_applying') expect(s.met).toBe(s.attended >= s.required);
          if (s.kind === 'count_in_window') expect(s.missing).toBe(Math.max(0, s.required - s.attended));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('an intensive counts before applying only if it was before the application (or, without one, by the day judged)', () => {
    fc.assert(
      fc.property(caseArb, ({ record, at }) => {
        const p = credentialingProgress(absCredentialingPath, record, { at });
        const s = stepOf(p.steps, 'attended_before_applying');
        const applied = record.applied !== undefined && record.applied <= at ? record.applied : null;
        const expected = record.activities
          .filter((a) => kindsOf(s.id).includes(a.kind) && (applied === null ? a.date <= at : a.date < applied))
          .map((a) => a.id)
          .sort();
        expect([...s.counted].sort()).toEqual(expected);
        expect(s.applied).toBe(applied !== null);
        // Counted until the day before the application, or the day judged.
        expect(s.until).toBe(applied === null ? at : date(days(applied) - 1));
      }),
      { numRuns: 200 },
    );
  });

  it('leading counts only sessions inside the run of months it reports, and supervision only those inside the leading window', () => {
    fc.assert(
      fc.property(caseArb, ({ record, at }) => {
        const p = credentialingProgress(absCredentialingPath, record, { at });
        const leading = stepOf(p.steps, 'monthly');
        const byId = new Map(record.activities.map((a) => [a.id, a]));
        const months = leading.counted.map((id) => month(byId.get(id)!.date));
        if (leading.met) {
          for (const m of months) expect(m >= leading.window!.from && m <= leading.window!.to).toBe(true);
          // Every month of the window has a session, and only those are counted.
          expect(new Set(months).size).toBe(leading.requiredMonths);
        } else {
          expect(new Set(months).size).toBe(leading.monthsInRun);
        }
        const supervision = stepOf(p.steps, 'count_in_window');
        if (supervision.window !== null) {
          for (const id of supervision.counted) {
            const m = month(byId.get(id)!.date);
            expect(m >= supervision.window.from && m <= supervision.window.to).toBe(true);
          }
        } else {
          expect(supervision.counted).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the membership gaps are exactly the days, from the first activity to the day judged, without an ABS membership', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(fc.record({ organization: fc.constantFrom('ABS', 'Other Society'), from: fc.integer({ min: 0, max: 2100 }), length: fc.option(fc.integer({ min: 0, max: 400 })) }), { maxLength: 4 }),
        ({ record, at }, spans) => {
          const memberships = spans.map((m) => {
            const from = days('2022-01-01') + m.from;
            return { organization: m.organization, from: date(from), ...(m.length === null ? {} : { to: date(from + m.length) }) };
          });
          const p = credentialingProgress(absCredentialingPath, { ...record, memberships }, { at });
          const s = stepOf(p.steps, 'membership');
          const pathKinds = new Set(absCredentialingPath.steps.flatMap((x) => (x.kind === 'membership' ? [] : x.activityKinds)));
          const first = record.activities.filter((a) => pathKinds.has(a.kind) && a.date <= at).map((a) => a.date).sort()[0] ?? at;
          expect(s.from).toBe(first);
          expect(s.to).toBe(at);
          const member = (d: number) => memberships.some((m) => m.organization === 'ABS' && days(m.from) <= d && (m.to === undefined || d <= days(m.to)));
          const gaps: { from: string; to: string }[] = [];
          for (let d = days(first); d <= days(at); d++) {
            if (member(d)) continue;
            const last = gaps.at(-1);
            if (last !== undefined && days(last.to) === d - 1) last.to = date(d);
            else gaps.push({ from: date(d), to: date(d) });
          }
          expect(s.gaps).toEqual(gaps);
          expect(s.met).toBe(gaps.length === 0);
          expect(s.counted).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('every step explains itself under its own label, and an unmet one says what more is needed', () => {
    fc.assert(
      fc.property(caseArb, ({ record, at }) => {
        const p = credentialingProgress(absCredentialingPath, record, { at });
        for (const s of p.steps) {
          expect(s.message.startsWith(`${s.label}: `)).toBe(true);
          if (!s.met) expect(s.message).toMatch(s.kind === 'membership' ? /not a member .*; membership is needed / : /\d+ more|still needed|window is not complete yet/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
