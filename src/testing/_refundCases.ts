/** Cases for the refund laws: registrations and cancellations placed around the policy's own deadlines. */
import fc from 'fast-check';
import { epochMsToInstant, instantToEpochMs } from '../_lib/instant.js';
import { ValidationError } from '../errors/ValidationError.js';
import { Dec, dec, scaleOf } from '../_lib/decimal.js';
import type { Money } from '../money/schema.js';
import { deadlineEnd, isRelativeDeadline } from '../_lib/deadline.js';
import type { Cancellation } from '../refunds/cancellation.js';
import type { RefundDeadline } from '../_lib/deadlineSchema.js';
import type { RefundPolicy } from '../refunds/schema.js';
import { moneyArbitrary } from './money.js';

const DAY = 86_400_000;

/** The currency (and minor units) every payment under the policy must be in. */
export interface MoneyShape {
  readonly currency: string;
  readonly minorUnits?: number;
}

/** A registration with what the checker needs: money and a first session (an instant). */
export interface RefundCaseRegistration {
  readonly paid: Money;
  readonly firstSessionStart: string;
  readonly sessionsAttended: number;
}

/** The money shape of the policy's fees; they must agree with each other and with `currency` when given. */
export function moneyShape(policy: RefundPolicy, currency: string | undefined): MoneyShape {
  const fees: { money: Money; path: (string | number)[] }[] = [];
  for (const [i, rule] of policy.rules.entries()) {
    if ((rule.outcome.kind === 'refund' || rule.outcome.kind === 'credit') && rule.outcome.withhold !== undefined) fees.push({ money: rule.outcome.withhold, path: ['rules', i, 'outcome', 'withhold'] });
  }
  if ((policy.otherwise.kind === 'refund' || policy.otherwise.kind === 'credit') && policy.otherwise.withhold !== undefined) fees.push({ money: policy.otherwise.withhold, path: ['otherwise', 'withhold'] });
  const first = fees[0];
  const shape: MoneyShape =
    first === undefined
      ? { currency: currency ?? 'USD' }
      : first.money.minorUnits === undefined
        ? { currency: first.money.currency }
        : { currency: first.money.currency, minorUnits: first.money.minorUnits };
  const like = { amount: '0', ...shape };
  for (const fee of fees) {
    if (fee.money.currency !== shape.currency || scaleOf(fee.money) !== scaleOf(like)) {
      throw new ValidationError('refund policy', [{ path: fee.path, code: 'custom', message: `must be in the same currency (and minor units) as the policy's other fees, ${shape.currency}` }]);
    }
  }
  if (currency !== undefined && currency !== shape.currency) {
    throw new ValidationError('law check options', [{ path: ['currency'], code: 'custom', message: `must be the currency of the policy's fees, ${shape.currency}` }]);
  }
  return shape;
}

/** Every deadline of the policy. */
export function deadlinesOf(policy: RefundPolicy): RefundDeadline[] {
  return policy.rules.flatMap((r) => [r.when.receivedBy, r.when.receivedAfter].filter((d): d is RefundDeadline => d !== undefined));
}

/** Where first sessions fall: around the policy's fixed deadlines, or in 2026. */
function firstSessionWindow(policy: RefundPolicy): [number, number] {
  const fixed = deadlinesOf(policy)
    .filter((d) => !isRelativeDeadline(d))
    .map((d) => deadlineEnd(d, policy.timeZone).endMs);
  if (fixed.length === 0) return [instantToEpochMs('2026-01-01T00:00:00Z'), instantToEpochMs('2026-12-31T00:00:00Z')];
  return [Math.min(...fixed) - 30 * DAY, Math.max(...fixed) + 200 * DAY];
}

/** Registrations in the policy's currency: small and large amounts, amounts near its fees, first sessions near its deadlines. */
export function registrationCases(policy: RefundPolicy, shape: MoneyShape): fc.Arbitrary<RefundCaseRegistration> {
  const scale = scaleOf({ amount: '0', ...shape });
  const unit = 10n ** BigInt(scale);
  const units = (max: bigint) => moneyArbitrary({ ...shape, max });
  const feeUnits = feesOf(policy).map((m) => BigInt(dec(m).times(new Dec(10).pow(scale)).toFixed(0)));
  const nearFee =
    feeUnits.length === 0
      ? units(1000n * unit)
      : fc.tuple(fc.constantFrom(...feeUnits), fc.integer({ min: -2, max: 2 })).chain(([f, d]) => moneyArbitrary({ ...shape, min: f + BigInt(d) < 0n ? 0n : f + BigInt(d), max: f + BigInt(d) < 0n ? 0n : f + BigInt(d) }));
  const [from, until] = firstSessionWindow(policy);
  return fc.record({
    paid: fc.oneof(units(10n * unit), units(2000n * unit), nearFee),
    firstSessionStart: fc.integer({ min: Math.floor(from / 60_000), max: Math.floor(until / 60_000) }).map((m) => epochMsToInstant(m * 60_000)),
    sessionsAttended: fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constantFrom(...attendanceBounds(policy))),
  });
}

function feesOf(policy: RefundPolicy): Money[] {
  return [...policy.rules.map((r) => r.outcome), policy.otherwise].flatMap((o) => ((o.kind === 'refund' || o.kind === 'credit') && o.withhold !== undefined ? [o.withhold] : []));
}

function attendanceBounds(policy: RefundPolicy): number[] {
  const out = new Set<number>([0]);
  for (const r of policy.rules) {
    const { min, max } = r.when.sessionsAttended ?? {};
    for (const n of [min, max]) if (n !== undefined) for (const k of [n - 1, n, n + 1]) if (k >= 0) out.add(k);
  }
  return [...out];
}

/** An instant near one of the policy's deadlines (placed for this first session), near the first session, or anywhere around. */
export function timeCases(policy: RefundPolicy, firstSessionMs: number): fc.Arbitrary<string> {
  const anchors = [firstSessionMs, ...deadlinesOf(policy).map((d) => deadlineEnd(d, policy.timeZone, firstSessionMs).endMs)];
  const offset = fc.oneof(fc.integer({ min: -2, max: 1 }), fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }).map((m) => m * 60_000), fc.integer({ min: -400, max: 60 }).map((d) => d * DAY));
  return fc.tuple(fc.constantFrom(...anchors), offset).map(([a, o]) => epochMsToInstant(a + o));
}

/** Pools of the cancellation's facts. */
export interface CancellationPools {
  readonly by?: readonly ('organizer' | 'registrant')[];
  readonly reasons?: readonly string[];
}

/** A cancellation of the given registration: any party and reason the policy mentions, in writing or not, at a time near its deadlines. */
export function cancellationCases(policy: RefundPolicy, registration: RefundCaseRegistration, pools: CancellationPools = {}): fc.Arbitrary<Cancellation> {
  const mentioned = [...new Set(policy.rules.flatMap((r) => r.when.reasons ?? []))];
  const reasons = pools.reasons ?? [...mentioned, 'illness'];
  return fc.record(
    {
      by: fc.constantFrom(...(pools.by ?? (['registrant', 'organizer'] as const))),
      reason: fc.constantFrom(...reasons),
      request: fc.constantFrom('cancel' as const, 'transfer' as const),
      at: timeCases(policy, instantToEpochMs(registration.firstSessionStart)),
      inWriting: fc.boolean(),
    },
    { requiredKeys: pools.reasons === undefined ? ['by', 'request', 'at', 'inWriting'] : ['by', 'reason', 'request', 'at', 'inWriting'] },
  );
}
