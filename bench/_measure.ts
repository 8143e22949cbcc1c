/** Runs `fn` repeatedly for at least `minMs` (after a warm-up) and returns calls per second. */
export function measure(fn: () => unknown, minMs = 400): number {
  for (let i = 0; i < 3; i++) fn();
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
