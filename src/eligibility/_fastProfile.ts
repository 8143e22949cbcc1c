/**
 * Fast acceptance checks for a registrant profile and the options of
 * `checkEligibility`: for plainly valid input they return exactly what the
 * zod schemas return (a fresh object with the known keys, in the schema's
 * order); for anything else `undefined`, and the caller validates with zod.
 * A property test pins the equivalence.
 */
import { attempt, localDateDays, plainObject } from '../_lib/fast.js';
import {
  LANGUAGE_TAG_PATTERN,
  ORGANIZATION_PATTERN,
  PROFESSIONS,
  SNAKE_CODE_PATTERN,
  type ProfileCredential,
  type ProfileMembership,
  type RegistrantProfile,
} from './profile.js';

const PROFESSION_SET = new Set<string>(PROFESSIONS);
/** Fast paths give up on lists longer than this (zod reports on them as usual). */
const MAX_ITEMS = 1000;

/*
 * The checks read an object's own keys only, so that absent keys cost
 * nothing; a key inherited from the prototype (zod would read it) makes them
 * leave the input to zod. `plainObject` leaves `Object.prototype` or `null`.
 */
const inheritsProfileKey = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return (
    proto !== null &&
    ('professions' in Object.prototype ||
      'clinicallyActive' in Object.prototype ||
      'memberships' in Object.prototype ||
      'credentials' in Object.prototype ||
      'leadsGroup' in Object.prototype ||
      'languages' in Object.prototype ||
      'study' in Object.prototype)
  );
};
const inheritsMembershipKey = (value: object): boolean =>
  Object.getPrototypeOf(value) !== null && ('organization' in Object.prototype || 'from' in Object.prototype || 'until' in Object.prototype);
const inheritsCredentialKey = (value: object): boolean =>
  Object.getPrototypeOf(value) !== null && ('credential' in Object.prototype || 'issued' in Object.prototype || 'expires' in Object.prototype);

/** The day number of a valid date, else NaN. */
const dayOf = (v: unknown): number => (typeof v === 'string' ? localDateDays(v) : Number.NaN);

const isProfession = (s: string): boolean => PROFESSION_SET.has(s);
const isLanguageTag = (s: string): boolean => LANGUAGE_TAG_PATTERN.test(s);

/** A fresh copy of a list of strings each of which passes `ok`, or undefined. */
function strings(value: unknown, ok: (s: string) => boolean): string[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_ITEMS) return undefined;
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'string' || !ok(item)) return undefined;
    out.push(item);
  }
  return out;
}

function membership(value: unknown): ProfileMembership | undefined {
  if (!plainObject(value) || inheritsMembershipKey(value)) return undefined;
  // Read by name: memberships come in few shapes, so these reads stay fast (unlike a profile's); a known key present with the value undefined is left to zod.
  const organization = value['organization'];
  const from = value['from'];
  const until = value['until'];
  if ((from === undefined && Object.hasOwn(value, 'from')) || (until === undefined && Object.hasOwn(value, 'until'))) return undefined;
  if (typeof organization !== 'string' || !ORGANIZATION_PATTERN.test(organization)) return undefined;
  const fromDay = from === undefined ? -Infinity : dayOf(from);
  const untilDay = until === undefined ? Infinity : dayOf(until);
  // NaN (an invalid date) fails the comparison too.
  if (!(fromDay <= untilDay)) return undefined;
  if (from === undefined) return until === undefined ? { organization } : { organization, until: until as string };
  return until === undefined ? { organization, from: from as string } : { organization, from: from as string, until: until as string };
}

