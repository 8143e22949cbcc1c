/**
 * Loads typedoc and converts the project as typedoc.json describes.
 *
 * tsx resolves the bare name `typedoc` through tsconfig's `baseUrl` to the
 * repository's own typedoc.json, so the package is imported here by its file
 * path (its package.json is found by the ordinary resolver).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as TypeDoc from 'typedoc';
import { useDeclaredTypes } from './declaredTypes.js';

export type { TypeDoc };

const require = createRequire(import.meta.url);

/** The typedoc module. */
export async function loadTypeDoc(): Promise<typeof TypeDoc> {
  const root = dirname(require.resolve('typedoc/package.json'));
  return (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as typeof TypeDoc;
}

/** A converted project and the application that converted it. */
export interface Converted {
  readonly td: typeof TypeDoc;
  readonly app: TypeDoc.Application;
  readonly project: TypeDoc.ProjectReflection;
}

/**
 * Bootstraps typedoc from typedoc.json in `cwd` (or the config named by the
 * `options` override; other overrides win over the file), converts
 * the project and runs typedoc's validation. Throws when conversion fails or
 * typedoc logged an error or a warning (the config treats warnings as errors).
 */
export async function convertProject(overrides: TypeDoc.TypeDocOptions = {}): Promise<Converted> {
  const td = await loadTypeDoc();
  const app = await td.Application.bootstrapWithPlugins(overrides, [
    new td.TypeDocReader(),
    new td.PackageJsonReader(),
    new td.TSConfigReader(),
  ]);
  useDeclaredTypes(td, app);
  const project = await app.convert();
  if (project === undefined) throw new Error('typedoc could not convert the project (see the errors above)');
  app.validate(project);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) {
    throw new Error('typedoc reported errors or warnings (see above); warnings are errors for the docs');
  }
  return { td, app, project };
}
