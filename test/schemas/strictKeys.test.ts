/**
 * Strict input, over every zod schema the library exports (every export of
 * the root module whose name ends in `Schema`): in a valid value,
 *
 * - an unknown key added to any object is refused, at that key's path;
 * - a known key renamed by one edit is refused with "did you mean <key>".
 *
 * Objects an app keeps its own data in (`openObject`: registrant profiles)
 * keep unknown keys, so only the second law holds for them.
 *
 * Valid values come from the area arbitraries (test/schemas/_arbitraries.ts)
 * and the TSDoc examples' arguments, and, for schemas of parts, from the
 * parts of those values each schema accepts.
 */
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/_all.js';
import { closest } from '../../src/_lib/suggest.js';
import { validate } from '../../src/_lib/validate.js';
import { ValidationError, type ValidationIssue } from '../../src/errors/ValidationError.js';
import { exampleSeeds } from '../fuzz/_args.js';
import { VALID } from './_arbitraries.js';
import { changedAt, objectNodes, renamed, type ObjectNode } from './_objects.js';


/** Schemas of plain values (strings, numbers, enums): they hold no object, so neither law has anything to say. */
const NO_OBJECTS = new Set<string>([
  'AbsPresetIdSchema', 'AbsPresetPartSchema', 'AbsRefundPolicyIdSchema', 'ActivityKindSchema', 'CalendarTextSchema', 'CalendarUriSchema', 'CancellationRequestSchema', 'CancellingPartySchema',
  'CredentialCodeSchema', 'CreditAmountSchema', 'CurrencyCodeSchema', 'DecimalStringSchema', 'DstPolicySchema', 'FeeIdSchema', 'InstantSchema',
  'LanguageTagSchema', 'LocalDateSchema', 'MinorUnitsSchema', 'MonthSchema', 'NonNegativeDecimalSchema', 'OrdinalSchema', 'OrganizationSchema',
  'PercentSchema', 'ProfessionSchema', 'ProgramIdSchema', 'ProgramKindSchema', 'RRuleTextSchema', 'RecurrenceTextSchema', 'RegistrantIdSchema',
  'RoundingModeSchema', 'RuleLabelSchema', 'StudyFieldSchema', 'TimeZoneSchema', 'UidDomainSchema', 'WallTimeSchema', 'WeekdaySchema',
]);

const SCHEMAS = Object.entries(root)
  .filter(([name]) => name.endsWith('Schema'))
  .map(([name, schema]) => [name, schema as z.ZodMiniType] as const)
  .sort(([a], [b]) => (a < b ? -1 : 1));

const UNKNOWN = 'zzNotAKeyOfAnything';

/** Every value and part of a value (objects and arrays inside it), once each. */
function parts(value: unknown, into: unknown[]): void {
  if (typeof value !== 'object' || value === null) return;
  into.push(value);
  for (const v of Array.isArray(value) ? value : Object.values(value)) parts(v, into);
}

const POOL: unknown[] = (() => {
  const all: unknown[] = [];
  for (const arb of Object.values(VALID)) for (const v of fc.sample(arb, { numRuns: 12, seed: 7 })) parts(v, all);
  for (const calls of exampleSeeds().values()) for (const args of calls) for (const a of args) parts(a, all);
  // The one program with an award: its parts give the award schema a valid value.
  parts(JSON.parse(JSON.stringify(root.absAsconaPrize2026({ timeZone: 'America/Denver' }))), all);
  // A roster with a seat held for an offer gives the offer schema a valid value.
  const offered = root.replayRegistrations({ maxSeats: 1, waitlistOffers: { claimHours: 48 } }, [
    { kind: 'register', registrantId: 'ana', at: '2026-02-01T15:00:00Z' },
    { kind: 'register', registrantId: 'ben', at: '2026-02-01T16:00:00Z' },
    { kind: 'cancel', registrantId: 'ana', at: '2026-02-02T09:00:00Z' },
  ]);
  parts(JSON.parse(JSON.stringify(offered)), all);
  return all;
})();

/** Up to three valid values of `schema` holding objects, those holding the most objects first. */
const found = new Map<z.ZodMiniType, { value: unknown; nodes: ObjectNode[] }[]>();
function validValues(schema: z.ZodMiniType): { value: unknown; nodes: ObjectNode[] }[] {
  let values = found.get(schema);
  if (values === undefined) found.set(schema, (values = search(schema)));
  return values;
}

function search(schema: z.ZodMiniType): { value: unknown; nodes: ObjectNode[] }[] {
  const found: { value: unknown; nodes: ObjectNode[] }[] = [];
  for (const value of POOL) {
    if (!schema.safeParse(value).success) continue;
    const nodes = objectNodes(schema, value);
    if (nodes.length > 0) found.push({ value, nodes });
  }
  return found.sort((a, b) => b.nodes.length - a.nodes.length).slice(0, 3);
}

function issuesOf(schema: z.ZodMiniType, value: unknown): readonly ValidationIssue[] {
  try {
    validate(schema, value, 'x');
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
}

/** A one-edit misspelling of `key` that the suggester maps back to it, if there is one. */
function misspelling(key: string, known: readonly string[]): string | undefined {
  const variants = [key.slice(0, -1), `${key}s`, key.slice(0, 1) + key.slice(2), key.toLowerCase() === key ? `${key}x` : key.toLowerCase()];
  return variants.find((v) => v.length > 0 && !known.includes(v) && closest(v, known) === key);
}

const laws = SCHEMAS.filter(([name]) => !NO_OBJECTS.has(name));

describe('every exported schema', () => {
  it('has valid values holding objects, or holds no object at all (the list above)', () => {
    for (const name of NO_OBJECTS) expect(objectNodes(root[name as keyof typeof root] as z.ZodMiniType, {}), name).toEqual([]);
    const without = SCHEMAS.filter(([name, schema]) => !NO_OBJECTS.has(name) && validValues(schema).length === 0).map(([name]) => name);
    expect(without).toEqual([]);
  });

  it.each(laws)('%s: an unknown key added to any object of a valid value is refused at its path', (_name, schema) => {
    for (const { value, nodes } of validValues(schema)) {
      for (const node of nodes.filter((n) => n.mode !== 'open')) {
        const path = [...node.path, UNKNOWN];
        const issues = issuesOf(schema, changedAt(value, node.path, (o) => ({ ...o, [UNKNOWN]: 1 })));
        expect(issues, `at ${JSON.stringify(path)}`).toContainEqual(expect.objectContaining({ path, message: expect.stringContaining(`unknown key "${UNKNOWN}"`) }));
      }
    }
  });

  it.each(laws)('%s: a known key renamed by one edit is refused with "did you mean" it', (_name, schema) => {
    for (const { value, nodes } of validValues(schema)) {
      for (const node of nodes) {
        const object = changedAt(value, node.path, (o) => o) as unknown;
        const present = Object.keys(node.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], object) as object);
        for (const key of present.filter((k) => node.keys.includes(k) && !node.discriminators.includes(k))) {
          const typo = misspelling(key, node.keys);
          if (typo === undefined) continue;
          const issues = issuesOf(schema, changedAt(value, node.path, (o) => renamed(o, key, typo)));
          expect(issues, `${key} written ${typo} at ${JSON.stringify(node.path)}`).toContainEqual(
            expect.objectContaining({ path: [...node.path, typo], message: `unknown key "${typo}"; did you mean "${key}"?` }),
          );
        }
      }
    }
  });
});
