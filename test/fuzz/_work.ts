/**
 * A work counter that is not a clock: V8's precise block coverage, read
 * through the inspector, counts how many times each block of code ran. The
 * work of a call is the number of blocks of the library's own code (src/
 * and its runtime dependencies) that ran during it: the same input gives the
 * same count on any machine, under any load.
 *
 * Not counted: time inside built-ins (regular expressions, sorting), which
 * only a clock sees; the fuzzer's time limits are the safety net there.
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { BASE_BUDGET, workBudget } from './_call.js';

interface Range {
  readonly count: number;
}
interface Coverage {
  readonly result: readonly { readonly url: string; readonly functions: readonly { readonly ranges: readonly Range[] }[] }[];
}

/** URL parts of the code that counts: the library's source and its runtime dependencies. */
const LIBRARY_URL_PARTS: readonly string[] = (() => {
  const root = new URL('../../', import.meta.url);
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { dependencies?: Record<string, string> };
  return [new URL('src/', root).href, ...Object.keys(pkg.dependencies ?? {}).map((name) => `/node_modules/${name}/`)];
})();

/** Whether a script's URL is the library's code (src/ or a runtime dependency). */
export function isLibraryUrl(url: string): boolean {
  return LIBRARY_URL_PARTS.some((part) => url.includes(part));
}

/**
 * Counts blocks run in the library's code. Create one per process, call
 * {@link WorkMeter.take} before and after what is measured, and
 * {@link WorkMeter.close} when done (block counting slows code down).
 *
 * Start it before the code it measures first runs: V8 adds block counters
 * to a function when it compiles it, so a function that already ran is
 * counted once per call at most. Precise coverage is process-wide: do not
 * use this under a coverage run (set FUZZ_WORK=off), as reading the counts
 * also resets them.
 */
export class WorkMeter {
  private readonly session = new Session();
  private readonly counted = new Map<string, boolean>();

  /** `isCounted` picks the scripts whose blocks count, by URL (default: the library's). */
  constructor(private readonly isCounted: (url: string) => boolean = isLibraryUrl) {
    this.session.connect();
    this.post('Profiler.enable');
    this.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  }

  /** Whether meters can run here (not switched off by FUZZ_WORK=off). */
  static get enabled(): boolean {
    return process.env.FUZZ_WORK !== 'off';
  }

  private post(method: string, params?: object): unknown {
    let out: unknown;
    let failure: Error | null = null;
    // An in-process inspector session answers synchronously.
    this.session.post(method, params, (error: Error | null, result: unknown) => {
      failure = error;
      out = result;
    });
    if (failure !== null) throw failure;
    return out;
  }

  private counts(url: string): boolean {
    let known = this.counted.get(url);
    if (known === undefined) {
      known = this.isCounted(url);
      this.counted.set(url, known);
    }
    return known;
  }

  /** Blocks of library code run since the last call to `take` (or since the meter started), and resets the count. */
  take(): number {
    const coverage = this.post('Profiler.takePreciseCoverage') as Coverage;
    let total = 0;
    for (const script of coverage.result) {
      if (!this.counts(script.url)) continue;
      for (const fn of script.functions) for (const range of fn.ranges) total += range.count;
    }
    return total;
  }

  /** Stops counting. */
  close(): void {
    this.post('Profiler.stopPreciseCoverage');
    this.post('Profiler.disable');
    this.session.disconnect();
  }
}

/** A call that ran more library code than its budget. */
export interface OverBudget {
  readonly args: readonly unknown[];
  /** What the caller recorded with the call (e.g. its run number). */
  readonly tag: unknown;
  readonly work: number;
  readonly budget: number;
}

interface Pending {
  readonly fn: (...args: unknown[]) => unknown;
  readonly args: readonly unknown[];
  readonly result: unknown;
  readonly tag: unknown;
}

/**
 * Checks calls against their work budgets in batches, because reading the
 * counts costs milliseconds. The work of a batch (which also counts any
 * library code the fuzzer ran between calls) bounds the work of each call
 * in it, so a batch within the base budget clears them all; otherwise each
 * call of the batch is run again alone, measured, and held to its own
 * budget. Batches grow while they stay well within the base budget and
 * shrink when they do not.
 */
export class BudgetGuard {
  private pending: Pending[] = [];
  private size = 16;
  /** Calls measured one by one (after a batch went over). */
  remeasured = 0;

  /** `beforeCall` runs before each call measured again (a watchdog's heartbeat). */
  constructor(
    private readonly meter: WorkMeter,
    private readonly maxBatch = 256,
    private readonly beforeCall: () => void = () => undefined,
  ) {
    meter.take();
  }

  /** Records a call just made; returns the calls found over budget when a batch is complete. */
  record(fn: (...args: unknown[]) => unknown, args: readonly unknown[], result: unknown, tag: unknown = null): OverBudget[] {
    this.pending.push({ fn, args, result, tag });
    return this.pending.length >= this.size ? this.flush() : [];
  }

  /** Measures the calls recorded so far. */
  flush(): OverBudget[] {
    const batch = this.pending;
    this.pending = [];
    const total = this.meter.take();
    if (batch.length === 0) return [];
    if (total <= BASE_BUDGET) {
      if (total < BASE_BUDGET / 4) this.size = Math.min(this.size * 2, this.maxBatch);
      return [];
    }
    this.size = Math.max(1, this.size >> 1);
    const over: OverBudget[] = [];
    for (const { fn, args, result, tag } of batch) {
      this.beforeCall();
      this.meter.take();
      try {
        fn(...args);
      } catch {
        // The outcome was checked when the call was first made.
      }
      const work = this.meter.take();
      this.remeasured++;
      const budget = workBudget(args, result);
      if (work > budget) over.push({ args, tag, work, budget });
    }
    return over;
  }
}
