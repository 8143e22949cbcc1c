/**
 * The API conventions (docs/api-conventions.md), checked mechanically over
 * every export, so a future export cannot drift from them: argument order,
 * option names, one result shape per kind of decision with typed codes, and
 * the one discriminator key and moment name of every schema.
 */
import type * as ts from 'typescript';
import type * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/_all.js';
import * as testing from '../../src/testing/index.js';
import { elementTypes, exportedApi, propertyTypes, stringLiterals, type ExportedFunction } from './_exports.js';
import { schemaParts } from './_schemas.js';

const { checker, functions } = exportedApi();

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;
const signature = (f: ExportedFunction): string => `${f.name}(${f.parameters.join(', ')})`;
const library = functions.filter((f) => !f.file.startsWith('src/testing/'));

/** Parameters that hold what an organizer writes: the rule or policy a decision applies. */
const POLICY_PARAMETERS = new Set(['policy', 'rule', 'schedule', 'series', 'accreditation', 'requirement', 'path', 'window']);

/** Decisions: they answer with a verdict and its reasons. */
const DECISIONS = library.filter((f) => /^(?:check|quote|decide)[A-Z]/.test(f.name));
/** Status queries: they answer with a status. */
const STATUSES = library.filter((f) => /(?:Status|Progress)$/.test(f.name));

/** The verdict keys of the areas before 1.0; `verdict` replaced every one. */
const FORMER_VERDICTS = ['eligible', 'qualified', 'accepted', 'decision', 'outcome', 'allowed', 'complete', 'open'];

describe('argument order', () => {
  it('finds the exported functions (the check below is not vacuous)', () => {
    expect(functions.length).toBeGreaterThan(120);
    expect(functions.map((f) => f.name)).toEqual(expect.arrayContaining(['checkEligibility', 'quoteFee', 'creditsFor', 'applyRegistrationEvent', 'credentialStatus']));
  });

  it('the rule or policy the organizer writes comes first', () => {
    expect(functions.filter((f) => f.parameters.some((p, i) => i > 0 && POLICY_PARAMETERS.has(p))).map(signature)).toEqual([]);
  });

  it('options come last, in one parameter named options', () => {
    const optionLike = /^(?:opts?|options?|config|settings|\w+Options)$/;
    const wrong = functions.filter((f) => f.parameters.some((p, i) => optionLike.test(p) && (p !== 'options' || i !== f.parameters.length - 1)));
    expect(wrong.map(signature)).toEqual([]);
  });
});

/** Every property named `code` reachable from `type` (through objects, arrays and unions, `depth` levels down), with its path. */
function codeProperties(type: ts.Type, path: string, depth: number, seen: Set<ts.Type>): { path: string; type: ts.Type }[] {
  if (depth === 0 || seen.has(type)) return [];
  seen.add(type);
  const members = type.isUnion() ? type.types : [type];
  return members.flatMap((member) => {
    const element = elementTypes(checker, [member]);
    if (element !== undefined) return element.flatMap((e) => codeProperties(e, `${path}[]`, depth, seen));
    if (!(member.flags & 524288 /* ts.TypeFlags.Object */) && !member.isIntersection()) return [];
    return checker.getPropertiesOfType(member).flatMap((property) => {
      const propertyType = checker.getTypeOfSymbol(property);
      if (property.name === 'code') return [{ path: `${path}.code`, type: propertyType }];
      return codeProperties(propertyType, `${path}.${property.name}`, depth - 1, seen);
    });
  });
}

