/**
 * 100,000 generated registrations through eligibility, fee quote, refund
 * quote and credits, with the library (validating each registration's input
 * and giving its reasons, under policies compiled once as an app would) and
 * with a plain baseline written in this folder (numbers and epoch
 * milliseconds, no validation, no reasons). The library's first pass over
 * the list checks every registration's answers (eligible, price, refund,
 * AAFP and APA credits) against the baseline's, and warms both up.
 *
 * Timing: the two sides take turns, a pass of the baseline then a pass of
 * the library, for several rounds, and each side's figure is its best pass.
 * This machine has slow spells of some seconds in which every pass takes up
 * to half as long again; taking turns gives both sides the same stretch of
 * time to find their best pass in, and the ratio of each round (printed
 * below the table) pairs passes taken one after the other. The same
 * decisions under the policies as plain data (validated on every call) are
 * timed over a slice, and so is each decision on its own, in turns with its
 * own baseline (which gets three passes a turn there).
 *
 * `BENCH_REGISTRATIONS=20000 npm run bench` runs a smaller list;
 * `BENCH_ROUNDS` sets the number of rounds (8 by default).
 */
import { decidePlainly, plainCredits, plainEligible, priceCents, refundCents } from './registrations/baseline.js';
import { disagreements, type Disagreement } from './registrations/agree.js';
import { EARLY_BIRD_END_MS, generateRegistrations, type Registration } from './registrations/generate.js';
import { compilePolicies, creditsOf, decideWithLibrary, eligibilityOf, feeOf, paidFor, refundOf } from './registrations/library.js';
import { seedPolicies } from './registrations/policies.js';
import { formatDuration, printMarkdownTable } from './_measure.js';

