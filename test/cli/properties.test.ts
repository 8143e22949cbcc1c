import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility } from '../../src/eligibility/index.js';
import { absRefundPolicy } from '../../src/presets/abs/index.js';
import { occurrences } from '../../src/recurrence/index.js';
import { quoteRefund } from '../../src/refunds/index.js';
import { describeSessionTimes, planSeries } from '../../src/schedule/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { argvArb, datesCallArb, refundCallArb, sessionsCallArb } from '../_arbitraries/cli.js';
import { eligibilityDateArb, eligibilityRuleArb, registrantProfileArb } from '../_arbitraries/eligibility.js';
import { run, type Ran } from './_run.js';

const CLOCK = { epochMs: Date.UTC(2026, 2, 12, 15), timeZone: 'America/New_York' };
const nothingBack = (q: ReturnType<typeof quoteRefund>): boolean =>
  Number(q.refund.amount) === 0 && Number(q.credit.amount) === 0 && !q.transferAllowed;

/** Whether standard error holds the JSON error `--json` asks for: `{ error: { code, message, issues } }`. */
function jsonError(stderr: string): boolean {
  try {
    const { error } = JSON.parse(stderr) as { error?: { code?: unknown; message?: unknown; issues?: unknown } };
    return typeof error?.code === 'string' && typeof error.message === 'string' && Array.isArray(error.issues);
  } catch {
    return false;
  }
}

/**
 * A run that went the way every run must: success with nothing on stderr, or
 * exit 2 with nothing on stdout and one error line on stderr (a JSON error
 * when `--json` was given before any `--`).
 */
function wellBehaved(ran: Ran, argv: readonly string[]): boolean {
  if (ran.code === 0 || ran.code === 1) return ran.stderr === '';
  const end = argv.indexOf('--');
  const json = (end < 0 ? argv : argv.slice(0, end)).includes('--json');
  const reported = json ? jsonError(ran.stderr) : /^error: [^\n]+\n$/.test(ran.stderr);
  return ran.code === 2 && ran.stdout === '' && reported && !/\bat .*:\d+:\d+/.test(ran.stderr);
}

describe('properties', () => {
  it('any argv: never throws; success writes no error, failure is exit code 2 with one error line and no output', () => {
    fc.assert(
      fc.property(argvArb, (argv) => {
        const ran = run(argv, { clock: CLOCK, stdin: '{}' });
        expect(wellBehaved(ran, argv), JSON.stringify(ran)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('dates --json lists exactly the occurrences of the rule', () => {
    fc.assert(
      fc.property(datesCallArb, (call) => {
        const ran = run([...call.argv, '--json']);
        const { rule, argv: _argv, ...bounds } = call;
        expect(ran.code, ran.stderr).toBe(0);
        expect(JSON.parse(ran.stdout)).toEqual(occurrences(rule, bounds));
      }),
      { numRuns: 200 },
    );
  });

  it('dates prints its --json dates, one a line, and the same call always prints the same', () => {
    fc.assert(
      fc.property(datesCallArb, (call) => {
        const text = run(call.argv);
        const dates = JSON.parse(run([...call.argv, '--json']).stdout) as string[];
        expect(text.stdout).toBe(dates.map((d) => `${d}\n`).join(''));
        expect(run(call.argv)).toEqual(text);
      }),
      { numRuns: 100 },
    );
  });

  it('sessions --json plans the series planSeries plans, each session shown first in the series\' zone', () => {
    fc.assert(
      fc.property(sessionsCallArb, (call) => {
        const ran = run([...call.argv, '--json']);
        expect(ran.code, ran.stderr).toBe(0);
        const plan = planSeries(call.series);
        const zones = [call.series.timeZone, ...call.showIn.filter((z) => z !== call.series.timeZone)];
        expect(JSON.parse(ran.stdout)).toEqual({
          rule: plan.rule,
          sessions: plan.sessions.map((s) => ({ ...s, times: describeSessionTimes(s, zones) })),
          skipped: plan.skipped,
        });
      }),
      { numRuns: 150 },
    );
  });

  it('sessions prints one numbered line per session, in order, then one line per date without a session', () => {
    fc.assert(
      fc.property(sessionsCallArb, (call) => {
        const plan = planSeries(call.series);
        const lines = run(call.argv).stdout.split('\n').slice(0, -1);
        expect(lines).toHaveLength(plan.sessions.length + plan.skipped.length);
        plan.sessions.forEach((s, i) => expect(lines[i]?.startsWith(`${s.index}. `)).toBe(true));
        lines.slice(plan.sessions.length).forEach((line) => expect(line.startsWith('no session on ')).toBe(true));
      }),
      { numRuns: 100 },
    );
  });

  it('refund --json is the quote quoteRefund gives for the same cancellation', () => {
    fc.assert(
      fc.property(refundCallArb, (call) => {
        const ran = run([...call.argv, '--json']);
        expect(ran.code, ran.stderr).toBe(0);
        expect(JSON.parse(ran.stdout)).toEqual(quoteRefund(absRefundPolicy(call.policy), call.registration, call.cancellation));
      }),
      { numRuns: 200 },
    );
  });

  it('refund --exit-code exits 1 exactly when nothing comes back (no cash, no credit, no transfer)', () => {
    fc.assert(
      fc.property(refundCallArb, (call) => {
        const quote = quoteRefund(absRefundPolicy(call.policy), call.registration, call.cancellation);
        expect(run([...call.argv, '--exit-code']).code).toBe(nothingBack(quote) ? 1 : 0);
        expect(run(call.argv).code).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('eligible --json is checkEligibility of the same rule and profile, and --exit-code exits 1 exactly when not eligible', () => {
    fc.assert(
      fc.property(eligibilityRuleArb(), registrantProfileArb, eligibilityDateArb, (rule, profile, asOf) => {
        const files = { 'r.json': JSON.stringify(rule), 'p.json': JSON.stringify(profile) };
        const argv = ['eligible', '--rule', 'r.json', '--profile', 'p.json', '--at', asOf];
        const expected = checkEligibility(rule, profile, { at: asOf });
        const ran = run([...argv, '--json'], { files });
        expect(ran.code, ran.stderr).toBe(0);
        expect(JSON.parse(ran.stdout)).toEqual(expected);
        expect(run([...argv, '--exit-code'], { files }).code).toBe(expected.verdict === 'eligible' ? 0 : 1);
      }),
      { numRuns: 150 },
    );
  });

  it('the clock is read only for now and today, so a call without them prints the same at any time', () => {
    fc.assert(
      fc.property(fc.oneof(datesCallArb, sessionsCallArb, refundCallArb), fc.integer({ min: 0, max: 4e12 }), (call, epochMs) => {
        const unread = run(call.argv); // the test clock fails the run if read
        expect(unread.code, unread.stderr).toBe(0);
        expect(run(call.argv, { clock: { epochMs, timeZone: 'Asia/Tokyo' } })).toEqual(unread);
      }),
      { numRuns: 100 },
    );
  });

  it('runCli does not change the argv it is given', () => {
    fc.assert(
      fc.property(fc.oneof(datesCallArb, sessionsCallArb, refundCallArb).map((c) => c.argv), argvArb, (valid, any) => {
        for (const argv of [valid, any]) {
          const copy = [...argv];
          const ran = run(deepFreeze([...argv]), { clock: CLOCK });
          expect(ran.code).not.toBe(70);
          expect(argv).toEqual(copy);
        }
      }),
      { numRuns: 100 },
    );
  });
});
