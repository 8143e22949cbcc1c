/**
 * Whether the library and the baseline give the same answers: eligible, the
 * price, the refund, and the AAFP and APA credits, compared as the
 * library's decimal strings.
 */
import type { PlainDecision } from './baseline.js';
import type { LibraryDecision } from './library.js';

/** `87500` -> `'875.00'`: cents or hundredths as a two-decimal string. */
export function hundredthsText(n: number): string {
  const whole = Math.floor(n / 100);
  return `${whole}.${String(n - whole * 100).padStart(2, '0')}`;
}

/** One answer on which the two sides differ. */
export interface Disagreement {
  readonly field: 'eligible' | 'price' | 'refund' | 'aafp_prescribed' | 'apa_ce';
  readonly library: string;
  readonly baseline: string;
}

function creditsOf(d: LibraryDecision, id: string): string {
  return d.credits.systems[id]?.credits ?? 'missing';
}

/** The answers on which the library and the baseline differ for one registration (empty when they agree). */
export function disagreements(library: LibraryDecision, baseline: PlainDecision): Disagreement[] {
  const pairs: [Disagreement['field'], string, string][] = [
    ['eligible', String(library.eligibility.verdict === 'eligible'), String(baseline.eligible)],
    ['price', library.fee.price?.amount ?? 'none', hundredthsText(baseline.priceCents)],
    ['refund', library.refund.refund.amount, hundredthsText(baseline.refundCents)],
    ['aafp_prescribed', creditsOf(library, 'aafp_prescribed'), hundredthsText(baseline.aafpHundredths)],
    ['apa_ce', creditsOf(library, 'apa_ce'), hundredthsText(baseline.apaHundredths)],
  ];
  return pairs.filter(([, l, b]) => l !== b).map(([field, l, b]) => ({ field, library: l, baseline: b }));
}