/** A whole number of at least 1 from the environment variable `name`, or `fallback` when it is not set. */
function setting(name: string, fallback: number): number {
  const text = process.env[name];
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${name}=${String(text)}: expected a whole number of at least 1`);
    process.exit(2);
  }
  return value;
}

const COUNT = setting('BENCH_REGISTRATIONS', 100_000);
const ROUNDS = setting('BENCH_ROUNDS', 8);
const SLICE = Math.min(COUNT, 10_000);
const GOAL_RATIO = 10;
const GOAL_TOTAL_MS = 1000;

const registrations = generateRegistrations(COUNT);
const rawPolicies = seedPolicies();
const policies = compilePolicies(rawPolicies);

type Decide<T> = (item: T, index: number) => unknown;

/** One timed pass of `fn` over `items`, in ms. */
function pass<T>(items: readonly T[], fn: Decide<T>): number {
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < items.length; i++) if (fn(items[i] as T, i) !== undefined) sink++;
  const ms = performance.now() - start;
  if (sink < 0) console.log(sink);
  return ms;
}

/** The library and its baseline in turns, `rounds` times (the baseline first, `baselinePasses` passes a turn): each side's best pass, in ms, and the ratio of each round. */
function inTurns<T>(items: readonly T[], library: Decide<T>, baseline: Decide<T>, rounds: number, baselinePasses = 1) {
  let ours = Infinity;
  let reference = Infinity;
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let base = Infinity;
    for (let p = 0; p < baselinePasses; p++) base = Math.min(base, pass(items, baseline));
    const lib = pass(items, library);
    ratios.push(lib / base);
    reference = Math.min(reference, base);
    ours = Math.min(ours, lib);
  }
  return { ours, reference, ratios };
}

// Answers first, compared registration by registration, before anything is timed (decisions are not kept: each carries all its reasons); this pass also warms up both sides.
const plain = registrations.map(decidePlainly);
const mismatches: { id: number; differences: Disagreement[] }[] = [];
const firstStart = performance.now();
registrations.forEach((r, i) => {
  const differences = disagreements(decideWithLibrary(policies, r), plain[i] as (typeof plain)[number]);
  if (differences.length > 0) mismatches.push({ id: r.id, differences });
});
const firstPassMs = performance.now() - firstStart;
const same = mismatches.length === 0;

const whole = inTurns(registrations, (r) => decideWithLibrary(policies, r), decidePlainly, ROUNDS);
const libraryMs = whole.ours;
const baselineMs = whole.reference;

// Each decision on its own, over a slice, with what was paid fixed beforehand; the baseline gets a few passes a turn (its passes over a slice are short, and so more easily disturbed).
const slice: readonly Registration[] = registrations.slice(0, SLICE);
const raw = inTurns(slice, (r) => decideWithLibrary(rawPolicies, r), decidePlainly, 2, 3);
const paid = slice.map((r) => paidFor(feeOf(policies, r)));
const paidCents = slice.map(priceCents);
const decisions: { name: string; library: Decide<Registration>; baseline: Decide<Registration> }[] = [
  { name: 'checkEligibility (compiled rule; on the local date: instantToZoned)', library: (r) => eligibilityOf(policies, r), baseline: plainEligible },
  { name: 'quoteFee (compiled, 4 categories, early bird)', library: (r) => feeOf(policies, r), baseline: priceCents },
  { name: 'quoteRefund (compiled, in writing by the deadline, $100 withheld)', library: (r, i) => refundOf(policies, r, paid[i] as (typeof paid)[number]), baseline: (r, i) => refundCents(r, paidCents[i] as number) },
  { name: 'creditsFor (compiled, 8 sessions, AAFP + APA)', library: (r) => creditsOf(policies, r), baseline: plainCredits },
];

const perRegistration = (ms: number, n: number): number => ms / n;
const ratioText = (ours: number, reference: number): string => `${(ours / reference).toFixed(1)}x`;
const rows: string[][] = [
  [
    `all four decisions, compiled policies, ${COUNT.toLocaleString('en-US')} registrations`,
    formatDuration(perRegistration(libraryMs, COUNT)),
    formatDuration(perRegistration(baselineMs, COUNT)),
    ratioText(libraryMs, baselineMs),
    `${GOAL_RATIO}x${libraryMs / baselineMs <= GOAL_RATIO ? '' : ' (missed)'}`,
    formatDuration(libraryMs),
    `< ${formatDuration(GOAL_TOTAL_MS)}${libraryMs < GOAL_TOTAL_MS ? '' : ' (missed)'}`,
    formatDuration(baselineMs),
    same ? 'yes' : 'NO',
  ],
  [
    `the same, policies as plain data (validated on every call), over ${SLICE.toLocaleString('en-US')}`,
    formatDuration(perRegistration(raw.ours, SLICE)),
    formatDuration(perRegistration(raw.reference, SLICE)),
    ratioText(raw.ours, raw.reference),
    '',
    `(${formatDuration((raw.ours * COUNT) / SLICE)})`,
    '',
    `(${formatDuration((raw.reference * COUNT) / SLICE)})`,
    '',
  ],
];
for (const d of decisions) {
  const { ours, reference } = inTurns(slice, d.library, d.baseline, 3, 3);
  const scale = COUNT / SLICE;
  rows.push([
    `${d.name}, over ${SLICE.toLocaleString('en-US')}`,
    formatDuration(perRegistration(ours, SLICE)),
    formatDuration(perRegistration(reference, SLICE)),
    ratioText(ours, reference),
    '',
    `(${formatDuration(ours * scale)})`,
    '',
    `(${formatDuration(reference * scale)})`,
    '',
  ]);
}

printMarkdownTable(
  'Registrations: eligibility, fee, refund and credits per registration, against a plain baseline (lower is better)',
  ['decisions', 'balint-rules', 'baseline', 'ratio', 'goal', `total, ${COUNT.toLocaleString('en-US')}`, 'goal', `baseline, ${COUNT.toLocaleString('en-US')}`, 'same answers'],
  rows,
  ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'center'],
);
const firstPassNote = `first pass, JIT warm-up and the comparison included: ${formatDuration(firstPassMs)}`;
const ratios = whole.ratios.map((r) => `${r.toFixed(1)}x`).join(', ');
const count = (test: (d: (typeof plain)[number], i: number) => boolean): string => plain.filter(test).length.toLocaleString('en-US');
const mix = `${count((d) => d.eligible)} eligible, ${count((_, i) => Date.parse((registrations[i] as Registration).registeredAt) < EARLY_BIRD_END_MS)} at the early-bird price, ${count((d) => d.refundCents > 0)} refunds, ${count((d) => d.aafpHundredths === 850)} with full credit`;
console.log(`\n${COUNT.toLocaleString('en-US')} registrations checked against the baseline (${mix}; ${firstPassNote}). Totals in parentheses are per-decision times scaled to the whole list.`);
console.log(
  `First row: each side's best of ${ROUNDS} passes, taken in turns; the library's pass against the baseline's, round by round: ${ratios}. Rows over a slice: the library's best of 2 (plain data) or 3 turns, the baseline's best of 3 passes a turn.`,
);
if (!same) {
  console.error(`The library and the baseline disagree on ${mismatches.length} registration(s), e.g.:`);
  for (const m of mismatches.slice(0, 5)) console.error(`  #${m.id}: ${m.differences.map((d) => `${d.field} library ${d.library}, baseline ${d.baseline}`).join('; ')}`);
  process.exitCode = 1;
}
