/**
 * The built `balint` bin for the tests that spawn it: `dist/cli/bin.js` when
 * the package build made it after the last change to src/, otherwise the CLI
 * built here with tsup into a folder of the OS's temporary directory named by
 * a hash of src/ (built once, shared by the test files). `BALINT_CLI_BIN`
 * names another file to test.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURES = join(import.meta.dirname, 'fixtures');
const DIST_BIN = join(ROOT, 'dist', 'cli', 'bin.js');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** The files a build of the bin reads: src/ and package.json. */
function inputs(): string[] {
  return [...sourceFiles(join(ROOT, 'src')), join(ROOT, 'package.json')];
}

function sourceHash(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Builds src/cli/bin.ts as one ESM file with its dependencies, like the package build but standalone. */
async function buildInto(dir: string): Promise<void> {
  const { build } = await import('tsup');
  await build({
    config: false,
    entry: { bin: join(ROOT, 'src/cli/bin.ts') },
    outDir: dir,
    format: ['esm'],
    outExtension: () => ({ js: '.mjs' }),
    platform: 'node',
    target: 'node20',
    noExternal: [/.*/],
    splitting: false,
    dts: false,
    sourcemap: false,
    clean: false,
    silent: true,
    tsconfig: join(ROOT, 'tsconfig.json'),
  });
}

let found: Promise<string> | undefined;

/** The path of the built bin, building it first when needed. */
export function builtBin(): Promise<string> {
  found ??= locate();
  return found;
}

async function locate(): Promise<string> {
  const named = process.env['BALINT_CLI_BIN'];
  if (named !== undefined && named !== '') return resolve(named);
  const files = inputs();
  if (existsSync(DIST_BIN) && statSync(DIST_BIN).mtimeMs >= Math.max(...files.map((f) => statSync(f).mtimeMs))) return DIST_BIN;
  const dir = join(tmpdir(), `balint-rules-cli-${sourceHash(files)}`);
  const bin = join(dir, 'bin.mjs');
  if (existsSync(bin)) return bin;
  const staging = `${dir}.${process.pid}-${Math.floor(performance.now())}`;
  await buildInto(staging);
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another test file built it first
  }
  return bin;
}

/** What a run of the bin gave. */
export interface Spawned {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the bin with node in the fixtures folder (or `cwd`), with `input` on standard input. */
export function spawnBin(bin: string, args: readonly string[], options: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Spawned {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? FIXTURES,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
