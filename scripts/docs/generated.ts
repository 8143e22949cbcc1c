/**
 * The documents generated from the code: committed under docs/ so they read
 * well on GitHub too, rewritten by every docs build, and checked by
 * test/docs/generated.test.ts, which fails when a committed one is stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPhraseReference } from './phrases.js';
import { renderPresetsGuide } from './presets.js';

/** A generated document: its path from the repository root and its content. */
export interface GeneratedDocument {
  readonly path: string;
  readonly content: string;
}

/** Every generated document, rendered now. */
export function renderGeneratedDocuments(): GeneratedDocument[] {
  return [
    { path: 'docs/recurrence-phrases.md', content: renderPhraseReference() },
    { path: 'docs/abs-presets.md', content: renderPresetsGuide() },
  ];
}

/** Writes the generated documents whose committed content differs; returns their paths. */
export function writeGeneratedDocuments(root: string): string[] {
  const changed: string[] = [];
  for (const doc of renderGeneratedDocuments()) {
    const file = join(root, doc.path);
    if (existsSync(file) && readFileSync(file, 'utf8') === doc.content) continue;
    writeFileSync(file, doc.content);
    changed.push(doc.path);
  }
  return changed;
}
