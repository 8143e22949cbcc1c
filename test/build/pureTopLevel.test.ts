import { describe, expect, it } from 'vitest';
import { markTopLevelCallsPure } from '../../scripts/build/pureTopLevel.js';

const P = '/* @__PURE__ */ ';

describe('markTopLevelCallsPure (build step)', () => {
  it('marks each call in a module-level initialiser, a chain once and each argument call once', () => {
    const source = "export const Month = z.int().check(z.minimum(1), z.maximum(12));\n";
    expect(markTopLevelCallsPure(source, 'x.ts')).toBe(`export const Month = ${P}z.int().check(${P}z.minimum(1), ${P}z.maximum(12));\n`);
  });

  it('leaves calls inside functions, and statements that are not declarations, as they are', () => {
    const source = 'const f = (x: number) => g(x);\nfunction h() { return g(1); }\nsetup();\n';
    expect(markTopLevelCallsPure(source, 'x.ts')).toBe(source);
  });

  it('builds a value that spreads an iterable inside a pure arrow, keeping its type annotation outside', () => {
    const source = 'const WORDS: readonly string[] = [...MAP.keys(), "last"] as const;\n';
    expect(markTopLevelCallsPure(source, 'x.ts')).toBe(`const WORDS: readonly string[] = ${P}(() => ([...MAP.keys(), "last"] as const))();\n`);
  });

  it('returns a file without module-level calls unchanged', () => {
    const source = "export const NAME = 'balint';\nexport type T = string;\n";
    expect(markTopLevelCallsPure(source, 'x.ts')).toBe(source);
  });
});
