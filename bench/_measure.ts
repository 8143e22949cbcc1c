/** Calls per second of `fn` over one round of at least `minMs`. */
function round(fn: () => unknown, minMs: number): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    calls++;
    elapsed = performance.now() - start;
  }
  return (calls * 1000) / elapsed;
}

/**
 * Calls per second of `ours` and `reference`, measured in alternating rounds
 * (after a warm-up) and taking each side's best round, so a burst of load on
 * the machine or a GC pause skews neither side's figure.
 */
export function compare(ours: () => unknown, reference: () => unknown, minMs = 200, rounds = 5): { ours: number; reference: number } {
  for (let i = 0; i < 3; i++) {
    ours();
    reference();
  }
  let best = { ours: 0, reference: 0 };
  for (let r = 0; r < rounds; r++) {
    best = { ours: Math.max(best.ours, round(ours, minMs)), reference: Math.max(best.reference, round(reference, minMs)) };
  }
  return best;
}

/** A small seeded generator, so every run benchmarks the same "random" rules. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function formatRate(perSecond: number): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M/s`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k/s`;
  return `${perSecond.toFixed(1)} /s`;
}

export interface Row {
  readonly name: string;
  readonly ours: number;
  readonly reference: number;
  readonly goal: number;
  readonly identical: boolean;
}

export function printTable(title: string, rows: readonly Row[]): void {
  console.log(`\n${title}`);
  console.log('| benchmark | balint-rules | rrule.js | ratio | goal | same output |');
  console.log('| --- | ---: | ---: | ---: | ---: | :---: |');
  for (const r of rows) {
    const ratio = r.ours / r.reference;
    console.log(`| ${r.name} | ${formatRate(r.ours)} | ${formatRate(r.reference)} | ${ratio.toFixed(1)}x | ${r.goal}x${ratio >= r.goal ? '' : ' (missed)'} | ${r.identical ? 'yes' : 'NO'} |`);
  }
}

/** The median of some numbers (the mean of the middle two for an even count; NaN for none). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A duration given in milliseconds, in the unit that reads best: `850 ns`, `4.56 µs`, `12.3 ms`, `1.23 s`. */
export function formatDuration(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`;
  if (ms >= 1e-3) return `${(ms * 1e3).toFixed(2)} µs`;
  return `${(ms * 1e6).toFixed(0)} ns`;
}

/** A size in bytes as `812 B` or `12.3 KB` (1 KB = 1024 B, as size-limit counts). */
export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Prints a markdown table with any columns; `align` gives each column's alignment (default left). */
export function printMarkdownTable(title: string, headers: readonly string[], rows: readonly (readonly string[])[], align: readonly ('left' | 'right' | 'center')[] = []): void {
  const rule = { left: '---', right: '---:', center: ':---:' } as const;
  console.log(`\n${title}`);
  console.log(`| ${headers.join(' | ')} |`);
  console.log(`| ${headers.map((_, i) => rule[align[i] ?? 'left']).join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}
