/**
 * Runs the `@example` blocks of an area's TSDoc: each block is transpiled,
 * its imports from `balint-rules/<area>` are bound to the area's module, and
 * every `expression;` followed by `//=> value` is checked to equal `value`
 * (a trailing parenthetical remark after the value is ignored).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

export interface DocExample {
  readonly file: string;
  readonly index: number;
  readonly code: string;
}

/** Every `@example` code block of the `.ts` files in `dir`. */
export function docExamples(dir: string): DocExample[] {
  const out: DocExample[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    let index = 0;
    for (const comment of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
      const block = /@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/.exec(comment);
      if (block === null) continue;
      const code = (block[1] as string)
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n');
      out.push({ file, index: index++, code });
    }
  }
  return out;
}

/** Rewrites `expr;\n//=> value` pairs into checks, strips imports, and transpiles to a function body. */
function instrument(code: string): { body: string; imports: string[] } {
  const imports: string[] = [];
  const lines = code.split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const m = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'balint-rules(?:\/[a-z]+)?';$/.exec(line.trim());
    if (m !== null) {
      if (m[1] === undefined) {
        for (const name of (m[2] as string).split(',').map((n) => n.trim())) if (name !== '' && !name.startsWith('type ')) imports.push(name);
      }
      continue;
    }
    const expected = /^\/\/=>\s*(.*)$/.exec(line.trim());
    if (expected !== null) {
      // Find the statement just before: walk back to a line after one ending with ';' or a blank line.
      let start = kept.length - 1;
      while (start > 0 && !/;\s*(\/\/.*)?$/.test(kept[start - 1] as string) && (kept[start - 1] as string).trim() !== '') start--;
      const statement = kept.splice(start).join('\n').trim().replace(/;\s*(\/\/.*)?$/, '');
      const value = (expected[1] as string).replace(/\s+\([^)]*\)\s*$/, '');
      kept.push(`__check(() => (${statement}), () => (${value}), ${JSON.stringify(statement)});`);
      continue;
    }
    kept.push(line);
  }
  const body = ts.transpileModule(kept.join('\n'), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  return { body, imports };
}

/** Runs one example with `module` providing its imports; `check(actual, expected, statement)` is called per `//=>`. */
export function runExample(example: DocExample, module: Record<string, unknown>, check: (actual: unknown, expected: unknown, statement: string) => void): number {
  const { body, imports } = instrument(example.code);
  let checks = 0;
  const __check = (actual: () => unknown, expected: () => unknown, statement: string): void => {
    checks++;
    check(actual(), expected(), statement);
  };
  const names = [...new Set(imports)];
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function('__check', ...names, body)(__check, ...names.map((n) => module[n]));
  return checks;
}

/** Declares one test per `@example` of `src/<area>/`, plus a check that enough examples and results were found. */
export function describeDocExamples(area: string, module: Record<string, unknown>, least: { examples: number; checks: number }): void {
  const examples = docExamples(fileURLToPath(new URL(`../../src/${area}/`, import.meta.url)));
  describe(`the ${area} TSDoc examples run and show true results`, () => {
    let checks = 0;
    for (const example of examples) {
      it(`${example.file} #${example.index + 1}`, () => {
        checks += runExample(example, module, (actual, expected, statement) => expect(actual, statement).toEqual(expected));
      });
    }
    it('found the examples and their results', () => {
      expect(examples.length).toBeGreaterThan(least.examples);
      expect(checks).toBeGreaterThan(least.checks);
    });
  });
}
