/**
 * Argument lists for fuzzing one public function: 1-4 fully arbitrary
 * values, near-valid lists (a valid list with one thing changed), and valid
 * lists, so the fuzz reaches past validation into the code behind it.
 */
import fc from 'fast-check';
import { nearValidArb } from './_mutate.js';
import { ARBITRARY_ARGUMENTS, exampleArguments } from './_seeds.js';
import { deepCopy } from './_structure.js';
import { anythingArb, oddValueArb } from './_values.js';

type Args = unknown[];

let examples: Map<string, Args[]> | undefined;

/** The arguments the TSDoc examples call each function with (run once, then kept). */
export function exampleSeeds(): Map<string, Args[]> {
  examples ??= exampleArguments();
  return examples;
}

/** Where a function's valid arguments come from. */
export function seedSources(name: string): { examples: number; arbitrary: boolean } {
  return { examples: exampleSeeds().get(name)?.length ?? 0, arbitrary: name in ARBITRARY_ARGUMENTS };
}

/**
 * Valid argument lists for `name`: its examples' and its arbitrary's; for a
 * function with neither, 1-4 values taken from every other function's
 * example arguments (valid values of the library's types).
 */
export function validArgumentsArb(name: string): fc.Arbitrary<Args> {
  const sources: fc.Arbitrary<Args>[] = [];
  const seeds = exampleSeeds().get(name);
  if (seeds !== undefined && seeds.length > 0) sources.push(fc.constantFrom(...seeds).map((args) => deepCopy(args)));
  const arbitrary = ARBITRARY_ARGUMENTS[name];
  if (arbitrary !== undefined) sources.push(arbitrary);
  if (sources.length > 0) return fc.oneof(...sources);
  const pool = [...exampleSeeds().values()].flat(2);
  return fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 4 }).map((args) => deepCopy(args));
}

/** Arguments for fuzzing `name`: arbitrary, near-valid and valid lists. */
export function argumentsArb(name: string): fc.Arbitrary<Args> {
  const valid = validArgumentsArb(name);
  return fc.oneof(
    { weight: 2, arbitrary: fc.array(fc.oneof(anythingArb, oddValueArb), { minLength: 1, maxLength: 4 }) },
    { weight: 6, arbitrary: nearValidArb(valid) },
    { weight: 2, arbitrary: valid },
  );
}