function credential(value: unknown): ProfileCredential | undefined {
  if (!plainObject(value) || inheritsCredentialKey(value)) return undefined;
  let code: unknown;
  let issued: unknown;
  let expires: unknown;
  const keys = Object.getOwnPropertyNames(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key === 'credential') code = value[key];
    else if (key === 'issued') issued = value[key];
    else if (key === 'expires') {
      if ((expires = value[key]) === undefined) return undefined;
    }
  }
  if (typeof code !== 'string' || !SNAKE_CODE_PATTERN.test(code)) return undefined;
  const issuedDay = dayOf(issued);
  const expiresDay = expires === undefined ? Infinity : dayOf(expires);
  if (!(issuedDay <= expiresDay)) return undefined;
  return expires === undefined ? { credential: code, issued: issued as string } : { credential: code, issued: issued as string, expires: expires as string };
}

function list<T>(value: unknown, item: (v: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_ITEMS) return undefined;
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) {
    const parsed = item(value[i]);
    if (parsed === undefined) return undefined;
    out.push(parsed);
  }
  return out;
}

function readProfile(value: unknown): RegistrantProfile | undefined {
  if (!plainObject(value) || inheritsProfileKey(value)) return undefined;
  let professionList: unknown;
  let clinicallyActive: unknown;
  let memberships: unknown;
  let credentials: unknown;
  let leadsGroup: unknown;
  let languageList: unknown;
  let study: unknown;
  // Own keys only, each read once (reading absent keys of objects of many shapes is what made this check slow); a known key present with the value undefined is left to zod.
  const keys = Object.getOwnPropertyNames(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'professions':
        if ((professionList = value[key]) === undefined) return undefined;
        break;
      case 'clinicallyActive':
        if ((clinicallyActive = value[key]) === undefined) return undefined;
        break;
      case 'memberships':
        if ((memberships = value[key]) === undefined) return undefined;
        break;
      case 'credentials':
        if ((credentials = value[key]) === undefined) return undefined;
        break;
      case 'leadsGroup':
        if ((leadsGroup = value[key]) === undefined) return undefined;
        break;
      case 'languages':
        if ((languageList = value[key]) === undefined) return undefined;
        break;
      case 'study':
        if ((study = value[key]) === undefined) return undefined;
        break;
    }
  }
  const out: { -readonly [K in keyof RegistrantProfile]: RegistrantProfile[K] } = {};
  // In the schema's key order.
  if (professionList !== undefined) {
    const p = strings(professionList, isProfession) as RegistrantProfile['professions'];
    if (p === undefined) return undefined;
    out.professions = p;
  }
  if (clinicallyActive !== undefined) {
    if (typeof clinicallyActive !== 'boolean') return undefined;
    out.clinicallyActive = clinicallyActive;
  }
  if (memberships !== undefined) {
    const m = list(memberships, membership);
    if (m === undefined) return undefined;
    out.memberships = m;
  }
  if (credentials !== undefined) {
    const c = list(credentials, credential);
    if (c === undefined) return undefined;
    out.credentials = c;
  }
  if (leadsGroup !== undefined) {
    if (typeof leadsGroup !== 'boolean') return undefined;
    out.leadsGroup = leadsGroup;
  }
  if (languageList !== undefined) {
    const l = strings(languageList, isLanguageTag);
    if (l === undefined) return undefined;
    out.languages = l;
  }
  if (study !== undefined) {
    if (!plainObject(study)) return undefined;
    const field = study['field'];
    if (typeof field !== 'string' || !SNAKE_CODE_PATTERN.test(field)) return undefined;
    out.study = { field };
  }
  return out;
}

/** The profile zod would return for a plainly valid `value`, else `undefined` (validate with zod). */
export function fastProfile(value: unknown): RegistrantProfile | undefined {
  return attempt(readProfile, value);
}

function readAsOf(value: unknown): string | undefined {
  if (!plainObject(value)) return undefined;
  const asOf = value['asOf'];
  return Number.isNaN(dayOf(asOf)) ? undefined : (asOf as string);
}

/** The `asOf` of plainly valid `checkEligibility` options, else `undefined` (validate with zod). */
export function fastAsOf(value: unknown): string | undefined {
  return attempt(readAsOf, value);
}
