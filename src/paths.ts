/** Where apigov's own files are (rulesets, docs, schemas), in the source tree and once installed. */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// src/paths.ts and dist/paths.js both sit one level below the package root
export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const RULESETS_DIR = path.join(PACKAGE_ROOT, 'rulesets');
export const DOCS_DIR = path.join(PACKAGE_ROOT, 'docs');
export const SCHEMAS_DIR = path.join(PACKAGE_ROOT, 'schemas');

/** Local link to a rule's documentation page (used for rules apigov applies outside Spectral). */
export function localRuleDocUrl(id: string): string {
  return pathToFileURL(path.join(DOCS_DIR, 'rules', `${id}.md`)).href;
}
