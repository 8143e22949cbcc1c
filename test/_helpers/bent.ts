/**
 * Valid values with one thing bent, anywhere in them: what a fast
 * validation path must hand on to zod rather than accept. A path into the
 * value is picked, and the node there is replaced by an odd value, set to
 * `undefined`, removed, or given an extra key; or the value is left as it is.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';

type Box = Record<string, unknown>;

const ODD: readonly unknown[] = [
  0, -1, -0, 1.5, 13, 99, 1441, 2 ** 53, Number.NaN, Infinity, '', 'x', ' ABS', 'ABS ', 'en_US', 'Medicine', null, true, [], {}, [0], [1, 1],
  '2026-02-30', '2026-7-31', '0000-01-01', '2026-07-31T24:00:00Z', '2026-07-31T20:00:00', '2026-07-31T20:00:00.1234567890Z', '2026-07-31T20:00+04:00',
  '250.005', '-1.00', '1e3', 'usd', 'USDX', 'physician ', 'full', 'partial', 'absent', 'registrant', 'organizer', 'cancel', 'transfer',
];

/** Every path (list of keys) to a node of `value`, the root included. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) paths((value as Box)[key], [...prefix, key], out);
  return out;
}

/** A deep copy of plain data with `change` applied to the node at `path` (its parent and key given). */
function edit(value: unknown, path: readonly (string | number)[], change: (parent: Box, key: string | number) => void): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return copy;
  let parent = copy as Box;
  for (const key of path.slice(0, -1)) parent = parent[key as string] as Box;
  change(parent, path[path.length - 1] as string | number);
  return copy;
}

/** `value` as it is, or with one node bent (see the module comment). */
export function bentArb(value: unknown): fc.Arbitrary<unknown> {
  const all = paths(value);
  const odd = fc.oneof(fc.constantFrom(...ODD), fc.anything({ maxDepth: 1 }));
  const at = fc.constantFrom(...all);
  return fc.oneof(
    fc.constant(value),
    fc.tuple(at, odd).map(([path, v]) => (path.length === 0 ? v : edit(value, path, (parent, key) => void (parent[key as string] = v)))),
    at.map((path) => edit(value, path, (parent, key) => void (parent[key as string] = undefined))),
    at.map((path) => edit(value, path, (parent, key) => (Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key as string]))),
    fc.tuple(at, fc.constantFrom('extra', 'minorUnits', 'from', 'reason'), odd).map(([path, key, v]) =>
      edit(value, [...path, key], (parent, k) => {
        if (parent !== null && typeof parent === 'object' && !Array.isArray(parent)) parent[k as string] = v;
      }),
    ),
  );
}

/** A zod schema as the fast-path law reads it. */
interface Schema {
  safeParse(value: unknown): { success: boolean; data?: unknown };
}

/**
 * The law of a fast validation path: on valid values of `valid` and on
 * those values bent, whatever `fast` accepts the schema accepts too, and
 * `fast` returns exactly what zod returns (`expected` reads that from zod's
 * output), keys in the same order; and every valid value is accepted.
 */
export function assertFastPath(fast: (value: unknown) => unknown, schema: Schema, valid: fc.Arbitrary<unknown>, options: { numRuns?: number; expected?: (data: unknown) => unknown } = {}): void {
  const expected = options.expected ?? ((data: unknown) => data);
  const agrees = (value: unknown, accepted: unknown): void => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new Error(`the fast path accepted what the schema rejects: ${JSON.stringify(value)}`);
    const want = expected(parsed.data);
    if (!isDeepStrictEqual(accepted, want)) throw new Error(`the fast path returned ${JSON.stringify(accepted)}, zod ${JSON.stringify(want)}`);
    if (want !== null && typeof want === 'object' && JSON.stringify(Object.keys(want)) !== JSON.stringify(Object.keys(accepted as object))) throw new Error('keys in another order');
  };
  fc.assert(
    fc.property(valid.chain(bentArb), (value) => {
      const accepted = fast(value);
      if (accepted !== undefined) agrees(value, accepted);
    }),
    { numRuns: options.numRuns ?? 2000 },
  );
  fc.assert(
    fc.property(valid, (value) => {
      const accepted = fast(value);
      if (accepted === undefined) throw new Error(`the fast path left a valid value to zod: ${JSON.stringify(value)}`);
      agrees(value, accepted);
    }),
    { numRuns: 200 },
  );
}
