/**
 * Code snippets of the documentation, found, type-checked and run:
 * - every ```ts block of the guides (docs/*.md) and every `@example` block
 *   of the TSDoc in src/;
 * - type-checked together in one TypeScript program against the source
 *   (imports of `balint-rules` and `balint-rules/<area>` resolve to src/);
 * - run: the imports bound to the library's modules, and every statement
 *   followed by a `//=> value` comment checked to equal `value`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/** One code block: where it is and its code. */
export interface Snippet {
  /** `docs/refunds.md:42` or `src/recurrence/toRRule.ts:31`: the file and the line the code starts on. */
  readonly at: string;
  readonly code: string;
}

function filesUnder(dir: string, suffix: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, suffix));
    else if (name.endsWith(suffix)) out.push(path);
  }
  return out;
}

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** The ```ts blocks of the markdown files (an info string of exactly `ts`). */
export function markdownSnippets(files: readonly string[]): Snippet[] {
  const out: Snippet[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
      out.push({ at: `${relative(ROOT, file)}:${lineOf(text, m.index) + 1}`, code: m[1] as string });
    }
  }
  return out;
}

/** The markdown guides under docs/, except those listed (by path from the root). */
export function guideFiles(except: readonly string[] = []): string[] {
  return filesUnder(join(ROOT, 'docs'), '.md').filter((file) => !except.includes(relative(ROOT, file)));
}

/** The ```ts blocks of every `@example` in the TSDoc of src/. */
export function tsdocSnippets(): Snippet[] {
  const out: Snippet[] = [];
  for (const file of filesUnder(join(ROOT, 'src'), '.ts')) {
    const text = readFileSync(file, 'utf8');
    for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      for (const block of comment[0].matchAll(/@example[^\n]*\n(?:\s*\*[^\n]*\n)*?\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g)) {
        const code = (block[1] as string)
          .split('\n')
          .map((line) => line.replace(/^\s*\* ?/, ''))
          .join('\n');
        const start = (comment.index ?? 0) + (block.index ?? 0);
        out.push({ at: `${relative(ROOT, file)}:${lineOf(text, start)}`, code });
      }
    }
  }
  return out;
}

// ------------------------------------------------------------------ types

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return { ...parsed.options, noEmit: true, noUnusedLocals: false, noUnusedParameters: false };
}

/**
 * Type-checks the snippets, each as its own module, against the source.
 * Returns one message per error, prefixed with the snippet's location.
 */
export function typeErrors(snippets: readonly Snippet[]): string[] {
  const options = compilerOptions();
  const virtual = new Map(snippets.map((s, i) => [join(ROOT, '.snippets', `snippet-${i}.ts`), s]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => {
    const snippet = virtual.get(resolve(file));
    return snippet === undefined ? readFile(file) : `${snippet.code}\nexport {};\n`;
  };
  host.fileExists = (file) => virtual.has(resolve(file)) || fileExists(file);
  host.getSourceFile = (file, language, onError, create) => {
    const snippet = virtual.get(resolve(file));
    return snippet === undefined
      ? getSourceFile(file, language, onError, create)
      : ts.createSourceFile(file, `${snippet.code}\nexport {};\n`, language, true);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  const errors: string[] = [];
  for (const [file, snippet] of virtual) {
    const source = program.getSourceFile(file);
    if (source === undefined) continue;
    for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      const line = d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line;
      const [path, first] = snippet.at.split(/:(?=\d+$)/) as [string, string];
      errors.push(`${path}:${Number(first) + line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
  }
  return errors;
}

// -------------------------------------------------------------------- run

/** A `//=>` check: the statement's source, the expected value's source and the snippet line. */
interface Expectation {
  readonly start: number;
  readonly end: number;
  readonly expression: string;
  readonly expected: string;
}

/** Statements followed by `//=> value` (continued on `//` lines), in source order. */
function expectations(code: string): Expectation[] {
  const source = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.ES2022, true);
  const statements: ts.ExpressionStatement[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) statements.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const out: Expectation[] = [];
  for (const statement of statements) {
    const after = code.slice(statement.end).split('\n');
    // The comment starts on the next line (the statement's own line may end in a remark).
    const lines = after.slice(1);
    const first = lines[0]?.trim() ?? '';
    if (!first.startsWith('//=>')) continue;
    const parts = [first.slice(4)];
    for (const line of lines.slice(1)) {
      const t = line.trim();
      if (!t.startsWith('//') || t.startsWith('//=>')) break;
      parts.push(t.slice(2));
    }
    out.push({
      start: statement.getStart(source),
      end: statement.end,
      expression: statement.expression.getText(source),
      expected: parts.join('\n').trim(),
    });
  }
  return out;
}

/**
 * The snippet with each checked statement wrapped in `__check(...)`, as
 * CommonJS JavaScript. Throws when a `//=>` comment follows no statement.
 */
export function instrument(code: string): { js: string; checks: number } {
  const found = expectations(code);
  const written = code.split('\n').filter((line) => line.trim().startsWith('//=>')).length;
  if (written !== found.length) throw new Error(`${written - found.length} "//=>" comment(s) follow no expression statement`);
  let out = code;
  for (const e of [...found].reverse()) {
    const call = `__check(() => (${e.expression}), () => (${e.expected}), ${JSON.stringify(e.expression)});`;
    out = out.slice(0, e.start) + call + out.slice(e.end);
  }
  const js = ts.transpileModule(out, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, esModuleInterop: true },
  }).outputText;
  return { js, checks: found.length };
}

const modules = new Map<string, Record<string, unknown>>();

/** The module a `balint-rules` import names, loaded from src/. */
export async function libraryModule(specifier: string): Promise<Record<string, unknown>> {
  const match = /^balint-rules(?:\/(.+))?$/.exec(specifier);
  if (match === null) throw new Error(`snippets may import only balint-rules and its subpaths, not "${specifier}"`);
  const file = join(ROOT, 'src', match[1] === undefined ? 'index.ts' : join(match[1], 'index.ts'));
  let module = modules.get(file);
  if (module === undefined) {
    module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    modules.set(file, module);
  }
  return module;
}

/** The `balint-rules` specifiers a snippet imports. */
export function importedSpecifiers(code: string): string[] {
  return [...code.matchAll(/from\s+'(balint-rules(?:\/[a-z/]+)?)'/g)].map((m) => m[1] as string);
}

/**
 * Runs a snippet. `check(actual, expected, expression)` is called for every
 * `//=>` reached; `checks` counts them in the code and `ran` those that ran
 * (a check in a branch not taken does not run). `console.log` output is
 * collected and returned.
 */
export async function runSnippet(
  snippet: Snippet,
  check: (actual: unknown, expected: unknown, expression: string) => void,
): Promise<{ checks: number; ran: number; logs: string[] }> {
  const { js, checks } = instrument(snippet.code);
  const loaded = new Map<string, Record<string, unknown>>();
  for (const specifier of importedSpecifiers(snippet.code)) loaded.set(specifier, await libraryModule(specifier));
  const logs: string[] = [];
  const console = { log: (...args: unknown[]) => logs.push(args.map(String).join(' ')) };
  const require = (specifier: string): unknown => {
    const module = loaded.get(specifier);
    if (module === undefined) throw new Error(`snippet imports "${specifier}", which is not a balint-rules module`);
    return module;
  };
  let ran = 0;
  const __check = (actual: () => unknown, expected: () => unknown, expression: string): void => {
    ran++;
    check(actual(), expected(), expression);
  };
  const exports = {};
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function('require', 'exports', 'console', '__check', js)(require, exports, console, __check);
  return { checks, ran, logs };
}
