/**
 * Small mutations of valid JSON values, to probe where two validators could
 * disagree: replace a value by a tricky one, delete a key or an item, add a
 * key, or repeat an item of a list.
 */
import fc from 'fast-check';

type Path = readonly (string | number)[];

/** Values that sit on the edges of the schemas: wrong types, bounds, malformed and impossible dates, zones, decimals. */
export const TRICKY: readonly unknown[] = [
  null, true, false, 0, -1, 1, 2, 1.5, 5, 6, -6, 12, 13, 31, 32, 100, 101, 1440, 1441, 100_001, 1e21, '',
  ' ', 'x', 'monday', 'funday', 'physician', 'USD', 'usd', 'JPY', 'ABS', '250.00', '250.001', '-1', '0', '0.00', '100', '100.01', '1e3',
  '8.50', '0.25', '2026-01-10', '2026-02-29', '2024-02-29', '2026-02-30', '0000-01-01', '2026-1-10', '19:00', '24:00', '7:00',
  '2026-01-10T16:00:00Z', '2026-01-10T16:00', '2026-02-30T16:00:00Z', '9999-12-31T23:00:00-05:00', '2026-01-10T16:00:00.5Z',
  'America/New_York', 'America/Nowhere', 'UTC', 'Etc/GMT+5', 'en', 'en-US', 'e', 'medicine', 'group_led', 'snake_case', 'Not Snake',
  'https://example.org/', 'not a uri', 'a\u0001b', '\uD800', '😀', '😀'.repeat(101), 'x'.repeat(201), [], {}, [1], ['x'],
];

/** Every path to a node of `value`, the root included. */
export function nodePaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => nodePaths(item, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) nodePaths(v, [...path, k], out);
  return out;
}

/** `root` with the node at `path` replaced by `f(node)` (`undefined` removes it), copying only along the path. */
export function update(root: unknown, path: Path, f: (node: unknown) => unknown): unknown {
  if (path.length === 0) return f(root);
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    const next = update(copy[head as number], rest, f);
    if (next === undefined) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  const copy = { ...(root as Record<string, unknown>) };
  const next = update(copy[head as string], rest, f);
  if (next === undefined) delete copy[head as string];
  else copy[head as string] = next;
  return copy;
}

/** `root` with `value` at `path` (`undefined` removes the node). */
export const setAt = (root: unknown, path: Path, value: unknown): unknown => update(root, path, () => value);

export type Mutation = 'replace' | 'delete' | 'add' | 'repeat';

/** Applies one mutation at the `pick`-th node (modulo the number of nodes). */
export function mutate(value: unknown, pick: number, mutation: Mutation, tricky: unknown, key: string): unknown {
  const paths = nodePaths(value);
  const path = paths[pick % paths.length] as Path;
  return update(value, path, (node) => {
    switch (mutation) {
      case 'replace':
        return tricky;
      case 'delete':
        return path.length === 0 ? tricky : undefined;
      case 'add':
        if (Array.isArray(node)) return [...node, tricky];
        if (typeof node === 'object' && node !== null) return { ...node, [key]: tricky };
        return tricky;
      case 'repeat':
        return Array.isArray(node) && node.length > 0 ? [...node, node[pick % node.length]] : tricky;
      default:
        return mutation satisfies never;
    }
  });
}

/** Keys to add: unknown ones and common ones of the schemas. */
const KEYS = ['extra', 'label', 'id', 'until', 'count', 'maxWaitlist', 'minorUnits', 'inclusive', 'firstRegistrants', 'hours', 'activities', 'to', 'end'];

/** A mutation of a value drawn from `valid`. */
export function mutatedArb(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), fc.constantFrom<Mutation>('replace', 'delete', 'add', 'repeat'), fc.constantFrom(...TRICKY), fc.constantFrom(...KEYS))
    .map(([value, pick, mutation, tricky, key]) => mutate(value, pick, mutation, tricky, key));
}
