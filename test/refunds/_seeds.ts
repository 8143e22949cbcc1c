/**
 * The cancellation policies of the American Balint Society's pages (seed
 * 003), written as data exactly as the pages state them.
 */
import type { RefundPolicyInput } from '../../src/refunds/index.js';

export const usd = (amount: string) => ({ amount, currency: 'USD' });

/** "If cancelled by the ABS or hosts due to insufficient registrants, those registered will receive their money back. Otherwise, no return of fee is possible, including in the event of registrant's partial attendance or inability to complete the sequence of sessions." */
export const onlineGroups: RefundPolicyInput = {
  id: 'abs-online-groups',
  label: 'ABS online Balint groups',
  timeZone: 'America/New_York',
  rules: [
    {
      id: 'insufficient-registrants',
      label: 'Cancelled by the ABS or hosts for insufficient registrants',
      when: { cancelledBy: 'organizer', reasons: ['insufficient_registrants'] },
      outcome: { kind: 'refund', percent: '100' },
    },
  ],
  otherwise: { kind: 'none' },
};

/** "... must do so in writing by the cancellation deadline of <date>. For cancellations received by the cancellation date, $100 of the registration fee will be withheld for administrative fees and the refund will be issued within 30 days of acknowledgment of the cancellation. For cancellations received after the cancellation date, no refunds will be available." */
function writtenDeadlinePolicy(id: string, deadline: string, timeZone: string): RefundPolicyInput {
  return {
    id,
    timeZone,
    rules: [
      {
        id: 'by-deadline',
        label: 'Cancelled in writing by the cancellation deadline',
        when: { cancelledBy: 'registrant', inWriting: true, receivedBy: { kind: 'date', date: deadline } },
        outcome: { kind: 'refund', percent: '100', withhold: usd('100.00'), due: { days: 30, after: 'acknowledgement' } },
      },
    ],
    otherwise: { kind: 'none' },
  };
}

export const retreat = writtenDeadlinePolicy('healing-mindfulness-compassion-retreat-2026', '2026-03-12', 'America/Los_Angeles');
export const newEngland = writtenDeadlinePolicy('new-england-leadership-intensive-2026', '2026-09-15', 'America/New_York');
