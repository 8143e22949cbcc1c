/**
 * The objects inside a value, found by walking a zod schema beside it: for
 * each object the value holds, its path, the keys its schema knows, and
 * whether the schema refuses unknown keys (`z.strictObject`), keeps them
 * (`openObject`, built on `z.looseObject`) or strips them (`z.object`).
 * Records (`z.record`) are maps whose keys are data, not objects here.
 */
import type * as z from 'zod/mini';

type Path = readonly (string | number)[];

/** One object of a value, as its schema reads it. */
export interface ObjectNode {
  readonly path: Path;
  readonly keys: readonly string[];
  /** `strict`: unknown keys refused; `open`: kept (an app's own data); `strip`: dropped without a word. */
  readonly mode: 'strict' | 'open' | 'strip';
  /** Keys that pick a union's option (`kind`, `type`, `system`): renaming one changes which schema reads the object. */
  readonly discriminators: readonly string[];
}

/** The parts of a zod schema's definition the walkers read. */
export interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodMiniType>;
  readonly catchall?: z.ZodMiniType;
  readonly innerType?: z.ZodMiniType;
  readonly in?: z.ZodMiniType;
  readonly options?: readonly z.ZodMiniType[];
  readonly discriminator?: string;
  readonly element?: z.ZodMiniType;
  readonly items?: readonly z.ZodMiniType[];
  readonly rest?: z.ZodMiniType | null;
  readonly valueType?: z.ZodMiniType;
  readonly left?: z.ZodMiniType;
  readonly right?: z.ZodMiniType;
  readonly getter?: () => z.ZodMiniType;
  readonly out?: z.ZodMiniType;
  readonly values?: readonly unknown[];
  readonly entries?: Readonly<Record<string, unknown>>;
}

/** A schema's definition. */
export const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object in `value` (valid for `schema`), outermost first. */
export function objectNodes(schema: z.ZodMiniType, value: unknown, path: Path = [], discriminators: readonly string[] = []): ObjectNode[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      if (!isPlainObject(value) || def.shape === undefined) return [];
      const catchall = def.catchall === undefined ? undefined : defOf(def.catchall).type;
      const mode = catchall === 'never' ? 'strict' : catchall === undefined ? 'strip' : 'open';
      const nodes: ObjectNode[] = [{ path, keys: Object.keys(def.shape), mode, discriminators }];
      for (const [key, inner] of Object.entries(def.shape)) if (value[key] !== undefined) nodes.push(...objectNodes(inner, value[key], [...path, key]));
      return nodes;
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return def.innerType === undefined ? [] : objectNodes(def.innerType, value, path, discriminators);
    case 'pipe':
      return def.in === undefined ? [] : objectNodes(def.in, value, path, discriminators);
    case 'lazy':
      return def.getter === undefined ? [] : objectNodes(def.getter(), value, path, discriminators);
    case 'union': {
      const option = (def.options ?? []).find((o) => o.safeParse(value).success);
      const picked = def.discriminator === undefined ? discriminators : [...discriminators, def.discriminator];
      return option === undefined ? [] : objectNodes(option, value, path, picked);
    }
    case 'intersection':
      return [...(def.left ? objectNodes(def.left, value, path) : []), ...(def.right ? objectNodes(def.right, value, path) : [])];
    case 'array':
      return Array.isArray(value) && def.element !== undefined ? value.flatMap((v, i) => objectNodes(def.element as z.ZodMiniType, v, [...path, i])) : [];
    case 'tuple':
      return Array.isArray(value)
        ? value.flatMap((v, i) => {
            const item = def.items?.[i] ?? def.rest ?? undefined;
            return item === undefined || item === null ? [] : objectNodes(item, v, [...path, i]);
          })
        : [];
    case 'record':
      return isPlainObject(value) && def.valueType !== undefined ? Object.entries(value).flatMap(([k, v]) => objectNodes(def.valueType as z.ZodMiniType, v, [...path, k])) : [];
    default:
      return [];
  }
}

/** A copy of `value` with `change` applied to the object at `path`. */
export function changedAt(value: unknown, path: Path, change: (o: Record<string, unknown>) => Record<string, unknown>): unknown {
  if (path.length === 0) return change(value as Record<string, unknown>);
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? changedAt(v, rest, change) : v));
  const o = value as Record<string, unknown>;
  return { ...o, [head as string]: changedAt(o[head as string], rest, change) };
}

/** `o` with `from` renamed to `to`, keys in the same order. */
export function renamed(o: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k === from ? to : k, v]));
}
