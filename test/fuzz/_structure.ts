/**
 * Structure helpers for fuzzing: copy, compare and weigh any value the
 * fuzzer makes (plain and null-prototype objects, own `__proto__` keys,
 * sparse arrays, NaN and -0, cycles, dates, maps, sets, boxed values, typed
 * arrays), without recursion, so a value nested 100,000 levels deep is
 * handled like any other.
 */

import fc from 'fast-check';

type Box = Record<PropertyKey, unknown>;

const isObject = (value: unknown): value is object => (typeof value === 'object' && value !== null) || typeof value === 'function';

/** Defines an own data property, even one named `__proto__`, without invoking setters. */
export function defineOwn(target: object, key: PropertyKey, value: unknown): void {
  // Plain assignment is much faster and only differs for `__proto__` (a setter) and for keys not yet writable.
  if (key !== '__proto__' && Object.prototype.hasOwnProperty.call(target, key) === false && (Array.isArray(target) || Object.getPrototypeOf(target) === Object.prototype || Object.getPrototypeOf(target) === null)) {
    (target as Record<PropertyKey, unknown>)[key] = value;
    return;
  }
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** A fresh, empty object of the same kind as `value` (its contents are copied by the caller). */
function shell(value: object): object {
  if (Array.isArray(value)) return new Array<unknown>(value.length);
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof Map) return new Map();
  if (value instanceof Set) return new Set();
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const typed = value as unknown as { constructor: new (source: unknown) => object };
    return new typed.constructor(value);
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) return Object(value.valueOf()) as object;
  if (typeof value === 'function') return value;
  return Object.create(Object.getPrototypeOf(value) as object | null) as object;
}

/**
 * A deep copy of `value`: same shapes, same prototypes, same own enumerable
 * keys (an own `__proto__` stays an own key), cycles preserved. Functions
 * and symbols are shared, not copied.
 */
export function deepCopy<T>(value: T): T {
  if (!isObject(value) || typeof value === 'function') return value;
  const copies = new Map<object, object>();
  const root = shell(value);
  copies.set(value, root);
  const stack: [object, object][] = [[value, root]];
  const copyOf = (item: unknown): unknown => {
    if (!isObject(item) || typeof item === 'function') return item;
    const known = copies.get(item);
    if (known !== undefined) return known;
    const fresh = shell(item);
    copies.set(item, fresh);
    stack.push([item, fresh]);
    return fresh;
  };
  while (stack.length > 0) {
    const [source, target] = stack.pop() as [object, object];
    if (source instanceof Map) for (const [k, v] of source) (target as Map<unknown, unknown>).set(copyOf(k), copyOf(v));
    if (source instanceof Set) for (const v of source) (target as Set<unknown>).add(copyOf(v));
    if (ArrayBuffer.isView(source)) continue;
    for (const key of Object.keys(source)) {
      if (Object.getOwnPropertyDescriptor(target, key)?.configurable === false) continue; // a boxed string's characters, an array's length
      defineOwn(target, key, copyOf((source as Box)[key]));
    }
  }
  return root as T;
}

function sameLeaf(a: object, b: object): boolean {
  if (a instanceof Date) return b instanceof Date && Object.is(a.getTime(), b.getTime());
  if (a instanceof Number || a instanceof String || a instanceof Boolean) return Object.is(a.valueOf(), (b as { valueOf(): unknown }).valueOf());
  if (ArrayBuffer.isView(a) && !(a instanceof DataView)) {
    const x = a as unknown as ArrayLike<unknown>;
    const y = b as unknown as ArrayLike<unknown>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
  }
  return true;
}

/**
 * Whether `a` and `b` have the same structure: `Object.is` on primitives,
 * same prototypes, same own enumerable keys in the same order, same array
 * lengths and holes, same map entries and set members in the same order.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  const seen = new Map<object, object>();
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop() as [unknown, unknown];
    if (!isObject(x) || !isObject(y)) {
      if (!Object.is(x, y)) return false;
      continue;
    }
    if (typeof x === 'function' || typeof y === 'function') {
      if (x !== y) return false;
      continue;
    }
    const paired = seen.get(x);
    if (paired !== undefined) {
      if (paired !== y) return false;
      continue;
    }
    seen.set(x, y);
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y) || Array.isArray(x) !== Array.isArray(y) || !sameLeaf(x, y)) return false;
    if (Array.isArray(x) && x.length !== (y as unknown[]).length) return false;
    if (x instanceof Map || x instanceof Set) {
      const xs = [...(x as Map<unknown, unknown>).entries()];
      const ys = [...(y as Map<unknown, unknown>).entries()];
      if (xs.length !== ys.length) return false;
      xs.forEach((entry, i) => stack.push([entry, ys[i]]));
    }
    if (ArrayBuffer.isView(x)) continue;
    const xk = Object.keys(x);
    const yk = Object.keys(y);
    if (xk.length !== yk.length) return false;
    for (let i = 0; i < xk.length; i++) {
      const key = xk[i] as string;
      if (key !== yk[i]) return false;
      stack.push([(x as Box)[key], (y as Box)[key]]);
    }
  }
  return true;
}

/**
 * The size of a value, counted once per node and once per character of a
 * string or key: the yardstick of the work budget (a call may do work in
 * proportion to what it reads and what it returns).
 */
