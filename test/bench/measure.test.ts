import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, median } from '../../bench/_measure.js';

describe('benchmark measurement helpers', () => {
  it('take the median of odd and even counts, and NaN of none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('write durations and sizes in the unit that reads best', () => {
    expect([0.00085, 0.00456, 12.34, 250, 1234].map(formatDuration)).toEqual(['850 ns', '4.56 µs', '12.3 ms', '250 ms', '1.23 s']);
    expect([812, 12_595].map(formatBytes)).toEqual(['812 B', '12.3 KB']);
  });

  describe('properties', () => {
    it('the median lies between the smallest and the largest value, whatever their order', () => {
      fc.assert(
        fc.property(fc.array(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), { minLength: 1, maxLength: 30 }), (values) => {
          const m = median(values);
          expect(m).toBeGreaterThanOrEqual(Math.min(...values));
          expect(m).toBeLessThanOrEqual(Math.max(...values));
          expect(median([...values].reverse()) === m).toBe(true); // === : +0 and -0 may swap places
        }),
        { numRuns: 200 },
      );
    });
  });
});