describe('one result shape per kind of decision', () => {
  it('finds the decisions and status queries', () => {
    expect(DECISIONS.map((f) => f.name)).toEqual(expect.arrayContaining(['checkEligibility', 'checkSubmission', 'decideViability', 'quoteFee', 'quoteRefund', 'quoteTransfer']));
    expect(STATUSES.map((f) => f.name)).toEqual(expect.arrayContaining(['credentialStatus', 'credentialingProgress', 'registrantStatus', 'registrationWindowStatus']));
  });

  it.each(DECISIONS.map((f) => [f.name, f] as const))('%s answers with a snake_case verdict, and reasons with a typed code and a message', (_, f) => {
    const verdict = propertyTypes(checker, f.returnType, 'verdict');
    expect(verdict, 'a verdict').toBeDefined();
    const values = stringLiterals(verdict ?? []);
    expect(values, 'the verdict is a union of string literals').toBeDefined();
    for (const value of values ?? []) expect(value).toMatch(SNAKE_CASE);
    const reasons = propertyTypes(checker, f.returnType, 'reasons');
    const elements = reasons === undefined ? undefined : elementTypes(checker, reasons);
    expect(elements, 'reasons, a list').toBeDefined();
    for (const element of elements ?? []) {
      const codes = stringLiterals(propertyTypes(checker, element, 'code') ?? []);
      expect(codes, `a reason of ${f.name} has a typed code`).toBeDefined();
      for (const code of codes ?? []) expect(code).toMatch(SNAKE_CASE);
      expect(propertyTypes(checker, element, 'message')?.map((t) => checker.typeToString(t)), `a reason of ${f.name} has a message`).toEqual(['string']);
    }
  });

  it.each(STATUSES.map((f) => [f.name, f] as const))('%s answers with a snake_case status', (_, f) => {
    const values = stringLiterals(propertyTypes(checker, f.returnType, 'status') ?? []);
    expect(values, 'a status, a union of string literals').toBeDefined();
    for (const value of values ?? []) expect(value).toMatch(SNAKE_CASE);
  });

  it('no result uses a verdict key of the areas before 1.0', () => {
    const former = library.flatMap((f) => FORMER_VERDICTS.filter((key) => propertyTypes(checker, f.returnType, key) !== undefined).map((key) => `${f.name}: ${key}`));
    expect(former).toEqual([]);
  });

  it('every code a result can carry, at any depth, is a typed union of snake_case literals', () => {
    const untyped: string[] = [];
    for (const f of library) {
      // A program's notes are its own labelled text, not a decision: their codes are the program's to choose (snake_case, checked by ProgramNoteSchema).
      for (const { path, type } of codeProperties(f.returnType, f.name, 5, new Set()).filter(({ path }) => !path.includes('.notes[]'))) {
        const codes = stringLiterals([type]);
        if (codes === undefined || codes.some((c) => !SNAKE_CASE.test(c))) untyped.push(`${path}: ${checker.typeToString(type)}`);
      }
    }
    expect(untyped).toEqual([]);
  });

  it("every decision's codes are listed in its area's exported reason codes", () => {
    const lists = Object.entries(api).filter(([name]) => name.endsWith('_REASON_CODES')) as [string, readonly string[]][];
    expect(lists.map(([name]) => name)).toEqual(
      expect.arrayContaining(['CAPACITY_REASON_CODES', 'CREDIT_REASON_CODES', 'ELIGIBILITY_REASON_CODES', 'FEE_REASON_CODES', 'REFUND_REASON_CODES', 'SUBMISSION_REASON_CODES']),
    );
    const listed = new Set(lists.flatMap(([, codes]) => codes));
    for (const [name, codes] of lists) {
      expect(new Set(codes).size, `${name} has no repeats`).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(SNAKE_CASE);
    }
    const unlisted = DECISIONS.flatMap((f) => {
      const reasons = elementTypes(checker, propertyTypes(checker, f.returnType, 'reasons') ?? []) ?? [];
      return reasons.flatMap((r) => stringLiterals(propertyTypes(checker, r, 'code') ?? []) ?? []).filter((c) => !listed.has(c)).map((c) => `${f.name}: ${c}`);
    });
    expect(unlisted).toEqual([]);
  });
});

describe('schemas: one discriminator, one moment, one spelling of keys', () => {
  const schemas = [...Object.entries(api), ...Object.entries(testing)]
    .filter(([name]) => name.endsWith('Schema'))
    .map(([name, schema]) => [name, schema as z.ZodMiniType] as const);
  const parts = schemas.map(([name, schema]) => [name, schemaParts(schema)] as const);

  it('finds the schemas', () => {
    expect(schemas.length).toBeGreaterThan(100);
    expect(parts.some(([, p]) => p.discriminators.length > 0)).toBe(true);
  });

  it('every discriminated union is discriminated by kind', () => {
    const other = parts.flatMap(([name, p]) => p.discriminators.filter((d) => d !== 'kind').map((d) => `${name}: ${d}`));
    expect(other).toEqual([]);
  });

  it('every kind, code and other word a schema lists is snake_case', () => {
    // Not words: decimal amounts (an APA increment of '0.5'), and preset ids, which are kebab-case like the CLI arguments they are typed as.
    const word = (v: string): boolean => !/^\d+(?:\.\d+)?$/.test(v) && !/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(v);
    const wrong = parts.flatMap(([name, p]) => p.literals.filter((v) => word(v) && !SNAKE_CASE.test(v)).map((v) => `${name}: ${v}`));
    expect(wrong).toEqual([]);
    expect(parts.flatMap(([, p]) => p.literals)).toEqual(expect.arrayContaining(['nth_weekday', 'leads_group', 'apa_ce', 'register', 'date_time']));
  });

  it('every key is camelCase, and none is a name the conventions replaced', () => {
    const replaced = new Set(['asOf', 'receivedAt', 'registrationsSoFar', 'tz', 'zone', 'timezone']);
    const wrong = parts.flatMap(([name, p]) => p.keys.filter((k) => !CAMEL_CASE.test(k) || replaced.has(k)).map((k) => `${name}: ${k}`));
    expect(wrong).toEqual([]);
  });

  it('the moment of an option object is named at', () => {
    const moments = /^(?:asOf|now|when|date|instant|time|on|moment|receivedAt)$/;
    const wrong = parts.filter(([name]) => name.endsWith('OptionsSchema')).flatMap(([name, p]) => p.ownKeys.filter((k) => moments.test(k)).map((k) => `${name}: ${k}`));
    expect(wrong).toEqual([]);
  });
});
