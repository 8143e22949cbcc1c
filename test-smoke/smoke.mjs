// Imports the BUILT package as ESM, through its public name and subpaths, and calls it.
import assert from 'node:assert/strict';
import * as root from 'balint-rules';
import { occurrences } from 'balint-rules/recurrence';
import { planSessions } from 'balint-rules/schedule';
import { BalintError, ValidationError } from 'balint-rules/errors';

const sessions = planSessions({
  recurrence: 'second Saturday', from: '2026-01-01', count: 8,
  startTime: '11:00', timeZone: 'America/New_York', durationMinutes: 60, firstSessionMinutes: 90,
});
assert.equal(sessions.length, 8);
assert.deepEqual(sessions[0], {
  index: 1, date: '2026-01-10', start: '2026-01-10T16:00:00.000Z', end: '2026-01-10T17:30:00.000Z',
  durationMinutes: 90, startTime: '11:00', timeZone: 'America/New_York', origin: 'rule',
});
assert.deepEqual(occurrences(root.parseRecurrence('the 4th Thursday of odd months'), { from: '2026-01-01', count: 2 }), ['2026-01-22', '2026-03-26']);
assert.equal(root.planSessions, planSessions, 'the root and the subpath export the same function');
assert.throws(() => planSessions({ recurrence: 'second Satruday', from: '2026-01-01', count: 1, startTime: '11:00', timeZone: 'UTC', durationMinutes: 60 }), (error) => error instanceof BalintError && error instanceof root.RecurrenceSyntaxError);
assert.throws(() => occurrences({ kind: 'weekly', weekdays: [] }, { from: '2026-01-01', count: 1 }), ValidationError);
const { absRefundPolicy } = await import('balint-rules/presets/abs');
assert.equal(root.absRefundPolicy, undefined, 'the root holds the core only: presets come from their subpath');
const retreat = absRefundPolicy('abs-healing-mindfulness-compassion-retreat-2026');
const { checkRefundPolicy } = await import('balint-rules/testing');
assert.equal(checkRefundPolicy(retreat, { numRuns: 20 }).ok, true, 'the testing kit runs from the built package');
const schemaIndex = JSON.parse(await (await import('node:fs/promises')).readFile(new URL(import.meta.resolve('balint-rules/schemas/index.json'))));
assert.ok(schemaIndex.schemas.some((s) => s.name === 'refund-policy'), 'the JSON Schemas ship with the package');
console.log('smoke (ESM): ok');
