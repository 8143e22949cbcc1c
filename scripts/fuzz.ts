/**
 * Fuzzes every public function of balint-rules (the testing kit's too) at scale, outside `npm test`:
 *
 *   npx tsx scripts/fuzz.ts [--calls N] [--seed S] [--workers W] [--only a,b] [--hang-seconds H]
 *
 * N calls in all (default 1,000,000), shared evenly between the public
 * functions, in W worker threads (default: up to 2). Each call is checked by
 * the oracle of test/fuzz/_call.ts (only the library's own errors, no input
 * or prototype mutated, plain data out, work within budget); a worker whose
 * call makes no progress for H seconds (default 60) is stopped and the call
 * reported as a hang. Prints calls per function, errors by class and code,
 * and every failure with a shrunk reproduction and the seed and path that
 * replay it. Exits with 1 if anything failed.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { processMeter } from '../test/fuzz/_meter.js'; // first: it must start before library code runs
import { PUBLIC_FUNCTIONS } from '../test/fuzz/_api.js';
import { runCampaign, functionSeed, type CampaignResult, type FoundFailure } from '../test/fuzz/_campaign.js';
import { printValue } from '../test/fuzz/_structure.js';
import { WorkMeter } from '../test/fuzz/_work.js';

interface Options {
  readonly calls: number;
  readonly seed: number;
  readonly workers: number;
  readonly only: readonly string[];
  readonly hangSeconds: number;
}

interface Job {
  readonly names: readonly string[];
  readonly perFunction: number;
  readonly seed: number;
  /** [index in `names` of the function running, its run number, calls made so far]. */
  readonly progress: SharedArrayBuffer;
}

type WorkerMessage = { readonly type: 'result'; readonly result: CampaignResult } | { readonly type: 'done' };

