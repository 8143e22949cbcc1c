/**
 * Bundle size of the built package as a user's bundler sees it: the root
 * and every subpath (`export *`), and single functions (`export { fn }`, so
 * tree-shaking counts), each bundled and minified by esbuild and gzipped by
 * zlib (level 9). The minified bytes are split into zod, decimal.js, other
 * packages (fast-check in the testing kit, rrule.js in its reference) and
 * the library's own code. References bundled the same way in the same run:
 * rrule.js (`RRule`), all of `zod/mini`, and `decimal.js`; the last column
 * is the size-limit budget of `npm test` where one is set.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuilt, entries, ROOT } from './_dist.js';
import { formatBytes, printMarkdownTable } from './_measure.js';

interface Target {
  readonly name: string;
  /** The module bundled: what it exports (`*` or `{ name }`) from where. */
  readonly from: string;
  readonly exports: string;
}

interface Size {
  readonly gzip: number;
  readonly min: number;
  readonly zod: number;
  readonly decimal: number;
  readonly other: number;
  readonly own: number;
}

async function measure(t: Target): Promise<Size> {
  const result = await build({
    stdin: { contents: `export ${t.exports} from ${JSON.stringify(t.from)};`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const parts = { zod: 0, decimal: 0, other: 0, own: 0 };
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const key = path.includes('node_modules/zod/') ? 'zod' : path.includes('node_modules/decimal.js/') ? 'decimal' : path.includes('node_modules/') ? 'other' : 'own';
      parts[key] += input.bytesInOutput;
    }
  }
  return { gzip: gzipSync(code, { level: 9 }).length, min: code.length, ...parts };
}

/** size-limit's budgets, by bundled file and import. */
function budgets(): Map<string, string> {
  const file = join(ROOT, '.size-limit.cjs');
  const list = existsSync(file) ? (createRequire(import.meta.url)(file) as { path: string; import?: string; limit: string }[]) : [];
  return new Map(list.map((b) => [`${join(ROOT, b.path)} ${b.import === '*' || b.import === undefined ? '*' : b.import.replace(/\s/g, '')}`, b.limit]));
}

const note = ensureBuilt();
const all = entries();
const fileOf = (subpath: string): string => all.find((e) => e.subpath === subpath)?.file ?? join(ROOT, 'dist', subpath.slice(2), 'index.js');
const single = (name: string, subpath: string): Target => ({ name: `\`${name}\` alone`, from: fileOf(subpath), exports: `{ ${name} }` });

const references: Target[] = [
  { name: 'reference: rrule.js `RRule`', from: 'rrule', exports: '{ RRule }' },
  { name: 'reference: all of `zod/mini`', from: 'zod/mini', exports: '*' },
  { name: 'reference: `decimal.js`', from: 'decimal.js', exports: '{ default }' },
];
const targets: Target[] = [
  ...references,
  ...all.map((e) => ({ name: `\`${e.specifier}\`, everything`, from: e.file, exports: '*' })),
  single('occurrences', './recurrence'),
  single('planSessions', './schedule'),
  single('checkEligibility', './eligibility'),
  single('quoteFee', './fees'),
  single('quoteRefund', './refunds'),
  single('creditsFor', './credits'),
];

const limits = budgets();
const rows: string[][] = [];
for (const t of targets) {
  const s = await measure(t);
  const budget = limits.get(`${t.from} ${t.exports.replace(/\s/g, '')}`) ?? '';
  rows.push([t.name, formatBytes(s.gzip), formatBytes(s.min), formatBytes(s.zod), formatBytes(s.decimal), formatBytes(s.other), formatBytes(s.own), budget]);
}
printMarkdownTable(
  'Bundle size, minified by esbuild and gzipped (lower is better); the minified bytes split by origin',
  ['bundle', 'min+gzip', 'min', 'of which zod', 'decimal.js', 'other packages', 'own code', 'size-limit budget'],
  rows,
  ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
);
if (note !== null) console.log(note);
