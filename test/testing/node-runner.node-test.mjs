// The kit under node's own test runner (no vitest): run by node-runner.test.ts as
// `node --import tsx --test`. The checkers return data, so any runner's assert works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkEligibilityRule, checkRefundPolicy } from '../../src/testing/index.ts';

test('a sound refund policy passes every law', () => {
  const check = checkRefundPolicy(
    {
      timeZone: 'America/New_York',
      rules: [{ when: { cancelledBy: 'organizer', reasons: ['insufficient_registrants'] }, outcome: { kind: 'refund', percent: '100' } }],
      otherwise: { kind: 'none' },
    },
    { numRuns: 50 },
  );
  assert.equal(check.ok, true);
});

test('a contradiction is caught', () => {
  const member = { kind: 'member', organization: 'ABS' };
  const check = checkEligibilityRule({ kind: 'all', rules: [member, { kind: 'not', rule: member }] });
  assert.equal(check.laws[0].holds, false);
});