function parseOptions(argv: readonly string[]): Options {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const number = (flag: string, fallback: number): number => {
    const text = value(flag);
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, not ${String(text)}`);
    return n;
  };
  const only = value('--only')?.split(',').filter((n) => n !== '') ?? [];
  const unknown = only.filter((n) => !PUBLIC_FUNCTIONS.some((f) => f.name === n));
  if (unknown.length > 0) throw new Error(`not public functions: ${unknown.join(', ')}`);
  return {
    calls: number('--calls', 1_000_000),
    seed: number('--seed', Math.floor(Math.random() * 2 ** 31)),
    workers: Math.max(1, number('--workers', Math.min(2, availableParallelism()))),
    only,
    hangSeconds: number('--hang-seconds', 60),
  };
}

/** Worker side: one campaign per function, each result posted as soon as it is known. */
function work(job: Job): void {
  const progress = new Int32Array(job.progress);
  const meter = processMeter;
  job.names.forEach((name, index) => {
    const result = runCampaign(name, {
      calls: job.perFunction,
      seed: job.seed,
      meter,
      onCall: (run) => {
        Atomics.store(progress, 0, index);
        Atomics.store(progress, 1, run);
        Atomics.add(progress, 2, 1);
      },
    });
    parentPort?.postMessage({ type: 'result', result } satisfies WorkerMessage);
  });
  meter?.close();
  parentPort?.postMessage({ type: 'done' } satisfies WorkerMessage);
}

/** Starts a worker running this file under tsx's loader. */
function spawn(job: Job): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  return new Worker(code, { eval: true, workerData: job });
}

/** A hang or a crash: the call that was running, regenerated from its seed and path. */
async function stopFailure(name: string, seed: number, run: number, message: string): Promise<FoundFailure> {
  const { argumentsArb } = await import('../test/fuzz/_args.js');
  const s = functionSeed(seed, name);
  const [args] = fc.sample(argumentsArb(name), { seed: s, path: String(run), numRuns: 1 });
  return {
    name,
    signature: message,
    message,
    count: 1,
    seed: s,
    path: String(run),
    reproduction: `(as generated, not shrunk) ${printValue(args)}`,
  };
}

/** Runs `names` in one worker, restarting after a hang with the functions not yet done. */
async function runShare(names: readonly string[], options: Options, perFunction: number, results: CampaignResult[]): Promise<void> {
  let remaining = [...names];
  while (remaining.length > 0) {
    const job: Job = { names: remaining, perFunction, seed: options.seed, progress: new SharedArrayBuffer(12) };
    const progress = new Int32Array(job.progress);
    const worker = spawn(job);
    const done = new Set<string>();
    const stop = await new Promise<{ index: number; run: number; why: string } | null>((resolve) => {
      let last = -1;
      let still = 0;
      const timer = setInterval(() => {
        const calls = Atomics.load(progress, 2);
        still = calls === last && calls > 0 ? still + 1 : 0;
        last = calls;
        if (still >= options.hangSeconds) {
          clearInterval(timer);
          void worker.terminate();
          resolve({ index: Atomics.load(progress, 0), run: Atomics.load(progress, 1), why: 'hang' });
        }
      }, 1_000);
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'result') {
          results.push(message.result);
          done.add(message.result.name);
          process.stderr.write(`  ${message.result.name}: ${message.result.calls} calls, ${message.result.failures.length} kind(s) of failure\n`);
        } else {
          clearInterval(timer);
          resolve(null);
        }
      });
      worker.on('error', (error) => {
        clearInterval(timer);
        resolve({ index: Atomics.load(progress, 0), run: Atomics.load(progress, 1), why: `the worker crashed: ${error.message}` });
      });
    });
    if (stop === null) return;
    const name = remaining[stop.index] as string;
    const failure = await stopFailure(name, options.seed, stop.run, stop.why === 'hang' ? `made no progress for ${options.hangSeconds} s` : stop.why);
    results.push({ name, calls: stop.run + 1, outcomes: { [stop.why === 'hang' ? 'hang' : 'crash']: 1 }, failures: [failure], remeasured: 0 });
    remaining = remaining.filter((n) => !done.has(n) && n !== name);
  }
}

function printSummary(results: readonly CampaignResult[], options: Options, seconds: number): number {
  const sorted = [...results].sort((a, b) => (a.name < b.name ? -1 : 1));
  const total = sorted.reduce((n, r) => n + r.calls, 0);
  console.log(`\nbalint-rules fuzz: ${total.toLocaleString('en-US')} calls over ${sorted.length} public functions in ${seconds.toFixed(0)} s (seed ${options.seed}, ${options.workers} worker(s))\n`);
  console.log('| function | calls | returned | errors by class (code) | failures |');
  console.log('| --- | ---: | ---: | --- | ---: |');
  const byClass: Record<string, number> = {};
  for (const r of sorted) {
    const errors = Object.entries(r.outcomes).filter(([k]) => k !== 'returned');
    for (const [k, n] of errors) byClass[k] = (byClass[k] ?? 0) + n;
    const failed = r.failures.reduce((n, f) => n + f.count, 0);
    console.log(`| ${r.name} | ${r.calls} | ${r.outcomes.returned ?? 0} | ${errors.map(([k, n]) => `${k} ${n}`).join(', ')} | ${failed} |`);
  }
  console.log('\nErrors by class (code):');
  for (const [k, n] of Object.entries(byClass).sort((a, b) => b[1] - a[1])) console.log(`  ${k}: ${n}`);
  const remeasured = sorted.reduce((n, r) => n + r.remeasured, 0);
  console.log(`\nWork budgets: ${WorkMeter.enabled ? `checked in batches (${remeasured} calls measured one by one)` : 'not checked (FUZZ_WORK=off)'}`);
  const failures = sorted.flatMap((r) => r.failures);
  console.log(failures.length === 0 ? '\nNo failures.' : `\n${failures.length} kind(s) of failure:`);
  for (const f of failures) {
    console.log(`\n- ${f.name}: ${f.message} (${f.count} call(s))`);
    console.log(`  replay: { seed: ${f.seed}, path: "${f.path}" } on argumentsArb('${f.name}')`);
    console.log(`  shrunk arguments: ${f.reproduction || '(not shrunk: only the first few kinds per function are)'}`);
  }
  return failures.length === 0 ? 0 : 1;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const names = options.only.length > 0 ? options.only : PUBLIC_FUNCTIONS.map((f) => f.name);
  const perFunction = Math.ceil(options.calls / names.length);
  const shares = Array.from({ length: Math.min(options.workers, names.length) }, (_, w) => names.filter((_, i) => i % options.workers === w));
  console.error(`Fuzzing ${names.length} functions, ${perFunction} calls each, seed ${options.seed}...`);
  const start = performance.now();
  const results: CampaignResult[] = [];
  await Promise.all(shares.map((share) => runShare(share, options, perFunction, results)));
  process.exitCode = printSummary(results, options, (performance.now() - start) / 1000);
}

if (isMainThread) await main();
else work(workerData as Job);
