/** Robustness of the new commands: any mix of their options and values ends in an answer or one clean error, never a crash. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from './_run.js';

const VALUES = [
  'second Saturday', '2026-01-01', '2026-03-12 23:30', '2026-3-12 9:30', '2026-03-08 02:30', '2026-03-12T23:30:00-08:00', 'now', 'today',
  '10', '0', '-1', 'two', '11:00', '25:00', 'America/New_York', 'america/los_angeles', 'EST', 'Mars/Olympus', 'ABS', 'resident', 'residnet',
  'abs-healing-mindfulness-compassion-retreat-2026', 'abs-new-england-leadership-intensive-2026', 'abs-online-group-saturday-2026', 'ascona-prize-2026',
  'registrations.json', 'fees.json', 'me.json', 'broken.json', 'missing.json', 'registrant', 'organizer', '875', '87x5', 'firstDay=2026-10-15', '',
];
const OPTIONS = [
  '--from', '--until', '--count', '--time', '--tz', '--duration', '--year', '--svg', '--json', '--exit-code', '--policy', '--paid', '--by',
  '--in-writing', '--at', '--schedule', '--member', '--profession', '--at', '--param', '--events', '--seats', '--max-waitlist', '--no-waitlist',
  '--capacity', '--position', '--profile', '--skip', '--reason', '--sesions',
];

const argvArb = fc.tuple(
  fc.constantFrom('calendar', 'refund-timeline', 'fee', 'waitlist', 'refund'),
  fc.array(fc.oneof(fc.constantFrom(...OPTIONS), fc.constantFrom(...VALUES)), { maxLength: 14 }),
).map(([command, rest]) => [command, ...rest]);

describe('the new commands on any argv', () => {
  it('answer (exit 0 or 1, nothing on stderr) or fail cleanly (exit 2, no output, one error line or a JSON error)', () => {
    fc.assert(
      fc.property(argvArb, (argv) => {
        const ran = run(argv, { clock: { epochMs: Date.UTC(2026, 2, 12, 15), timeZone: 'America/New_York' } });
        if (ran.code === 0 || ran.code === 1) {
          expect(ran.stderr).toBe('');
          return;
        }
        expect(ran.code, ran.stderr).toBe(2);
        expect(ran.stdout).toBe('');
        if (argv.includes('--json')) expect((JSON.parse(ran.stderr) as { error: { code: string } }).error.code).toMatch(/^[a-z_]+$/);
        else expect(ran.stderr).toMatch(/^error: [^\n]+\n$/);
      }),
      { numRuns: 400 },
    );
  });
});
