/**
 * Valid values with one thing bent, anywhere in them: what a validator
 * must refuse or read exactly as the schema does. A path into the
 * value is picked, and the node there is replaced by an odd value, set to
 * `undefined`, removed, or given an extra key; or the value is left as it is.
 */
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
