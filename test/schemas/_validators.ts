/**
 * The published JSON Schemas read from schemas/ and compiled by an
 * independent validator (ajv 2020-12 with ajv-formats, strict mode), next to
 * the zod schema each was generated from, so a test can ask both.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type * as z from 'zod/mini';
import * as lib from '../../src/_all.js';

export const SCHEMAS_DIR = new URL('../../schemas/', import.meta.url);

/** One entry of schemas/index.json. */
export interface IndexEntry {
  readonly name: string;
  readonly title: string;
  readonly file: string;
  readonly $id: string;
  readonly source: string;
  readonly zodOnly: readonly string[];
}

export const INDEX: { description: string; schemas: IndexEntry[] } = JSON.parse(readFileSync(new URL('index.json', SCHEMAS_DIR), 'utf8'));

/** A published schema file, parsed. */
export function schemaFile(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`${name}.schema.json`, SCHEMAS_DIR), 'utf8'));
}

/** A fresh ajv: draft 2020-12, strict, all errors, with the formats of ajv-formats asserted. */
export function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

const ajv = newAjv();
const compiled = new Map<string, ValidateFunction>();

/** The ajv validator of the published schema `name`. */
export function ajvFor(name: string): ValidateFunction {
  let validate = compiled.get(name);
  if (validate === undefined) {
    validate = ajv.compile(schemaFile(name));
    compiled.set(name, validate);
  }
  return validate;
}

/** The zod schema the published schema `name` was generated from. */
export function zodFor(name: string): z.ZodMiniType {
  const entry = INDEX.schemas.find((s) => s.name === name);
  if (entry === undefined) throw new Error(`no published schema "${name}"`);
  return (lib as Record<string, unknown>)[entry.source] as z.ZodMiniType;
}

/** zod's verdict; a refinement that throws counts as a rejection, as the library's `validate` reports it. */
function zodVerdict(name: string, value: unknown): { success: true } | { success: false; error: { issues: z.core.$ZodIssue[] } } {
  try {
    const parsed = zodFor(name).safeParse(value);
    return parsed.success ? { success: true } : { success: false, error: { issues: parsed.error.issues } };
  } catch (error) {
    const issue = { code: 'custom', path: [], input: value, message: `threw ${String(error)}` } as z.core.$ZodIssue;
    return { success: false, error: { issues: [issue] } };
  }
}

/** What each validator says about `value` as a `name`, with the issues for a readable failure. */
export function verdicts(
  name: string,
  value: unknown,
): { zod: boolean; ajv: boolean; zodIssues: z.core.$ZodIssue[]; ajvErrors: string[]; ajvPaths: string[][] } {
  const parsed = zodVerdict(name, value);
  const validate = ajvFor(name);
  const ajvOk = validate(value);
  return {
    zod: parsed.success,
    ajv: ajvOk,
    zodIssues: parsed.success ? [] : parsed.error.issues,
    ajvErrors: ajvOk ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`),
    ajvPaths: ajvOk ? [] : (validate.errors ?? []).map((e) => (e.instancePath === '' ? [] : e.instancePath.slice(1).split('/').map(unescapePointer))),
  };
}

const unescapePointer = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** Every published schema name. */
export const NAMES: readonly string[] = INDEX.schemas.map((s) => s.name);
