// Checks the package as a consumer receives it: packs it as `npm pack` does
// on a fresh clone (the prepack script builds dist/), then runs publint,
// arethetypeswrong on that tarball, the packed file list, that optional
// dependencies stay out of subpaths that do not use them, the bundle-size
// guards, that the README's areas table names every public subpath, and
// finally installs the tarball into a scratch project in a temporary folder
// and runs the README's example code against it. Exits non-zero when a check
// fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const bin = (name) => `${root}node_modules/.bin/${name}`;
const scratch = mkdtempSync(join(tmpdir(), 'balint-rules-package-'));
let failures = 0;

function step(name, fn) {
  try {
    const detail = fn();
    console.log(`ok   ${name}${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    failures++;
    console.log(`FAIL ${name}\n${error.stdout ?? ''}${error.stderr ?? ''}${error.message}`);
  }
}

function run(command, args, cwd = root) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

// The package as `npm pack` makes it on a fresh clone: prepack builds dist/ first.
let tarball;
let packed;
step('npm pack builds the package (prepack) and packs it', () => {
  // The build's own lines come first on stdout; npm's JSON report is the last thing printed.
  const out = run('npm', ['pack', '--json', '--pack-destination', scratch]);
  [packed] = JSON.parse(out.slice(out.search(/^\[\s*$(?![\s\S]*^\[\s*$)/m)));
  tarball = join(scratch, packed.filename);
  return packed.filename;
});
if (tarball === undefined) {
  rmSync(scratch, { recursive: true, force: true });
  console.log('1 package check(s) failed');
  process.exit(1);
}

step('publint', () => {
  const out = run(bin('publint'), ['--strict']);
  if (!/All good/.test(out)) throw new Error(out);
});

step('arethetypeswrong (ESM, CommonJS, every subpath)', () => {
  run(bin('attw'), [tarball, '--format', 'ascii']);
});

step('npm pack lists only what users need', () => {
  const files = packed.files.map((f) => f.path);
  const allowed = /^(dist\/.*\.(js|cjs|d\.ts|d\.cts)|schemas\/.*\.json|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/;
  const extra = files.filter((f) => !allowed.test(f));
  if (extra.length > 0) throw new Error(`unexpected files in the package: ${extra.join(', ')}`);
  if (files.some((f) => /(^|\/)(test|tests|__tests__|fixtures?)\//.test(f) || f.endsWith('.map'))) throw new Error('tests, fixtures or source maps in the package');
  return `${files.length} files, ${(packed.size / 1024).toFixed(1)} KB packed`;
});

// Which runtime dependencies each subpath may pull in.
const mayUse = {
  money: ['decimal.js'], capacity: ['decimal.js'], fees: ['decimal.js'], refunds: ['decimal.js'], submissions: ['decimal.js'],
  credits: [], credentialing: [], 'presets/abs': ['decimal.js'], testing: ['decimal.js'], pictures: ['decimal.js'], index: [],
};
step('optional dependencies stay out of subpaths that do not use them', () => {
  const subpaths = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'object').map(([k]) => (k === '.' ? 'index' : k.slice(2)));
  const report = [];
  for (const subpath of subpaths) {
    const file = subpath === 'index' ? 'dist/index.js' : `dist/${subpath}/index.js`;
    const result = bundleInputs(file);
    const deps = new Set(Object.keys(result).filter((p) => p.includes('node_modules/')).map((p) => p.split('node_modules/')[1].split('/')[0]));
    for (const dep of ['decimal.js', 'rrule']) {
      if (deps.has(dep) && !(mayUse[subpath] ?? []).includes(dep)) throw new Error(`${subpath} bundles ${dep}`);
    }
    report.push(`${subpath}: ${[...deps].sort().join('+') || 'none'}`);
  }
  return report.join('; ');
});

function bundleInputs(file) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', `
    import { build } from 'esbuild';
    const r = await build({ stdin: { contents: "export * from './${file}';", resolveDir: ${JSON.stringify(root)} }, bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', logLevel: 'silent' });
    console.log(JSON.stringify(r.metafile.inputs));
  `], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out);
}

step('bundle-size guards (size-limit)', () => {
  const out = run(bin('size-limit'), ['--json']);
  const rows = JSON.parse(out);
  const over = rows.filter((r) => !r.passed);
  if (over.length > 0) throw new Error(`over budget: ${over.map((r) => `${r.name} ${r.size} B`).join(', ')}`);
  return rows.map((r) => `${r.name} ${(r.size / 1024).toFixed(1)} KB`).join('; ');
});

step("the README's areas table names every public subpath", () => {
  const listed = new Set([...readme.matchAll(/^\| `(balint-rules[^`]*)` \|/gm)].map((m) => m[1]));
  const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json').map((k) => (k === '.' ? 'balint-rules' : `balint-rules/${k.slice(2)}`));
  const missing = subpaths.filter((s) => !listed.has(s));
  if (missing.length > 0) throw new Error(`not in the README's areas table: ${missing.join(', ')}`);
  return `${subpaths.length} subpaths`;
});

/** The README's code blocks that use the library: ```ts blocks importing from balint-rules. */
function readmeExamples() {
  return [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)]
    .map((m) => ({ line: readme.slice(0, m.index).split('\n').length + 1, code: m[1] }))
    .filter((block) => /from 'balint-rules(\/[^']*)?'/.test(block.code));
}

/** The lines a block says it prints: the comment lines after `// prints:`, less `// ...`. */
function printedLines(code) {
  const at = code.indexOf('// prints:\n');
  if (at < 0) return [];
  return code.slice(at).split('\n').slice(1).map((l) => l.replace(/^\/\/ ?/, '')).filter((l) => l !== '' && l !== '...');
}

step('the tarball installs into a scratch project', () => {
  const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }, null, 2));
  // The README's examples also use ajv (the schema example); the versions this repository tests with.
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, `ajv@${version('ajv')}`, `ajv-formats@${version('ajv-formats')}`], scratch);
  const installed = JSON.parse(readFileSync(join(scratch, 'node_modules', 'balint-rules', 'package.json'), 'utf8'));
  if (installed.version !== pkg.version) throw new Error(`installed ${installed.version}, packed ${pkg.version}`);
  return `balint-rules ${installed.version} in ${scratch}`;
});

for (const example of readmeExamples()) {
  step(`README.md:${example.line} runs against the installed package and prints what it says`, () => {
    const file = join(scratch, `readme-${example.line}.mjs`);
    writeFileSync(file, transformSync(example.code, { loader: 'ts', format: 'esm', target: 'node20' }).code);
    const out = run(process.execPath, [file], scratch).split('\n');
    const expected = printedLines(example.code);
    let from = 0;
    for (const line of expected) {
      const found = out.indexOf(line, from);
      if (found < 0) throw new Error(`expected the line\n  ${line}\nin its output:\n  ${out.join('\n  ')}`);
      from = found + 1;
    }
    return expected.length === 0 ? 'ran' : `${expected.length} printed line(s) as the README says`;
  });
}

rmSync(scratch, { recursive: true, force: true });
if (failures > 0) {
  console.log(`${failures} package check(s) failed`);
  process.exit(1);
}
console.log('package checks: all passed');
