/**
 * The exported API as the type checker sees it: every function exported by
 * an entry point, with its parameters' names, the file it is declared in,
 * and its return type, read with TypeScript's own compiler API from the
 * source (the same program `npm run typecheck` builds).
 */
import * as ts from 'typescript';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The modules whose exports make up the public API (the root's core, every area subpath, the testing kit). */
export const ENTRY_POINTS = ['src/_all.ts', 'src/testing/index.ts', 'src/capacity/index.ts'] as const;

/** One exported function. */
export interface ExportedFunction {
  readonly name: string;
  /** Its declaring file, relative to the repository (`src/fees/quoteFee.ts`). */
  readonly file: string;
  /** Its parameters' names, in order (of its first signature). */
  readonly parameters: readonly string[];
  readonly returnType: ts.Type;
}

/** The program, its checker, and every exported function, each once. */
export function exportedApi(): { readonly checker: ts.TypeChecker; readonly functions: readonly ExportedFunction[] } {
  const config = ts.getParsedCommandLineOfConfigFile(`${ROOT}tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (config === undefined) throw new Error('tsconfig.json could not be read');
  const program = ts.createProgram({ rootNames: ENTRY_POINTS.map((p) => `${ROOT}${p}`), options: config.options });
  const checker = program.getTypeChecker();
  const functions = new Map<string, ExportedFunction>();
  for (const entry of ENTRY_POINTS) {
    const source = program.getSourceFile(`${ROOT}${entry}`);
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error(`${entry} has no module symbol`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.valueDeclaration;
      if (declaration === undefined || functions.has(exported.name)) continue;
      const signature = checker.getTypeOfSymbolAtLocation(symbol, declaration).getCallSignatures()[0];
      if (signature === undefined) continue;
      functions.set(exported.name, {
        name: exported.name,
        file: relative(ROOT, declaration.getSourceFile().fileName),
        parameters: signature.parameters.map((p) => p.name),
        returnType: signature.getReturnType(),
      });
    }
  }
  return { checker, functions: [...functions.values()].sort((a, b) => (a.name < b.name ? -1 : 1)) };
}

/** The string literals some types are made of, or undefined when any part of one is not a string literal (a plain `string`). */
export function stringLiterals(types: readonly ts.Type[]): readonly string[] | undefined {
  const parts = types.flatMap((type) => (type.isUnion() ? type.types : [type]));
  const values = new Set<string>();
  for (const part of parts) {
    if (!part.isStringLiteral()) return undefined;
    values.add(part.value);
  }
  return [...values];
}

/** The types of property `name` of `type` (one per member, for a union), or undefined when some member lacks it. */
export function propertyTypes(checker: ts.TypeChecker, type: ts.Type, name: string): readonly ts.Type[] | undefined {
  const members = type.isUnion() ? type.types : [type];
  const types: ts.Type[] = [];
  for (const member of members) {
    const property = checker.getPropertyOfType(member, name);
    if (property === undefined) return undefined;
    types.push(checker.getTypeOfSymbol(property));
  }
  return types;
}

/** The element types of array or readonly array types (a union's members taken apart), or undefined when one is not an array. */
export function elementTypes(checker: ts.TypeChecker, types: readonly ts.Type[]): readonly ts.Type[] | undefined {
  const elements: ts.Type[] = [];
  for (const type of types) {
    const element = checker.isArrayType(type) || checker.isTupleType(type) ? checker.getIndexTypeOfType(type, ts.IndexKind.Number) : undefined;
    if (element === undefined) return undefined;
    // An empty tuple (`reasons: readonly []` of an answer that has none) holds no element.
    if (element.flags & ts.TypeFlags.Never) continue;
    elements.push(...(element.isUnion() ? element.types : [element]));
  }
  return elements;
}
