/**
 * What a zod schema is made of, read from its definition without a value:
 * every object key it knows at any depth, the keys of its own object (the
 * outermost, through wrappers), and the key of every discriminated union in it.
 */
import type * as z from 'zod/mini';
import { defOf, type Def } from '../schemas/_objects.js';

/** The parts of one schema. */
export interface SchemaParts {
  readonly keys: readonly string[];
  readonly ownKeys: readonly string[];
  readonly discriminators: readonly string[];
  /** Every string a literal or an enum in it allows (kinds, codes, professions, ...). */
  readonly literals: readonly string[];
}

/** The schemas directly inside `def`, in the order zod holds them. */
function children(def: Def): z.ZodMiniType[] {
  const list: (z.ZodMiniType | null | undefined)[] = [
    ...Object.values(def.shape ?? {}),
    def.innerType,
    def.in,
    def.out,
    ...(def.options ?? []),
    def.element,
    ...(def.items ?? []),
    def.rest,
    def.valueType,
    def.left,
    def.right,
    def.getter?.(),
  ];
  return list.filter((s): s is z.ZodMiniType => s !== undefined && s !== null);
}

/** The keys of the outermost objects of `schema`: through wrappers, unions and intersections, never into an object's values. */
function ownKeys(schema: z.ZodMiniType, seen: Set<z.ZodMiniType>): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  if (def.shape !== undefined) return Object.keys(def.shape);
  if (def.type === 'array' || def.type === 'record' || def.type === 'tuple') return [];
  return children(def).flatMap((child) => ownKeys(child, seen));
}

/** Every key, own key and discriminator of `schema`. */
export function schemaParts(schema: z.ZodMiniType): SchemaParts {
  const keys = new Set<string>();
  const discriminators = new Set<string>();
  const literals = new Set<string>();
  const seen = new Set<z.ZodMiniType>();
  const visit = (s: z.ZodMiniType): void => {
    if (seen.has(s)) return;
    seen.add(s);
    const def = defOf(s);
    for (const key of Object.keys(def.shape ?? {})) keys.add(key);
    if (def.discriminator !== undefined) discriminators.add(def.discriminator);
    const allowed = def.type === 'literal' ? (def.values ?? []) : def.type === 'enum' ? Object.values(def.entries ?? {}) : [];
    for (const value of allowed) if (typeof value === 'string') literals.add(value);
    children(def).forEach(visit);
  };
  visit(schema);
  return { keys: [...keys], ownKeys: [...new Set(ownKeys(schema, new Set()))], discriminators: [...discriminators], literals: [...literals] };
}
