/**
 * Near-valid arguments: a valid argument list with one thing changed, so a
 * call gets past the first checks and the fuzz reaches deep code. One node
 * (an argument, a field, an array item) is replaced by an odd value or
 * deleted, an object gets an extra (often prototype-reaching) key, a node is
 * nested inside copies of its parent thousands of levels deep or made to
 * point back at its parent, or the argument list is cut or lengthened.
 */
import fc from 'fast-check';
import { assertNever } from '../../src/_lib/assertNever.js';
import { deepCopy, defineOwn, pathToNode } from './_structure.js';
import { keyArb, nest, oddValueArb } from './_values.js';

/** One change to an argument list; `at` picks a node (modulo the number of nodes). */
export type Mutation =
  | { readonly kind: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'add'; readonly at: number; readonly key: string; readonly value: unknown }
  | { readonly kind: 'nest'; readonly at: number; readonly up: 1 | 2; readonly depth: number }
  | { readonly kind: 'cycle'; readonly at: number }
  | { readonly kind: 'arity'; readonly count: number; readonly value: unknown };

type Box = Record<PropertyKey, unknown>;
const isContainer = (value: unknown): value is Box => typeof value === 'object' && value !== null && !ArrayBuffer.isView(value);

/** Any mutation, mostly a replacement by an odd value. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: oddValueArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key: keyArb, value: oddValueArb }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), up: fc.constantFrom(1 as const, 2 as const), depth: fc.constantFrom(50, 500, 5_000) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cycle' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('arity' as const), count: fc.integer({ min: 0, max: 5 }), value: oddValueArb }) },
);

/** The container at `path` in `root`. */
function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) value = (value as Box)[key];
  return value;
}

/** Sets `key` of `container` to `value`, as an own data property (so `__proto__` is a key, not a prototype); a fixed key (a boxed string's character) is left alone. */
function put(container: Box, key: PropertyKey, value: unknown): void {
  if (Object.getOwnPropertyDescriptor(container, key)?.configurable === false) return;
  defineOwn(container, key, value);
}

/** A shallow copy of `template` with the node at `hole` (a short relative path) replaced by `value`. */
function fill(template: unknown, hole: readonly PropertyKey[], value: unknown): unknown {
  if (hole.length === 0 || !isContainer(template)) return value;
  const copy: Box = Array.isArray(template) ? ([...(template as unknown[])] as unknown as Box) : (Object.create(Object.getPrototypeOf(template) as object | null) as Box);
  if (!Array.isArray(template)) for (const k of Object.keys(template)) defineOwn(copy, k, template[k]);
  put(copy, hole[0] as PropertyKey, fill(template[hole[0] as PropertyKey], hole.slice(1), value));
  return copy;
}

const NEST_SLOTS = 200_000;

/** How many slots `fill` copies for one level: the sizes of the containers from `template` down the `hole`. */
function slotsAlong(template: unknown, hole: readonly PropertyKey[]): number {
  let slots = 1;
  let value = template;
  for (const key of hole) {
    if (!isContainer(value)) break;
    slots += Array.isArray(value) ? value.length : Object.keys(value).length;
    value = value[key];
  }
  return slots;
}

/** `args` (deep-copied, never changed) with `mutation` applied. */
export function mutate(args: readonly unknown[], mutation: Mutation): unknown[] {
  const copy = deepCopy([...args]);
  if (mutation.kind === 'arity') {
    return mutation.count <= copy.length ? copy.slice(0, mutation.count) : [...copy, ...Array.from({ length: mutation.count - copy.length }, () => mutation.value)];
  }
  const path = pathToNode(copy, mutation.at);
  if (path.length === 0) return copy;
  const node = { path, value: at(copy, path) };
  const parent = at(copy, node.path.slice(0, -1)) as Box;
  const key = node.path[node.path.length - 1] as PropertyKey;
  switch (mutation.kind) {
    case 'replace':
      put(parent, key, mutation.value);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else if (Object.getOwnPropertyDescriptor(parent, key)?.configurable !== false) delete parent[key];
      break;
    case 'add':
      if (Array.isArray(node.value)) node.value.push(mutation.value);
      else if (isContainer(node.value)) put(node.value, mutation.key, mutation.value);
      else put(parent, key, mutation.value);
      break;
    case 'nest': {
      // Copies of an ancestor (the template), each holding the next in the node's place; the outermost replaces the ancestor.
      const up = Math.min(mutation.up, node.path.length - 1);
      if (up === 0) {
        put(parent, key, nest(node.value, mutation.depth, null));
        break;
      }
      const templatePath = node.path.slice(0, node.path.length - up);
      const hole = node.path.slice(node.path.length - up);
      const template = at(copy, templatePath);
      // Each level copies the template's containers along the hole: keep the whole nest to about 200,000 copied slots (a sparse array can be millions long).
      const depth = Math.min(mutation.depth, Math.max(1, Math.floor(NEST_SLOTS / slotsAlong(template, hole))));
      let value = node.value;
      for (let i = 0; i < depth; i++) value = fill(template, hole, value);
      put(at(copy, templatePath.slice(0, -1)) as Box, templatePath[templatePath.length - 1] as PropertyKey, value);
      break;
    }
    case 'cycle':
      put(parent, key, parent);
      break;
    default:
      return assertNever(mutation);
  }
  return copy;
}

/** Near-valid argument lists built from valid ones. */
export function nearValidArb(validArgsArb: fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown[]> {
  return fc.tuple(validArgsArb, mutationArb).map(([args, mutation]) => mutate(args, mutation));
}
