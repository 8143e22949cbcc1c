/**
 * A build step (an esbuild plugin for tsup) that marks every call made while
 * initialising a module-level constant in src/ as pure (`/* @__PURE__ *\/`),
 * so a bundler drops the constants an app does not use, with everything they
 * alone pull in. Schemas are built by chains such as
 * `z.int().check(z.minimum(1))`: zod marks its factories free of side
 * effects, but not the `.check` method, so without this an app that imports
 * one zod-free function from a chunk would still carry every schema in that
 * chunk, and zod with them.
 *
 * Safe because module-level initialisers in src/ only build values (schemas,
 * tables, frozen data); none registers anything or changes shared state.
 * The sources stay as written; only what esbuild compiles is annotated.
 */
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import type { Plugin } from 'esbuild';

const PURE = '/* @__PURE__ */ ';

/** The source text with every call in a module-level variable initialiser marked pure (calls inside functions are left alone). */
export function markTopLevelCallsPure(text: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** Text to insert, by position. */
  const edits = new Map<number, string>();
  const insert = (position: number, what: string, before = false): void => {
    const there = edits.get(position) ?? '';
    edits.set(position, before ? what + there : there + what);
  };
  const calls = new Set<number>();
  let spreads = false;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) calls.add(node.getStart(file)); // a chain's calls share one start: one mark covers the chain
    if (ts.isSpreadElement(node) || ts.isSpreadAssignment(node)) spreads = true;
    ts.forEachChild(node, visit);
  };
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const { initializer } of statement.declarationList.declarations) {
      if (!initializer) continue;
      calls.clear();
      spreads = false;
      visit(initializer);
      if (spreads) {
        // A spread runs an iterator, which a bundler cannot prove harmless: build the value in a pure arrow instead.
        insert(initializer.getStart(file), `${PURE}(() => (`);
        insert(initializer.getEnd(), '))()', true);
      } else for (const position of calls) insert(position, PURE);
    }
  }
  if (edits.size === 0) return text;
  let out = '';
  let from = 0;
  for (const [position, what] of [...edits].sort((a, b) => a[0] - b[0])) {
    out += text.slice(from, position) + what;
    from = position;
  }
  return out + text.slice(from);
}

/** The esbuild plugin: applies {@link markTopLevelCallsPure} to the library's TypeScript sources. */
export const pureTopLevelCalls: Plugin = {
  name: 'pure-top-level-calls',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: markTopLevelCallsPure(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
