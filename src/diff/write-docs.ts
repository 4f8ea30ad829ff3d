/**
 * `npm run docs:checks`: regenerate docs/checks/<id>.md from the check registry (each check's doc
 * text and examples live next to its code; a test fails when a page is missing, orphaned or stale).
 */
import fs from 'node:fs';
import path from 'node:path';
import { DOCS_DIR } from '../paths.js';
import { renderCheckDoc } from './doc-page.js';
import { checkRegistry } from './registry.js';

const dir = path.join(DOCS_DIR, 'checks');
fs.mkdirSync(dir, { recursive: true });
const pages = new Set<string>();
for (const check of checkRegistry().values()) {
  pages.add(`${check.id}.md`);
  fs.writeFileSync(path.join(dir, `${check.id}.md`), renderCheckDoc(check));
}
for (const file of fs.readdirSync(dir)) if (file.endsWith('.md') && file !== 'README.md' && !pages.has(file)) fs.rmSync(path.join(dir, file));
process.stdout.write(`${pages.size} check pages in ${path.relative(process.cwd(), dir)}\n`);
