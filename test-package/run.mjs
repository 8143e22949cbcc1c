// Checks the package as a consumer receives it (run after `npm run build`):
// publint, arethetypeswrong on the packed tarball, the packed file list, that
// optional dependencies stay out of subpaths that do not use them, and the
// bundle-size guards. Exits non-zero on the first failing check.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const bin = (name) => `${root}node_modules/.bin/${name}`;
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

function run(command, args) {
  return execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

step('publint', () => {
  const out = run(bin('publint'), ['--strict']);
  if (!/All good/.test(out)) throw new Error(out);
});

step('arethetypeswrong (ESM, CommonJS, every subpath)', () => {
  run(bin('attw'), ['--pack', '.', '--format', 'ascii']);
});

step('npm pack lists only what users need', () => {
  const [info] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']));
  const files = info.files.map((f) => f.path);
  const allowed = /^(dist\/.*\.(js|cjs|d\.ts|d\.cts)|schemas\/.*\.json|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/;
  const extra = files.filter((f) => !allowed.test(f));
  if (extra.length > 0) throw new Error(`unexpected files in the package: ${extra.join(', ')}`);
  if (files.some((f) => /(^|\/)(test|tests|__tests__|fixtures?)\//.test(f) || f.endsWith('.map'))) throw new Error('tests, fixtures or source maps in the package');
  return `${files.length} files, ${(info.size / 1024).toFixed(1)} KB packed`;
});

// Which runtime dependencies each subpath may pull in.
const mayUse = {
  money: ['decimal.js'], fees: ['decimal.js'], refunds: ['decimal.js'], submissions: ['decimal.js'],
  credits: [], credentialing: [], 'presets/abs': ['decimal.js'], testing: ['decimal.js'], index: [],
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

if (failures > 0) {
  console.log(`${failures} package check(s) failed`);
  process.exit(1);
}
console.log('package checks: all passed');
