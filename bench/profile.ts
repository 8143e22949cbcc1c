/**
 * Where the registration pipeline's time goes: `npx tsx bench/profile.ts`
 * runs generated registrations through the four decisions under V8's
 * sampling profiler (warm-up pass first, then the profiled pass) and prints
 * the share of each decision's time spent validating input with zod, in
 * decimal.js, and in the decision itself with its reasons, plus garbage
 * collection. Not part of `npm run bench` (it times nothing against a
 * reference); `BENCH_PROFILE_REGISTRATIONS` sets the count (default 20,000).
 *
 * For a full profile to open in a viewer, run
 * `node --cpu-prof --import tsx bench/profile.ts` instead.
 */
import { Session, type Profiler } from 'node:inspector';
import { formatDuration, printMarkdownTable } from './_measure.js';
import { generateRegistrations } from './registrations/generate.js';
import { compilePolicies, decideWithLibrary } from './registrations/library.js';
import { seedPolicies } from './registrations/policies.js';

const COUNT = Number(process.env['BENCH_PROFILE_REGISTRATIONS'] ?? 20_000);
const DECISIONS = { eligibilityOf: 'checkEligibility (with instantToZoned)', feeOf: 'quoteFee', refundOf: 'quoteRefund', creditsOf: 'creditsFor' } as const;
const PARTS = ['zod validation', 'decimal.js', 'decision and reasons'] as const;

type Part = (typeof PARTS)[number];

function post<T>(session: Session, method: string): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result as T))));
}

const registrations = generateRegistrations(COUNT);
// As an app would: the policies compiled once (set BENCH_PROFILE_RAW=1 to profile them as plain data, validated on every call).
const policies = process.env['BENCH_PROFILE_RAW'] === '1' ? seedPolicies() : compilePolicies(seedPolicies());
for (const r of registrations) decideWithLibrary(policies, r);

const session = new Session();
session.connect();
await post(session, 'Profiler.enable');
await post(session, 'Profiler.start');
const start = performance.now();
for (const r of registrations) decideWithLibrary(policies, r);
const elapsed = performance.now() - start;
const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
session.disconnect();

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);

/** The decision and the part a sample's stack belongs to, or a label for samples outside them. */
function classify(id: number): { decision: string; part: Part } | 'gc' | 'outside' {
  const leaf = nodes.get(id);
  if (leaf?.callFrame.functionName === '(garbage collector)') return 'gc';
  let decision: string | undefined;
  let validating = false;
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const name = nodes.get(cur)?.callFrame.functionName ?? '';
    if (name === 'safeParse') validating = true;
    if (decision === undefined && Object.hasOwn(DECISIONS, name)) decision = DECISIONS[name as keyof typeof DECISIONS];
  }
  if (decision === undefined) return 'outside';
  const url = leaf?.callFrame.url ?? '';
  return { decision, part: validating ? 'zod validation' : url.includes('node_modules/decimal.js') ? 'decimal.js' : 'decision and reasons' };
}

const shares = new Map<string, number>();
let total = 0;
profile.samples?.forEach((id, i) => {
  const dt = profile.timeDeltas?.[i] ?? 0;
  const c = classify(id);
  const key = typeof c === 'string' ? c : `${c.decision}|${c.part}`;
  shares.set(key, (shares.get(key) ?? 0) + dt);
  total += dt;
});

const perRegistration = elapsed / COUNT;
const cell = (key: string): string => {
  const share = (shares.get(key) ?? 0) / total;
  return `${formatDuration(share * perRegistration)} (${(100 * share).toFixed(0)}%)`;
};
const rows = Object.values(DECISIONS).map((d) => [d, ...PARTS.map((p) => cell(`${d}|${p}`))]);
printMarkdownTable(
  `Where the time goes: ${COUNT.toLocaleString('en-US')} registrations, ${formatDuration(perRegistration)} each (sampled; per registration, share of all)`,
  ['decision', ...PARTS],
  rows,
  ['left', 'right', 'right', 'right'],
);
console.log(`\nBesides: garbage collection ${cell('gc')}, outside the four calls ${cell('outside')}.`);
