/**
 * Catches a deliberately unsound refund policy before it goes live.
 *
 * An organization writes its cancellation policy as data: tiers by days
 * before the first session, and a rule for when it cancels the group
 * itself. Two mistakes slipped in: the tiers pay more the later one cancels
 * (50% up to 30 days before, 80% up to 7 days before), and the organizer's
 * own cancellation withholds an administration fee. The testing kit finds
 * both and says, in words, which cancellation shows each one. The run is
 * deterministic (fixed seed), so this output never changes.
 *
 * Run with `npx tsx examples/unsound-refund-policy.ts`.
 */
import type { RefundPolicyInput } from 'balint-rules/refunds';
import { checkRefundPolicy } from 'balint-rules/testing';

const policy: RefundPolicyInput = {
  id: 'spring-retreat-draft',
  timeZone: 'America/New_York',
  rules: [
    {
      id: 'organizer',
      label: 'Cancelled by the organizer',
      when: { cancelledBy: 'organizer' },
      outcome: { kind: 'refund', percent: '100', withhold: { amount: '25.00', currency: 'USD' } },
    },
    { id: 'early', label: '30 days or more before', when: { receivedBy: { kind: 'days_before_first_session', days: 30 } }, outcome: { kind: 'refund', percent: '50' } },
    { id: 'late', label: '7 days or more before', when: { receivedBy: { kind: 'days_before_first_session', days: 7 } }, outcome: { kind: 'refund', percent: '80' } },
  ],
  otherwise: { kind: 'none' },
};

const check = checkRefundPolicy(policy);
console.log(`Policy "${policy.id}": ${check.ok ? 'sound' : 'UNSOUND'} (${check.numRuns} cases per law, seed ${check.seed})`);
for (const law of check.laws) {
  console.log();
  console.log(`${law.holds ? 'holds ' : 'BROKEN'}  ${law.law}`);
  console.log(`        ${law.description}`);
  if (law.precondition !== undefined) console.log(`        Precondition met: ${law.precondition.met ? 'yes' : 'no'}.`);
  if (law.counterexample !== undefined) console.log(`        Counterexample: ${law.counterexample.description}`);
}
