// Requires the BUILT package as CommonJS, through its public name and subpaths, and calls it.
const assert = require('node:assert/strict');
const root = require('balint-rules');
const { occurrences } = require('balint-rules/recurrence');
const { planSessions } = require('balint-rules/schedule');
const { BalintError, ValidationError } = require('balint-rules/errors');

const sessions = planSessions({
  recurrence: 'second Tuesday', from: '2026-02-01', count: 10,
  startTime: '19:00', timeZone: 'America/New_York', durationMinutes: 60, firstSessionMinutes: 90,
});
assert.equal(sessions.length, 10);
assert.equal(sessions.at(-1).date, '2026-11-10');
assert.deepEqual(occurrences({ kind: 'nth_weekday', weekday: 'monday', ordinals: [4], months: [2, 4, 6, 8, 10, 12] }, { from: '2026-01-01', count: 2 }), ['2026-02-23', '2026-04-27']);
assert.equal(root.planSessions, planSessions, 'the root and the subpath export the same function');
assert.throws(() => planSessions({ recurrence: 'second Saturday', from: '2026-01-01', count: 1, startTime: '11:00', timeZone: 'Nowhere/City', durationMinutes: 60 }), (error) => error instanceof BalintError && error instanceof ValidationError && error instanceof root.ValidationError);
const { checkRefundPolicy } = require('balint-rules/testing');
const { absRefundPolicy } = require('balint-rules/presets/abs');
assert.equal(checkRefundPolicy(absRefundPolicy('abs-new-england-leadership-intensive-2026'), { numRuns: 20 }).ok, true);
console.log('smoke (CommonJS): ok');