export function weight(value: unknown): number {
  let total = 0;
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    total++;
    if (typeof item === 'string') total += item.length;
    if (!isObject(item) || typeof item === 'function' || seen.has(item)) continue;
    seen.add(item);
    if (item instanceof Error) {
      total += item.message.length;
      continue;
    }
    if (item instanceof Map || item instanceof Set) for (const entry of (item as Map<unknown, unknown>).entries()) stack.push(...entry);
    if (ArrayBuffer.isView(item)) {
      total += item.byteLength;
      continue;
    }
    if (Array.isArray(item)) total += item.length;
    for (const key of Object.keys(item)) {
      total += key.length;
      stack.push((item as Box)[key]);
    }
  }
  return total;
}

/**
 * The path of the `at`-th node of `value` (breadth first, counting at most
 * `limit` nodes, modulo how many there are; the root, whose path is empty,
 * only if `withRoot` or if there is no other node).
 * Paths are rebuilt from parent links, so a value nested thousands of
 * levels deep costs no more than its nodes.
 */
export function pathToNode(value: unknown, at: number, limit = 2_000, withRoot = false): PropertyKey[] {
  const seen = new Set<object>();
  const parents: number[] = [-1];
  const keys: PropertyKey[] = [''];
  const values: unknown[] = [value];
  for (let head = 0; head < values.length && values.length < limit; head++) {
    const item = values[head];
    if (!isObject(item) || typeof item === 'function' || seen.has(item) || ArrayBuffer.isView(item)) continue;
    seen.add(item);
    for (const key of Object.keys(item)) {
      if (values.length >= limit) break;
      parents.push(head);
      keys.push(key);
      values.push((item as Box)[key]);
    }
  }
  const path: PropertyKey[] = [];
  const first = withRoot || values.length === 1 ? 0 : 1;
  for (let i = first + (at % (values.length - first)); i > 0; i = parents[i] as number) path.push(keys[i] as PropertyKey);
  return path.reverse();
}

/**
 * Why `value` is not plain JSON data (with the path of the first offending
 * node), or null: only strings, booleans, null, finite numbers, arrays
 * without holes and objects with the ordinary prototype, nothing undefined.
 */
export function notPlainData(value: unknown): string | null {
  const seen = new Set<object>();
  const stack: { path: string; value: unknown }[] = [{ path: '(result)', value }];
  while (stack.length > 0) {
    const { path, value: item } = stack.pop() as { path: string; value: unknown };
    switch (typeof item) {
      case 'string':
      case 'boolean':
        continue;
      case 'number':
        if (!Number.isFinite(item)) return `${path} is ${String(item)}`;
        continue;
      case 'object':
        break;
      default:
        return `${path} is ${typeof item}`;
    }
    if (item === null) continue;
    if (seen.has(item)) continue; // shared (or cyclic) parts are checked once
    seen.add(item);
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) {
        if (!(i in item)) return `${path}[${i}] is a hole`;
        stack.push({ path: `${path}[${i}]`, value: item[i] });
      }
      continue;
    }
    if (Object.getPrototypeOf(item) !== Object.prototype) return `${path} is not a plain object`;
    for (const key of Object.keys(item)) stack.push({ path: `${path}.${key}`, value: (item as Box)[key] });
  }
  return null;
}

const PRINT_DEPTH = 12;
const PRINT_LENGTH = 3_000;

/**
 * `value` as fast-check prints it, safe for any depth and size: below
 * `PRINT_DEPTH` levels a node is shown as a note of how deep it goes, and
 * the text is cut at `PRINT_LENGTH` characters.
 */
export function printValue(value: unknown): string {
  let deepest = 0;
  const copies = new Map<object, unknown>();
  const root: { value: unknown } = { value };
  const stack: { holder: Record<PropertyKey, unknown>; key: PropertyKey; depth: number }[] = [{ holder: root as Record<PropertyKey, unknown>, key: 'value', depth: 0 }];
  while (stack.length > 0) {
    const { holder, key, depth } = stack.pop() as { holder: Record<PropertyKey, unknown>; key: PropertyKey; depth: number };
    const item = holder[key];
    if (!isObject(item) || typeof item === 'function' || ArrayBuffer.isView(item) || item instanceof Map || item instanceof Set) continue;
    deepest = Math.max(deepest, depth + 1);
    if (copies.has(item)) {
      defineOwn(holder, key, copies.get(item));
      continue;
    }
    if (depth >= PRINT_DEPTH) {
      const levels = objectLevels(item);
      deepest = Math.max(deepest, depth + levels);
      defineOwn(holder, key, `<${levels} more levels of objects and arrays>`);
      continue;
    }
    const copy = shell(item) as Record<PropertyKey, unknown>;
    copies.set(item, copy);
    for (const k of Object.keys(item)) {
      if (Object.getOwnPropertyDescriptor(copy, k)?.configurable === false) continue;
      defineOwn(copy, k, (item as Box)[k]);
      stack.push({ holder: copy, key: k, depth: depth + 1 });
    }
    defineOwn(holder, key, copy);
  }
  const text = fc.stringify(root.value);
  const shown = text.length <= PRINT_LENGTH ? text : `${text.slice(0, PRINT_LENGTH)}... (${text.length} characters)`;
  return deepest > PRINT_DEPTH ? `${shown} (objects and arrays nested ${deepest} levels deep)` : shown;
}

/** How many levels of objects and arrays `value` is (0 for a primitive). */
function objectLevels(value: unknown): number {
  let deepest = 0;
  const seen = new Set<object>();
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (!isObject(item) || typeof item === 'function' || seen.has(item)) continue;
    seen.add(item);
    deepest = Math.max(deepest, depth + 1);
    for (const key of Object.keys(item)) stack.push([(item as Box)[key], depth + 1]);
  }
  return deepest;
}
