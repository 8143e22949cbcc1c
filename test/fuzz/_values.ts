/**
 * fast-check arbitraries for hostile values: anything JSON-like and a bit
 * more (null-prototype objects, sparse arrays, boxed values, dates, maps,
 * big integers, symbols), strings with odd Unicode, huge and non-finite
 * numbers, keys that reach prototypes (`__proto__`, `constructor`,
 * `prototype`), values nested thousands of levels deep, and long strings of
 * repeated tokens.
 */
import fc from 'fast-check';
import { defineOwn } from './_structure.js';

/** Keys that reach an object's prototype or shadow its methods. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Keys that trip naive code: prototype keys, method names, `then`, `length`, the empty key and the library's own discriminants. */
export const TRICKY_KEYS = [
  ...PROTOTYPE_KEYS,
  'toString',
  'valueOf',
  'toJSON',
  'hasOwnProperty',
  'then',
  'length',
  '',
  'kind',
  'type',
  'amount',
  'currency',
] as const;

/** An object key: a tricky one, a short one, or any string. */
export const keyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** Numbers at and past every edge: non-finite, negative zero, unsafe integers, tiny fractions. */
export const oddNumberArb: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    -1,
    1,
    0.5,
    1e21,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    -Number.MAX_SAFE_INTEGER - 2,
    Number.MIN_VALUE,
    Number.EPSILON,
    2 ** 31,
    2 ** 32,
    -(2 ** 31),
    8.64e15,
    8.64e15 + 1,
  ),
  fc.double(),
  fc.integer(),
);

/** Text that looks almost right to the library's schemas, or is odd Unicode. */
const ODD_TEXTS = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\u202E',
  '\uFEFF',
  '\u200D',
  'İ',
  'ß',
  'e\u0301',
  '👩‍⚕️',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x10',
  '00',
  '-',
  '.',
  '1.',
  '.5',
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '+275760-09-13',
  '2026-02-29T24:00Z',
  '2026-01-10T16:00:00.000Z',
  '2026-01-10T16:00:00.123456789+14:00',
  '-271821-04-20T00:00:00.000Z',
  '9999-12-31T23:59:59.999-23:59',
  '0001-01-01T00:00:00.000+23:59',
  '24:00',
  '23:60',
  '02:30',
  'America/New_York',
  'america/new_york',
  'America/Nowhere',
  'Etc/GMT+14',
  'UTC',
  'Z',
  'USD',
  'usd',
  'XXX',
  'JPY',
  'BHD',
  '__proto__',
  'constructor',
  '[object Object]',
  'the 4th Thursday of odd months',
  'FREQ=MONTHLY;BYDAY=2SA',
] as const;

/** Odd strings: edge texts, repeats of them, binary and grapheme noise. */
export const oddStringArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ODD_TEXTS) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ODD_TEXTS, '9', 'a', 'and ', '1,'), fc.integer({ min: 2, max: 5_000 })).map(([t, n]) => t.repeat(n)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);

/** One odd primitive (or a symbol, or a big integer). */
export const oddScalarArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: oddNumberArb },
  { weight: 4, arbitrary: oddStringArb },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, true, false) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(Symbol('fuzz'), Symbol.iterator, 10n ** 30n, -1n) },
);

/** Anything: JSON-like values with odd leaves and tricky keys, plus the exotic objects fast-check can make. */
export const anythingArb: fc.Arbitrary<unknown> = fc.anything({
  key: keyArb,
  values: [oddScalarArb],
  maxDepth: 4,
  withNullPrototype: true,
  withBoxedValues: true,
  withSparseArray: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withBigInt: true,
  withObjectString: true,
});

/** An object with an own prototype key (as `JSON.parse('{"__proto__": ...}')` makes), holding a would-be polluter. */
export const prototypeKeyObjectArb: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom<unknown>({ polluted: true }, { prototype: { polluted: true } }, null, 'polluted'))
  .map(([key, value]) => {
    const object = {};
    defineOwn(object, key, value);
    return object;
  });

/** `inner` wrapped `depth` times in an array or in an object under `key`. */
export function nest(inner: unknown, depth: number, key: string | null): unknown {
  let value = inner;
  for (let i = 0; i < depth; i++) {
    if (key === null) value = [value];
    else {
      const box = {};
      defineOwn(box, key, value);
      value = box;
    }
  }
  return value;
}

/** Arrays or objects nested 100 to 20,000 levels deep. */
export const deepArb: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(100, 1_000, 5_000, 20_000), fc.constantFrom(null, 'rules', 'rule', 'a', '__proto__'), oddScalarArb)
  .map(([depth, key, leaf]) => nest(leaf, depth, key));

/** One odd value of any sort: the replacement in a near-valid input. */
export const oddValueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: oddScalarArb },
  { weight: 3, arbitrary: anythingArb },
  { weight: 1, arbitrary: prototypeKeyObjectArb },
  { weight: 1, arbitrary: deepArb },
);
